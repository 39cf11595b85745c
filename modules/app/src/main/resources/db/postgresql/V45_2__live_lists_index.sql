-- PostgreSQL only (db/postgresql): the public lists' index of V1 as a partial index over the items
-- not in the trash, ordered as the lists are (first published, then id) and carrying the live
-- revision. Every public list of a type filters "trashed_at is null" (LiveQueries); its count
-- ("live_revision_id is not null" as well) becomes an index-only scan instead of reading one table
-- row per item, and a page no longer sorts rows of equal dates by id again. An office of 1,000
-- news items, warm, execution only: the count 0.23 -> 0.20 ms, the first page 0.11 -> 0.08 ms,
-- page 26 0.71 -> 0.62 ms. H2 keeps V1's index.
create index content_item_live_list_idx on content_item (office_id, language, content_type, first_published_at, id)
  include (live_revision_id) where trashed_at is null;
drop index content_item_live_idx;
