-- API tokens expire (issue 18): new tokens one year after they are issued. Tokens issued before this release expire one
-- year from the upgrade, so that no integration stops at once.
alter table api_token add column expires_at timestamp with time zone;
update api_token set expires_at = current_timestamp + interval '1' year where expires_at is null;
