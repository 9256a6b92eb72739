-- Rate-limit counters are ephemeral: losing them in a crash only resets a few windows. As an
-- unlogged table they write no WAL, so a request's rate-limit hit commits without waiting for a
-- disk flush (a transaction that wrote no WAL has nothing to make durable): one fsync fewer per
-- limited request, which counts in an on-sale rush. Unlogged tables are not replicated: a standby
-- promoted after a failover starts with empty counters, which is harmless.
alter table public.rate_limit_hits set unlogged;
