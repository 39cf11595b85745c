-- An item an editor features on the office's home page, and since when (most recently featured
-- first). Not versioned, like the owner and the review date: featuring is about where an item is
-- shown, not about its text.
alter table content_item add column featured_at timestamp with time zone;
