-- The editors' content list pages through an office's items, most recently changed first, and
-- counts them: one index serves both, whatever the office's size.
create index content_item_list_idx on content_item (office_id, trashed_at, modified_at);
