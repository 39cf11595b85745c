-- Issue 24 (scale): the public lists of upcoming and past events, and the home page's next three,
-- read every live event of an office with its live revision (body included) and sorted them in
-- Java by the dates in the revision's fields. Each item now keeps its live revision's event start
-- and end (the end is the start when there is none), written with the live revision (see
-- ContentItem) and empty unless the item is a live event: the database splits, orders and pages
-- the lists. Migration 45.1 (Java, EventDatesBackfill) fills them for the events already live.
alter table content_item add column event_start timestamp with time zone;
alter table content_item add column event_end timestamp with time zone;
-- Upcoming events (ending at or after now): a range of this index, a few rows sorted by start. Both
-- counts read it alone (the id is there for count(id): an index-only scan on PostgreSQL).
create index content_item_event_end_idx on content_item (office_id, language, event_end, id);
-- Past events, latest start first: this index read backwards, skipping the few upcoming ones.
create index content_item_event_start_idx on content_item (office_id, language, event_start, id);
