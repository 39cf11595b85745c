-- Delegated administration: a regional office's administrators administer the country offices of
-- its region unless HQ turns it off for that region (docs/regions.md).
alter table office add column delegates_administration boolean default true not null;

-- The audit trail names the office through which someone acted on another office (a regional
-- administrator in a country office of the region, an HQ administrator anywhere).
alter table audit_entry add column acting_office_code varchar(40);
