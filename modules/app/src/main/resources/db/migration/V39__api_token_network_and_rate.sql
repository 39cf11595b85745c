-- Issue 18: an HQ network token acts on any office (every use audited); a token may have a rate
-- limit of its own (requests a minute; null: the server's meridian.api.rate-limit setting).
alter table api_token add column network boolean default false not null;
alter table api_token add column requests_per_minute integer;
alter table api_token add constraint api_token_rate_check
    check (requests_per_minute is null or requests_per_minute between 1 and 100000);
