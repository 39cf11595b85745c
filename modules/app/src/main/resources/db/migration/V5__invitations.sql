-- Invitations and the people screen. Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

-- An invited person has no password until they accept (status INVITED): nobody can sign in to an
-- account without one.
alter table account alter column password_hash drop not null;

-- When the person last signed in, for the people screen; null if never.
alter table account add column last_sign_in_at timestamp with time zone;

-- A link is a password reset (one hour) or an invitation to choose a first password (7 days);
-- every link written before this migration was a reset link.
alter table password_reset add column purpose varchar(16) default 'RESET' not null;

-- The people screen lists an office's memberships.
create index membership_office_idx on membership (office_id);
