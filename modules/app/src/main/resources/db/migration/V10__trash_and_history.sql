-- Revisions, conflicts and trash (issue 4).
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

-- An item in the trash: when and by whom it was moved there. It keeps its row, so its slug stays
-- taken (content_item_slug_unique) until it is restored or deleted for good.
alter table content_item add column trashed_at timestamp with time zone;
alter table content_item add column trashed_by varchar(254);

-- A revision that restored an older one records that one's number.
alter table revision add column restored_from integer;

create index content_item_trash_idx on content_item (office_id, trashed_at);
