-- Office archives (docs/archive.md): which part of which source office an import has brought into
-- an office, and what it became there. Importing the same archive again finds its parts here and
-- skips them (idempotent); an import that stopped half-way goes on from here (resumable).
create table archive_import (
    id             bigint        primary key,
    version        bigint        not null,
    created_at     timestamp with time zone not null,
    modified_at    timestamp with time zone not null,
    office_id      bigint        not null references office (id),
    source_office  varchar(40)   not null,
    part           varchar(16)   not null,
    source_id      bigint        not null,
    target_id      bigint        not null
);

create unique index archive_import_source on archive_import (office_id, source_office, part, source_id);
