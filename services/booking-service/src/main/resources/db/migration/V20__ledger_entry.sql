-- The double-entry ledger, projected from booking and payment events by the tracking
-- processor `ledger`. Each row is one side of a posting; an entry's id is derived from the
-- id of the event that caused it and the line's role in that posting, so a replay (or a
-- redelivered batch) writes the very same rows and `on conflict do nothing` keeps them once.
-- Per booking and in total, debits equal credits in every currency.
create table ledger_entry (
    entry_id    uuid primary key,
    booking_id  text not null,
    account     text not null check (account in ('TRAVELER', 'PROVIDER_EARNINGS', 'COMMISSION', 'UNAPPLIED_PAYMENTS')),
    side        text not null check (side in ('DEBIT', 'CREDIT')),
    amount      numeric(19, 4) not null check (amount > 0),
    currency    char(3) not null,
    traveler_id text,
    provider_id text,
    event_id    text not null,
    description text not null,
    occurred_at timestamptz not null
);
create index ledger_entry_booking on ledger_entry (booking_id);
create index ledger_entry_account_time on ledger_entry (account, occurred_at);
create index ledger_entry_provider on ledger_entry (provider_id, account, occurred_at);
