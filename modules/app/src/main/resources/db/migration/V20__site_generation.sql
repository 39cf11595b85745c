-- The generation of each office's public pages, bumped with every change that drops them, so that
-- every server can drop its cached pages of an office changed by another server. '' is the
-- network's own pages, '*' every office's.
create table site_generation (
    office_code  varchar(64)  primary key,
    generation   bigint       not null
);

insert into site_generation (office_code, generation) select code, 0 from office;
insert into site_generation (office_code, generation) values ('', 0);
insert into site_generation (office_code, generation) values ('*', 0);
