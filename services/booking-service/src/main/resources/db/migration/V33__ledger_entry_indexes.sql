-- Indexes a ledger replay can afford (docs/booking.md, Benchmark): rows arrive in time order, so
-- an index on the time alone takes them at its right edge and serves the period filters and the
-- listing's order; the provider's earnings look up the provider first. The (account, time) and
-- (provider, account, time) indexes cost a replay 1.2 s and 2.7 s per 561,544 rows.
drop index ledger_entry_account_time;
drop index ledger_entry_provider;
create index ledger_entry_time on ledger_entry (occurred_at);
create index ledger_entry_provider on ledger_entry (provider_id);
