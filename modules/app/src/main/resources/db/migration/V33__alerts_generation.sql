-- The network alerts' generation (issue 22): bumped with every alert issued or withdrawn, so that
-- every server reads the alerts again within a fraction of a second of a change made on another.
-- Created here rather than by the first change: two alerts changed at once would both insert it.
insert into site_generation (office_code, generation) values ('!alerts', 0);
