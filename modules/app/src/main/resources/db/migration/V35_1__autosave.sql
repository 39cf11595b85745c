-- The editor's autosave on the server (issue 17): one slot per person and item, overwritten while
-- they type, offered back when they open the item again, removed when they save a revision.
create table autosave (
    id            bigint        primary key,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    modified_at   timestamp with time zone not null,
    office_id     bigint        not null references office (id),
    item_id       bigint        not null references content_item (id) on delete cascade,
    person        varchar(254)  not null,
    based_on      integer       not null,
    title         varchar(300)  not null,
    summary       text          not null,
    body          text          not null,
    constraint autosave_person_item_uq unique (office_id, item_id, person)
);
