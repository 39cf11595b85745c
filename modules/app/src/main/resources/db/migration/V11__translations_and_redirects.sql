-- Translations link items of one office into a set (one source, at most one translation per
-- language), and old addresses of items that changed their slug redirect to them permanently.
-- Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

-- Lets other office-owned rows point at an item *of the same office* with a composite key.
alter table content_item add constraint content_item_id_office_unique unique (id, office_id);

create table translation (
    id                bigint        primary key,
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    modified_at       timestamp with time zone not null,
    office_id         bigint        not null references office (id),
    item_id           bigint        not null,
    source_id         bigint        not null,
    language          varchar(35)   not null,
    source_revision   integer       not null,
    outdated          boolean       not null,
    outdated_since    timestamp with time zone,
    checked_by        varchar(254)  not null,
    checked_at        timestamp with time zone not null,
    constraint translation_item_unique unique (item_id),
    constraint translation_language_unique unique (source_id, language),
    constraint translation_not_itself check (item_id <> source_id),
    constraint translation_item_fk foreign key (item_id, office_id)
        references content_item (id, office_id),
    constraint translation_source_fk foreign key (source_id, office_id)
        references content_item (id, office_id)
);

create index translation_outdated_idx on translation (office_id, outdated_since);

create table slug_redirect (
    id           bigint        primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    office_id    bigint        not null references office (id),
    language     varchar(35)   not null,
    old_slug     varchar(120)  not null,
    item_id      bigint        not null,
    created_by   varchar(254)  not null,
    constraint slug_redirect_unique unique (office_id, language, old_slug),
    constraint slug_redirect_item_fk foreign key (item_id, office_id)
        references content_item (id, office_id)
);

create index slug_redirect_item_idx on slug_redirect (item_id);
