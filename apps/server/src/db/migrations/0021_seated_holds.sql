-- Every party seated from the moment it holds (issue #13, ADR 0026).
--
-- A zone's seat count is not what its floor can seat: 50 seats of 2-, 4- and 8-tops cannot take
-- 50 parties of one without splitting parties. So a hold in a zone that has tables is given its
-- tables in the same transaction as its places (booking.service.ts, runHoldBatch: a second
-- message after hold_batch, under the performance's allocation lock); a hold the free tables
-- cannot seat is refused (NO_TABLE) — unless a manager lets this performance sell beyond the plan,
-- in which case it is kept and shown to the maître d' with a proposal (room-admin.service.ts).
-- A zone with no tables at all (standing room) is sold by its seat count alone, as before.
--
-- * performances.sell_beyond_plan: the manager's switch, off by default.
-- * performance_floor(performance): what an allocation of this performance reads, once the
--   allocation lock is held: the switch, the tables of its zones, and who sits where (held and
--   confirmed parties alike). SECURITY INVOKER: run by the service role, which reads them all.
-- * Expired holds free their tables (the expiry job deletes their booking_tables rows).

alter table public.performances
  add column sell_beyond_plan boolean not null default false;

create function public.performance_floor(p_performance_id uuid) returns jsonb
  language sql
  stable
  security invoker
  set search_path = ''
  set enable_seqscan = off
as $$
  select jsonb_build_object(
    'sellBeyondPlan', coalesce((select p.sell_beyond_plan from public.performances p
                                 where p.id = p_performance_id), false),
    'tables', coalesce((select jsonb_agg(jsonb_build_object(
                 'id', vt.id, 'zoneId', vt.zone_id, 'seats', vt.seats, 'shared', vt.shared,
                 'neighbours', vt.neighbour_ids) order by vt.id)
                from public.venue_tables vt
               where vt.zone_id in (select pz.zone_id from public.performance_zones pz
                                     where pz.performance_id = p_performance_id)), '[]'),
    'seated', coalesce((select jsonb_agg(jsonb_build_object(
                 'bookingId', bt.booking_id, 'tableId', bt.table_id, 'guests', bt.guests,
                 'zoneId', vt.zone_id) order by bt.table_id)
                from public.booking_tables bt join public.venue_tables vt on vt.id = bt.table_id
               where bt.performance_id = p_performance_id), '[]'))
$$;

revoke all on function public.performance_floor(uuid) from public;
grant execute on function public.performance_floor(uuid) to service_role;
