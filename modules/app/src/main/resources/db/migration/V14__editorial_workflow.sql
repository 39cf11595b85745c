-- The editorial process: each office's review policy, where each item stands in it, and the
-- review notes (comments and decisions) attached to revisions. Written once for H2
-- (MODE=PostgreSQL) and PostgreSQL alike.

-- An office's policy: one row for its default (subject '*') and one per content type (e.g.
-- 'NEWS') or news kind (e.g. 'NEWS/press-release') that asks for something else.
create table review_policy_rule (
    id           bigint        primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    office_id    bigint        not null references office (id),
    subject      varchar(64)   not null,
    reviews      varchar(8)    not null,
    constraint review_policy_rule_subject_uq unique (office_id, subject)
);

-- Where an item stands when content alone cannot tell: in review, changes requested, approved,
-- unpublished after review, archived. It holds for the revision it names; once a newer revision
-- is saved the item is a draft again.
create table workflow_item (
    id            bigint        primary key,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    modified_at   timestamp with time zone not null,
    office_id     bigint        not null references office (id),
    item_id       bigint        not null references content_item (id),
    revision_id   bigint        not null references revision (id),
    state         varchar(24)   not null,
    review_round  integer       not null,
    changed_by    varchar(254)  not null,
    constraint workflow_item_item_uq unique (item_id)
);

create index workflow_item_state_idx on workflow_item (office_id, state);

create table review_note (
    id               bigint        primary key,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    modified_at      timestamp with time zone not null,
    office_id        bigint        not null references office (id),
    item_id          bigint        not null references content_item (id),
    revision_id      bigint        not null references revision (id),
    revision_number  integer       not null,
    review_round     integer       not null,
    kind             varchar(24)   not null,
    author           varchar(254)  not null,
    body             varchar(4000)
);

create index review_note_item_idx on review_note (office_id, item_id, created_at);
