-- "Sign out everywhere": console sessions signed in before this moment have ended (SessionRule).
alter table account add column sessions_valid_from timestamp with time zone;
