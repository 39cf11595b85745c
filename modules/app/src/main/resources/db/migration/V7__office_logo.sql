-- An office's logo: one small image per office, kept in the database so that every node serves it.

create table office_logo (
    id           bigint        primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    office_id    bigint        not null references office (id),
    media_type   varchar(40)   not null,
    width        integer       not null,
    height       integer       not null,
    sha256       varchar(64)   not null,
    bytes        bytea         not null,
    constraint office_logo_office_unique unique (office_id)
);
