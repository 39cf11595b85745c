-- Taxonomy: HQ-wide themes (translated) and per-office tags, and which items carry them.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.
--
-- Themes belong to the whole network: the table has no office_id and is not filtered by the data
-- layer. Only the Themes service writes it, for HQ administrators. Tags and the two assignment
-- tables are office-owned (office_id, filtered by EclipseLink's @Multitenant).

create table theme (
    id           bigint        primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    code         varchar(40)   not null,
    constraint theme_code_unique unique (code)
);

-- A theme's name and address in one language; a language without a row falls back to English,
-- then to the code.
create table theme_name (
    theme_id  bigint        not null references theme (id),
    language  varchar(35)   not null,
    name      varchar(80)   not null,
    slug      varchar(120)  not null,
    primary key (theme_id, language),
    constraint theme_name_slug_unique unique (language, slug)
);

create table tag (
    id           bigint        primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    office_id    bigint        not null references office (id),
    name         varchar(60)   not null,
    slug         varchar(120)  not null,
    constraint tag_slug_unique unique (office_id, slug)
);

create table item_theme (
    id           bigint        primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    office_id    bigint        not null references office (id),
    item_id      bigint        not null references content_item (id),
    theme_id     bigint        not null references theme (id),
    constraint item_theme_unique unique (item_id, theme_id)
);

create table item_tag (
    id           bigint        primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    office_id    bigint        not null references office (id),
    item_id      bigint        not null references content_item (id),
    tag_id       bigint        not null references tag (id),
    constraint item_tag_unique unique (item_id, tag_id)
);

-- The public lists: items of one office carrying one theme or tag.
create index item_theme_theme_idx on item_theme (office_id, theme_id);
create index item_tag_tag_idx on item_tag (office_id, tag_id);
