-- Notifications (the console's inbox) and the delivery of the mail outbox. Written once for H2
-- (MODE=PostgreSQL) and PostgreSQL alike; ids come from meridian_seq like every other entity.

-- One message to one person about one item of an office: written in the transaction of the step
-- that caused it, read only by its recipient, in that office.
create table notification (
    id           bigint         primary key,
    version      bigint         not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    office_id    bigint         not null references office (id),
    recipient    varchar(254)   not null,
    kind         varchar(32)    not null,
    item_id      bigint         not null,
    title        varchar(300)   not null,
    message      varchar(2000)  not null,
    actor        varchar(254)   not null,
    read_at      timestamp with time zone
);

-- The inbox: a person's notifications in an office, newest first, and the unread count.
create index notification_inbox_idx on notification (office_id, recipient, created_at);
create index notification_unread_idx on notification (office_id, recipient, read_at);

-- Delivery of the outbox. A sender claims a message by moving next_attempt_at into the future with
-- a conditional update (only one server wins it), sends it outside any transaction, then records
-- sent_at, or the error and the time of the next attempt, or failed_at when it gives up.
alter table mail_outbox add column attempts integer default 0 not null;
alter table mail_outbox add column last_attempt_at timestamp with time zone;
alter table mail_outbox add column last_error varchar(500);
alter table mail_outbox add column next_attempt_at timestamp with time zone;
alter table mail_outbox add column failed_at timestamp with time zone;
alter table mail_outbox add column sent_by varchar(254);

create index mail_outbox_due_idx on mail_outbox (sent_at, failed_at, next_attempt_at);
