-- Syndication: HQ (or a regional office, to its own offices) shares an item with other offices;
-- each receiving office carries a copy of its own. Written once for H2 (MODE=PostgreSQL) and
-- PostgreSQL alike.
--
-- syndication         the sharing record, owned by the source office (office_id), with a snapshot
--                     of what the source's live revision says (the copies follow it, and a
--                     receiving office never reads the source office's rows).
-- syndication_target  one row per receiving office, owned by the source office: the fan-out's
--                     work list and its report. Unique per sharing and office, so a retried share
--                     never makes a second row; each row is claimed with a conditional update in
--                     the transaction that does the work, so two servers never do it twice.
-- shared_copy         owned by the receiving office: which of its items is a copy of what, what it
--                     inherits, which fields it overrides, and whether the source changed since
--                     the office last reviewed it.

create table syndication (
    id                 bigint        primary key,
    version            bigint        not null,
    created_at         timestamp with time zone not null,
    modified_at        timestamp with time zone not null,
    office_id          bigint        not null references office (id),
    source_item_id     bigint        not null,
    content_type       varchar(32)   not null,
    language           varchar(35)   not null,
    slug               varchar(120)  not null,
    source_path        varchar(1000) not null,
    source_live        boolean       not null,
    source_revision    integer       not null,
    inherited          text          not null,
    audience           varchar(16)   not null,
    audience_detail    varchar(4000),
    mandatory          boolean       not null,
    locked_fields      varchar(1000) not null,
    status             varchar(16)   not null,
    generation         integer       not null,
    changed_by         varchar(254)  not null,
    shared_by          varchar(254)  not null,
    withdrawn_by       varchar(254),
    withdrawn_at       timestamp with time zone
);

create index syndication_source_idx on syndication (office_id, source_item_id);

create table syndication_target (
    id                  bigint        primary key,
    version             bigint        not null,
    created_at          timestamp with time zone not null,
    modified_at         timestamp with time zone not null,
    office_id           bigint        not null references office (id),
    syndication_id      bigint        not null references syndication (id),
    target_office_id    bigint        not null references office (id),
    state               varchar(16)   not null,
    reason              varchar(500),
    copy_item_id        bigint,
    applied_generation  integer       not null,
    attempts            integer       not null,
    finished_at         timestamp with time zone,
    finished_by         varchar(254),
    constraint syndication_target_unique unique (syndication_id, target_office_id)
);

-- The fan-out's poll: what is pending, to withdraw, or behind its sharing.
create index syndication_target_state_idx on syndication_target (state, syndication_id);

create table shared_copy (
    id                    bigint        primary key,
    version               bigint        not null,
    created_at            timestamp with time zone not null,
    modified_at           timestamp with time zone not null,
    office_id             bigint        not null references office (id),
    item_id               bigint        not null,
    syndication_id        bigint        not null,
    source_office_id      bigint        not null references office (id),
    source_office_code    varchar(40)   not null,
    source_item_id        bigint        not null,
    source_path           varchar(1000) not null,
    source_revision       integer       not null,
    mandatory             boolean       not null,
    locked_fields         varchar(1000) not null,
    status                varchar(16)   not null,
    inherited             text          not null,
    reviewed              text          not null,
    reviewed_revision     integer       not null,
    overrides             varchar(1000) not null,
    source_changed_since  timestamp with time zone,
    status_changed_by     varchar(254),
    status_changed_at     timestamp with time zone,
    constraint shared_copy_item_unique unique (item_id),
    constraint shared_copy_source_unique unique (office_id, source_office_id, source_item_id),
    constraint shared_copy_item_fk foreign key (item_id, office_id)
        references content_item (id, office_id)
);

create index shared_copy_changed_idx on shared_copy (office_id, source_changed_since);
