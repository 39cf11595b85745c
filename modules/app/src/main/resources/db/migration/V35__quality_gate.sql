-- An office's accessibility and quality gate at submit and publish (issue 17): WARN (the default,
-- also for offices without a row) or BLOCK. One row per office at most.
create table quality_gate (
    id           bigint        primary key,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    office_id    bigint        not null references office (id),
    mode         varchar(8)    not null,
    constraint quality_gate_office_uq unique (office_id),
    constraint quality_gate_mode_ck check (mode in ('WARN', 'BLOCK'))
);
