-- The editors' content list stays as quick at 10,000 items as at 40 (issue 24). Measured on
-- PostgreSQL at 9,000 items: the count, the author choices and the page each joined every item
-- to its latest revision (a full scan of revision, 50-300 ms each), and the page sorted all of
-- them to keep fifty.
--
-- 1. Each item keeps the author and the title of its latest revision (written with it, see
--    ContentItem): the author filter, its choices and the title order read content_item alone,
--    from these indexes.
alter table content_item add column latest_author varchar(254);
alter table content_item add column latest_title varchar(300);
update content_item set
    latest_author = (select r.author from revision r where r.id = content_item.latest_revision_id),
    latest_title = (select r.title from revision r where r.id = content_item.latest_revision_id);
create index content_item_author_idx on content_item (office_id, trashed_at, latest_author);
create index content_item_title_idx on content_item (office_id, trashed_at, latest_title, id desc);
-- 2. The list's default order (most recently changed first, then by id) is this index's order,
--    read backwards: a page is its next fifty entries, the count an index-only scan.
create index content_item_recent_idx on content_item (office_id, trashed_at, modified_at, id);
drop index content_item_list_idx;
