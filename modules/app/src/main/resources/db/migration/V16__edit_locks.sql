-- Soft edit locks: who has an item open in the editor, and since when. Written once for H2
-- (MODE=PostgreSQL) and PostgreSQL alike.
--
-- One row per (office, item, person): two people on one item each hold their own row and each
-- sees the other. Rows expire by last_seen_at (meridian.lock.minutes); expired ones are ignored
-- and deleted whenever a lock is taken in the office.

create table edit_lock (
    id            bigint        primary key,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    modified_at   timestamp with time zone not null,
    office_id     bigint        not null references office (id),
    item_id       bigint        not null references content_item (id),
    person_email  varchar(254)  not null,
    person_name   varchar(200)  not null,
    since         timestamp with time zone not null,
    last_seen_at  timestamp with time zone not null,
    constraint edit_lock_item_person_uq unique (office_id, item_id, person_email)
);

create index edit_lock_seen_idx on edit_lock (office_id, last_seen_at);
