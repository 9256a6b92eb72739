-- The change feed (#15): what realtime pushes to browsers and what invalidates every instance's
-- caches. Writers append events IN THE TRANSACTION OF THE CHANGE, so an event exists exactly when
-- its change committed; NOTIFY is only the doorbell (a missed one loses nothing: a reader that
-- comes back reads the feed from its cursor).
--
-- * change_events: (topic, audience, small payload) stamped with its transaction's id (`tx`,
--   xid8). The cursor of the feed is a transaction id: a reader takes the events whose `tx` lies
--   between its cursor and the xmin of its own snapshot — every transaction below xmin has ended,
--   so nothing can still appear below the new cursor. Each event is read once, in commit-safe
--   order, with no lock taken by the writers (a per-topic counter row would be a hot lock, and
--   the engine's lock orders — counters, allocation, bookings — would deadlock on it).
--   'public' events are for anyone; 'staff' ones for booking staff and the door. Read by the
--   service role only; pruned by the hourly housekeeping (change_events_cleanup) after a day — a
--   client whose cursor is older is told to refetch.
-- * Triggers, statement-level (one event per topic per statement, whatever the batch's size):
--   - performance_zones (held, sold, capacity) → `availability:<performance>`, public;
--   - bookings and booking_tables → `room:<performance>`, staff (tonight's lists and plan).
--   Every writer is covered — the engine, the expiry job, staff, a migration — without having to
--   remember.

create table public.change_events (
  id bigint generated always as identity primary key,
  tx xid8 not null default pg_current_xact_id(),
  topic text not null check (length(topic) between 3 and 120),
  audience text not null check (audience in ('public', 'staff')),
  payload jsonb not null default '{}' check (jsonb_typeof(payload) = 'object'
                                             and octet_length(payload::text) <= 2000),
  at timestamptz not null default now()
);
create index change_events_tx_idx on public.change_events (tx, id);
create index change_events_at_idx on public.change_events (at);

alter table public.change_events enable row level security;
-- Nobody writes it directly: the triggers below are SECURITY DEFINER. The service role reads.
grant select on public.change_events to service_role;
create policy "the service role reads the feed" on public.change_events
  for select to service_role using (true);

/** Appends one event to the feed, in the caller's transaction, and rings the bell. */
create function public.append_change(p_topic text, p_audience text, p_payload jsonb)
  returns void
  language plpgsql
  security definer
  set search_path = ''
as $$
begin
  insert into public.change_events (topic, audience, payload)
  values (p_topic, p_audience, coalesce(p_payload, '{}'));
  -- Identical notifications of one transaction are delivered once.
  perform pg_notify('change_feed', p_topic);
end
$$;
revoke all on function public.append_change(text, text, jsonb) from public;

/**
 * One event per performance a statement touched, on `<prefix>:<performance>` for `<audience>`
 * (the trigger's two arguments). Statement-level: a batch of a hundred holds is one event.
 */
create function public.change_feed_on_statement() returns trigger
  language plpgsql
  security definer
  set search_path = ''
as $$
declare
  v_performance uuid;
begin
  for v_performance in select distinct performance_id from changed order by performance_id loop
    perform public.append_change(tg_argv[0] || ':' || v_performance, tg_argv[1], '{}');
  end loop;
  return null;
end
$$;

create trigger change_feed_on_counters_update
  after update on public.performance_zones
  referencing new table as changed
  for each statement execute function public.change_feed_on_statement('availability', 'public');
create trigger change_feed_on_counters_insert
  after insert on public.performance_zones
  referencing new table as changed
  for each statement execute function public.change_feed_on_statement('availability', 'public');
-- Bookings and their tables: the room's lists and plan.
create trigger change_feed_on_bookings_insert
  after insert on public.bookings
  referencing new table as changed
  for each statement execute function public.change_feed_on_statement('room', 'staff');
create trigger change_feed_on_bookings_update
  after update on public.bookings
  referencing new table as changed
  for each statement execute function public.change_feed_on_statement('room', 'staff');
create trigger change_feed_on_tables_insert
  after insert on public.booking_tables
  referencing new table as changed
  for each statement execute function public.change_feed_on_statement('room', 'staff');
create trigger change_feed_on_tables_delete
  after delete on public.booking_tables
  referencing old table as changed
  for each statement execute function public.change_feed_on_statement('room', 'staff');

/**
 * The feed since a cursor: the events of transactions in [after, xmin of this snapshot), and the
 * new cursor (that xmin). Every transaction below it has ended: nothing can appear below it later.
 */
create function public.read_changes(p_after xid8, p_limit integer default 5000)
  returns table (tx xid8, id bigint, topic text, audience text, payload jsonb, next xid8)
  language sql
  stable
  security definer
  set search_path = ''
as $$
  with horizon as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin)
  select e.tx, e.id, e.topic, e.audience, e.payload, h.xmin
    from horizon h
    left join lateral (
      select * from public.change_events e
       where e.tx >= p_after and e.tx < h.xmin
       order by e.tx, e.id
       limit p_limit) e on true
$$;
revoke all on function public.read_changes(xid8, integer) from public;
grant execute on function public.read_changes(xid8, integer) to service_role;

/** The oldest cursor the feed can still serve (older: refetch). */
create function public.change_feed_horizon() returns xid8
  language sql stable security definer set search_path = ''
as $$ select coalesce(min(tx), pg_snapshot_xmin(pg_current_snapshot())) from public.change_events $$;
revoke all on function public.change_feed_horizon() from public;
grant execute on function public.change_feed_horizon() to service_role;

/** The housekeeping's pruning: events older than a day. */
create function public.change_events_cleanup() returns integer
  language sql
  volatile
  security definer
  set search_path = ''
as $$
  with removed as (
    delete from public.change_events where at < now() - interval '1 day' returning 1
  )
  select count(*)::integer from removed
$$;
revoke all on function public.change_events_cleanup() from public;
grant execute on function public.change_events_cleanup() to service_role;
