-- An office's branding (issue 15.5): beside its primary colour (the column accent_colour, which it
-- always was), the text colour on it, an accent colour and the text colour on that; a banner
-- picture from its own media library; the theme variant its site is drawn in; a tagline per
-- language (the home page's description).
alter table office add column on_primary_colour varchar(7) default '#ffffff' not null;
alter table office add column highlight_colour varchar(7) default '#0b4f8a' not null;
alter table office add column on_highlight_colour varchar(7) default '#ffffff' not null;
alter table office add column banner_media_id bigint;
alter table office add constraint office_banner_media_fk foreign key (banner_media_id)
    references media_asset (id) on delete set null;
-- Offices keep their look: the accent is their brand colour until they choose one apart.
update office set highlight_colour = accent_colour;
alter table office add column theme_variant varchar(40) default 'standard' not null;

create table office_tagline (
    office_id bigint       not null references office (id) on delete cascade,
    language  varchar(35)  not null,
    tagline   varchar(300) not null,
    primary key (office_id, language)
);
