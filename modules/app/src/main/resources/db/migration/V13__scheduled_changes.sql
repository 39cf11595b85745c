-- Scheduled publish and unpublish. Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.
--
-- A row is claimed by the one server that flips it from PENDING with a conditional update, in
-- the same transaction that makes the change: two servers polling the same table never both do
-- it, and a server that was down finds overdue rows when it starts.

create table scheduled_change (
    id               bigint        primary key,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    modified_at      timestamp with time zone not null,
    office_id        bigint        not null references office (id),
    item_id          bigint        not null references content_item (id),
    action           varchar(16)   not null,
    revision_id      bigint        references revision (id),
    revision_number  integer,
    due_at           timestamp with time zone not null,
    requested_by     varchar(254)  not null,
    status           varchar(16)   not null,
    finished_at      timestamp with time zone,
    finished_by      varchar(254),
    outcome          varchar(500)
);

-- The scheduler's poll: what is pending and due, across offices.
create index scheduled_change_due_idx on scheduled_change (status, due_at);
create index scheduled_change_item_idx on scheduled_change (office_id, item_id);
