-- Meridian's foundation schema: offices, people, content items and revisions.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

-- EclipseLink pre-allocates 50 ids per call: the first NEXTVAL (50) hands out 1..50.
create sequence meridian_seq start with 50 increment by 50;

create table office (
    id                bigint        primary key,
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    modified_at       timestamp with time zone not null,
    code              varchar(40)   not null,
    office_type       varchar(16)   not null,
    parent_id         bigint        references office (id),
    status            varchar(16)   not null,
    default_language  varchar(35)   not null,
    languages         varchar(400)  not null,
    time_zone         varchar(64)   not null,
    constraint office_code_unique unique (code)
);

create table office_name (
    office_id  bigint        not null references office (id),
    language   varchar(35)   not null,
    name       varchar(200)  not null,
    primary key (office_id, language)
);

create table office_host (
    office_id  bigint        not null references office (id),
    host_name  varchar(253)  not null,
    constraint office_host_unique unique (host_name)
);

create table account (
    id                  bigint        primary key,
    version             bigint        not null,
    created_at          timestamp with time zone not null,
    modified_at         timestamp with time zone not null,
    email               varchar(254)  not null,
    display_name        varchar(200)  not null,
    password_hash       varchar(400)  not null,
    preferred_language  varchar(35)   not null,
    status              varchar(16)   not null,
    constraint account_email_unique unique (email)
);

create table membership (
    id           bigint       primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    account_id   bigint       not null references account (id),
    office_id    bigint       not null references office (id),
    role         varchar(16)  not null,
    constraint membership_unique unique (account_id, office_id, role)
);

create table content_item (
    id                  bigint        primary key,
    version             bigint        not null,
    created_at          timestamp with time zone not null,
    modified_at         timestamp with time zone not null,
    office_id           bigint        not null references office (id),
    content_type        varchar(32)   not null,
    language            varchar(35)   not null,
    slug                varchar(120)  not null,
    latest_revision_id  bigint,
    live_revision_id    bigint,
    first_published_at  timestamp with time zone,
    last_published_at   timestamp with time zone,
    constraint content_item_slug_unique unique (office_id, language, slug)
);

create table revision (
    id               bigint         primary key,
    version          bigint         not null,
    created_at       timestamp with time zone not null,
    modified_at      timestamp with time zone not null,
    office_id        bigint         not null references office (id),
    item_id          bigint         not null references content_item (id),
    revision_number  integer        not null,
    title            varchar(300)   not null,
    summary          varchar(1000)  not null,
    body             text           not null,
    author           varchar(254)   not null,
    constraint revision_number_unique unique (item_id, revision_number)
);

alter table content_item add constraint content_item_latest_fk
    foreign key (latest_revision_id) references revision (id);
alter table content_item add constraint content_item_live_fk
    foreign key (live_revision_id) references revision (id);

create index content_item_live_idx on content_item (office_id, language, content_type, first_published_at);
create index revision_item_idx on revision (item_id);
create index membership_account_idx on membership (account_id);
