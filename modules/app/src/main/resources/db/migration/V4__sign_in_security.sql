-- Sign-in security: failed sign-ins (for throttling and lock-out), password reset links and the
-- mail outbox. Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike; ids come from
-- meridian_seq like every other entity.

-- One row per failed sign-in. The lock-out rules count these rows, so two servers sharing the
-- database see the same failures and a restart forgets nothing. The login name is kept only as a
-- SHA-256 digest: people sometimes type their password into the e-mail field.
create table sign_in_failure (
    id              bigint        primary key,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    modified_at     timestamp with time zone not null,
    login_digest    varchar(64)   not null,
    client_address  varchar(64)   not null,
    failed_at       timestamp with time zone not null
);

create index sign_in_failure_login_idx on sign_in_failure (login_digest, failed_at);
create index sign_in_failure_client_idx on sign_in_failure (client_address, failed_at);
create index sign_in_failure_time_idx on sign_in_failure (failed_at);

-- A password reset (or set-password) link. Only the SHA-256 of the token is stored.
create table password_reset (
    id           bigint        primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    account_id   bigint        not null references account (id),
    token_hash   varchar(64)   not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint password_reset_token_unique unique (token_hash)
);

create index password_reset_account_idx on password_reset (account_id, created_at);

-- Messages waiting to be sent. Written in the transaction of the change that causes them; a sender
-- (with the workflow issue) will send them and set sent_at.
create table mail_outbox (
    id           bigint         primary key,
    version      bigint         not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    recipient    varchar(254)   not null,
    subject      varchar(300)   not null,
    body         text           not null,
    sent_at      timestamp with time zone
);

create index mail_outbox_unsent_idx on mail_outbox (sent_at, created_at);
