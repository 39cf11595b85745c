-- Issue 18: the web origins allowed to read an office's API from a browser (CORS), one row per
-- office, the origins one a line (https://news.example.org). No row: no browser origin is allowed.
create table api_allowed_origins (
    id              bigint        primary key,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    modified_at     timestamp with time zone not null,
    office_id       bigint        not null references office (id),
    origins         varchar(4000) not null,
    changed_by      varchar(254)  not null,
    constraint api_allowed_origins_office_key unique (office_id)
);
