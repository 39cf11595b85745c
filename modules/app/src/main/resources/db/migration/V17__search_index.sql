-- The search index (content.search): per item the searchable text of its live revision (variant
-- LIVE, what the public finds) and of its latest revision (variant LATEST, what editors find),
-- rich text reduced to its words. Rows belong to the item's office; they are written and dropped
-- by the observers of the content events, never by hand.
create table search_document (
    office_id        bigint         not null,
    item_id          bigint         not null,
    variant          varchar(6)     not null,
    language         varchar(35)    not null,
    revision_number  integer        not null,
    title            varchar(300)   not null,
    summary          varchar(1000)  not null,
    body             text           not null,
    indexed_at       timestamp with time zone not null,
    constraint pk_search_document primary key (item_id, variant),
    constraint fk_search_document_office foreign key (office_id) references office (id),
    constraint ck_search_document_variant check (variant in ('LIVE', 'LATEST'))
);
create index ix_search_document_office on search_document (office_id, variant, language);

-- The embedded database's index: one row per stemmed word of a document, with a score that
-- weighs the title above the summary above the body. PostgreSQL does not use it (its documents
-- carry a tsvector, see db/postgresql/V17_1).
create table search_term (
    office_id  bigint       not null,
    item_id    bigint       not null,
    variant    varchar(6)   not null,
    language   varchar(35)  not null,
    term       varchar(64)  not null,
    score      integer      not null,
    constraint pk_search_term primary key (item_id, variant, term),
    constraint fk_search_term_document foreign key (item_id, variant)
        references search_document (item_id, variant) on delete cascade
);
create index ix_search_term_lookup on search_term (office_id, variant, language, term);
