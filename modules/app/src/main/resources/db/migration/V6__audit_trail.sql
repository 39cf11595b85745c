-- The audit trail: who did what, in which office, when and from where. Written once for H2
-- (MODE=PostgreSQL) and PostgreSQL alike.
--
-- Append-only for the application (the entity has no update or delete, every column is
-- updatable=false). Protecting the table in the database itself -- revoking UPDATE and DELETE from
-- the application's role, or a trigger that refuses them -- is an operations concern: see
-- docs/audit.md. The table is NOT filtered by office by the data layer (HQ reads all of it); the
-- AuditTrail service applies the reader's office. No foreign keys: the trail outlives what it
-- names.

create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
    id              bigint        primary key,
    occurred_at     timestamp with time zone not null,
    actor           varchar(320)  not null,
    office_id       bigint,
    office_code     varchar(40),
    action          varchar(64)   not null,
    subject         varchar(300)  not null,
    client_address  varchar(64),
    before_summary  varchar(500),
    after_summary   varchar(500)
);

-- The searches of the console: by office, by person, by action, each newest first.
create index audit_entry_office_idx on audit_entry (office_id, occurred_at);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at);
create index audit_entry_action_idx on audit_entry (action, occurred_at);
create index audit_entry_time_idx on audit_entry (occurred_at);
