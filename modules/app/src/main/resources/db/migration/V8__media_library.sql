-- The media library: each office's images and documents, their files (in the database store),
-- and which items use which file. Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

create table media_asset (
    id                bigint         primary key,
    version           bigint         not null,
    created_at        timestamp with time zone not null,
    modified_at       timestamp with time zone not null,
    office_id         bigint         not null references office (id),
    kind              varchar(16)    not null,
    format            varchar(16)    not null,
    file_name         varchar(100)   not null,
    title             varchar(300)   not null,
    alt_text          varchar(500)   not null,
    decorative        boolean        not null,
    caption           varchar(1000)  not null,
    credit            varchar(300)   not null,
    size_bytes        bigint         not null,
    width             integer,
    height            integer,
    sha256            varchar(64)    not null,
    rendition_widths  varchar(100)   not null,
    uploaded_by       varchar(254)   not null
);

create index media_asset_office on media_asset (office_id, created_at);

-- The database media store: one row per file (original or rendition), keyed like
-- '{office id}/{asset id}/{variant}'. Shared by every server of the cluster.
create table media_blob (
    store_key   varchar(200)  primary key,
    bytes       bytea         not null,
    created_at  timestamp with time zone not null
);

-- Which item of an office uses which asset (its own or HQ's). The foreign key makes the database
-- itself refuse to delete a file that is in use.
create table media_use (
    id           bigint  primary key,
    version      bigint  not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    office_id    bigint  not null references office (id),
    item_id      bigint  not null references content_item (id) on delete cascade,
    media_id     bigint  not null references media_asset (id),
    constraint media_use_unique unique (office_id, item_id, media_id)
);

create index media_use_media on media_use (media_id);
