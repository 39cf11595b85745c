-- Media: how an image is framed for its hero (16:9) and social (1.91:1) cuts — a crop and a focal
-- point in per cent of the picture, the whole picture around its centre by default — which cut
-- renditions it has, and its alt text in other languages than the default one (a JSON object by
-- language tag). Written once for H2 (MODE=PostgreSQL) and PostgreSQL alike.

alter table media_asset add column focus_x integer default 50 not null;
alter table media_asset add column focus_y integer default 50 not null;
alter table media_asset add column crop_x integer default 0 not null;
alter table media_asset add column crop_y integer default 0 not null;
alter table media_asset add column crop_width integer default 100 not null;
alter table media_asset add column crop_height integer default 100 not null;
alter table media_asset add column hero_widths varchar(100) default '' not null;
alter table media_asset add column social_width integer default 0 not null;
alter table media_asset add column alt_texts varchar(4000) default '{}' not null;
