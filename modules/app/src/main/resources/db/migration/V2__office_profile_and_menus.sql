-- Offices get branding, contact details and social links; office sites get menus.

alter table office add column accent_colour varchar(7) default '#0b4f8a' not null;
alter table office add column contact_email varchar(254);
alter table office add column contact_phone varchar(40);
alter table office add column postal_address varchar(500);

create table office_social_link (
    office_id  bigint        not null references office (id),
    network    varchar(16)   not null,
    url        varchar(300)  not null,
    primary key (office_id, network)
);

create table menu_item (
    id              bigint        primary key,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    modified_at     timestamp with time zone not null,
    office_id       bigint        not null references office (id),
    menu            varchar(16)   not null,
    language        varchar(35)   not null,
    parent_id       bigint        references menu_item (id),
    sort_order      integer       not null,
    label           varchar(120)  not null,
    target_item_id  bigint        references content_item (id),
    url             varchar(500)
);

create index menu_item_menu_idx on menu_item (office_id, menu, language, sort_order);
