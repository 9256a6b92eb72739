-- Rate limits whose state lives in the database, so that every instance of the server shares them
-- (the server stays stateless). Fixed windows aligned on the epoch: one row per bucket and window,
-- counted by a single upsert. The bucket is opaque: the caller hashes what it limits (an IP
-- address, an email) so that no identifier is ever stored here in clear.

create table public.rate_limit_hits (
  -- SHA-256 of "scope:key", in hex; the check keeps raw identifiers out.
  bucket text not null check (bucket ~ '^[0-9a-f]{64}$'),
  window_start timestamptz not null,
  expires_at timestamptz not null,
  hits integer not null default 1,
  primary key (bucket, window_start)
);
create index rate_limit_hits_expires_at_idx on public.rate_limit_hits (expires_at);

-- No grant and no policy: request roles reach the table only through the functions below.
alter table public.rate_limit_hits enable row level security;

-- Counts one hit of a bucket in the current window and says whether it is within the limit.
-- Concurrent hits of one bucket queue on the row's lock of the upsert, each one seeing the count
-- that includes it: with a limit of N exactly N are allowed, however many instances ask at once.
-- Hits over the limit still count (a client that keeps hammering stays blocked until the window
-- ends); the count is capped so that it cannot overflow.
create function public.rate_limit_hit(p_bucket text, p_limit integer, p_window_seconds integer)
  returns table (allowed boolean, remaining integer, retry_after_seconds integer)
  language plpgsql
  volatile
  security definer
  set search_path = ''
as $$
declare
  v_now timestamptz := clock_timestamp();
  v_window_start timestamptz;
  v_expires_at timestamptz;
  v_hits integer;
begin
  if p_limit is null or p_limit < 1 then
    raise exception 'rate_limit_hit: the limit must be at least 1' using errcode = '22023';
  end if;
  if p_window_seconds is null or p_window_seconds not between 1 and 86400 then
    raise exception 'rate_limit_hit: the window must be between 1 s and 1 day'
      using errcode = '22023';
  end if;

  v_window_start := to_timestamp(
    floor(extract(epoch from v_now) / p_window_seconds) * p_window_seconds);
  v_expires_at := v_window_start + make_interval(secs => p_window_seconds);

  insert into public.rate_limit_hits as h (bucket, window_start, expires_at, hits)
  values (p_bucket, v_window_start, v_expires_at, 1)
  on conflict (bucket, window_start) do update
    set hits = least(h.hits, 2147483646) + 1
  returning h.hits into v_hits;

  allowed := v_hits <= p_limit;
  remaining := greatest(p_limit - v_hits, 0);
  retry_after_seconds := case
    when v_hits <= p_limit then 0
    else greatest(ceil(extract(epoch from (v_expires_at - v_now)))::integer, 1)
  end;
  return next;
end
$$;

revoke all on function public.rate_limit_hit(text, integer, integer) from public;
grant execute on function public.rate_limit_hit(text, integer, integer)
  to anon, authenticated, service_role;

-- Deletes the windows that have ended; returns how many. Run by a periodic job as service_role.
create function public.rate_limit_cleanup() returns integer
  language sql
  volatile
  security definer
  set search_path = ''
as $$
  with removed as (
    delete from public.rate_limit_hits where expires_at < clock_timestamp() returning 1
  )
  select count(*)::integer from removed
$$;

revoke all on function public.rate_limit_cleanup() from public;
grant execute on function public.rate_limit_cleanup() to service_role;
