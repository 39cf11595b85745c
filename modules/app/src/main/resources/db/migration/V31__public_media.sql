-- A library file is served publicly only while a live item uses it (security.md, "Media of items
-- that are not live"): each use says whether the item's live revision is the one that uses it.
alter table media_use add column live boolean default false not null;

-- Uses recorded before this migration do not say which revision they came from. Those of items
-- that are live now count as live (what the public site may show keeps working); those of drafts
-- and offline items do not. The next save or publish of an item records its uses exactly.
update media_use set live = true
 where item_id in (select id from content_item where live_revision_id is not null);

-- The public site asks, per office, which of its files a live item uses.
create index media_use_live on media_use (media_id, live);
