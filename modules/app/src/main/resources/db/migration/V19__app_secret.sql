-- Secrets the servers share and make themselves when none is configured (e.g. the key that signs
-- preview addresses). One row per secret; never office data.
create table app_secret (
    name          varchar(64)   primary key,
    secret_value  varchar(200)  not null
);
