-- Network alerts: a short banner (an emergency appeal, a closure) that HQ puts on every office's
-- site, or HQ or a regional office on the sites of one region, between a start and an end time.
-- Network-level data (not owned by one office): written by HQ and regional offices, read by every
-- site. Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

create table network_alert (
    id                  bigint        primary key,
    version             bigint        not null,
    created_at          timestamp with time zone not null,
    modified_at         timestamp with time zone not null,
    issuing_office_id   bigint        not null references office (id),
    -- null: every office of the network; else a regional office: it and the offices under it
    audience_office_id  bigint        references office (id),
    starts_at           timestamp with time zone not null,
    ends_at             timestamp with time zone not null,
    link                varchar(500)  not null,
    issued_by           varchar(254)  not null,
    withdrawn_at        timestamp with time zone,
    withdrawn_by        varchar(254),
    constraint network_alert_window_ck check (ends_at > starts_at)
);

create index network_alert_ends_idx on network_alert (ends_at);

-- The alert's text in each language it was written in; a site shows its page's language, else the
-- first the alert has of the office's default language and English.
create table network_alert_text (
    alert_id  bigint        not null references network_alert (id),
    language  varchar(35)   not null,
    message   varchar(300)  not null,
    primary key (alert_id, language)
);
