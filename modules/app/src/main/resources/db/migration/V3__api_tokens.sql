-- Per-office API tokens. Only the SHA-256 of each secret is stored (64 hex digits), with the first
-- characters of the secret for display. Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

create table api_token (
    id              bigint        primary key,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    modified_at     timestamp with time zone not null,
    office_id       bigint        not null references office (id),
    name            varchar(100)  not null,
    scope           varchar(8)    not null,
    display_prefix  varchar(16)   not null,
    secret_hash     varchar(64)   not null,
    created_by      varchar(254)  not null,
    last_used_at    timestamp with time zone,
    revoked_at      timestamp with time zone,
    revoked_by      varchar(254),
    constraint api_token_scope_check check (scope in ('READ', 'WRITE')),
    constraint api_token_revoked_check check (
        (revoked_at is null and revoked_by is null) or (revoked_at is not null and revoked_by is not null))
);

-- A presented token is found by its hash alone, before its office is known.
create unique index api_token_secret_hash_idx on api_token (secret_hash);
create index api_token_office_idx on api_token (office_id, created_at);
