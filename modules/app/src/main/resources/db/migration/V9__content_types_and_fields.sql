-- Content types with their own fields, common fields of every revision, nested pages, owners and
-- review dates. Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

-- The type's own fields: one JSON object per revision, checked against the type when saved.
-- Existing pages and news have none: '{}' is valid for them (news get the default kind).
alter table revision add column fields text default '{}' not null;

-- Common fields: a hero image (a media id) with its description, unless decorative; the search
-- description and the image social networks show. Media ids are checked by the media library.
alter table revision add column hero_image_id bigint;
alter table revision add column hero_alt varchar(300) default '' not null;
alter table revision add column hero_decorative boolean default false not null;
alter table revision add column seo_description varchar(300) default '' not null;
alter table revision add column social_image_id bigint;

-- Not versioned: who answers for the item, when it should be reviewed, and for pages the page
-- they sit under (their address is the chain of slugs).
alter table content_item add column owner varchar(254);
alter table content_item add column review_by date;
alter table content_item add column parent_id bigint;
alter table content_item add constraint content_item_parent_fk
    foreign key (parent_id) references content_item (id);

create index content_item_parent_idx on content_item (parent_id);
create index content_item_review_idx on content_item (office_id, review_by);
