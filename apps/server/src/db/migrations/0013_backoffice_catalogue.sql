-- The back office's catalogue (#6, items 2 and 4): what staff need beyond migration 0008.
--
-- * A cancelled performance says when and why (shown to staff; the guests get an email).
-- * A table of the layout can be removed while no booking ever sat at it. The catalogue's tables
--   have no DELETE privilege for request roles (0008: bookings refer to them); instead one
--   SECURITY DEFINER function removes unused tables for admins and managers with a second factor,
--   and unlinks them from their neighbours. booking_tables' foreign key stays the final word: a
--   party seated there meanwhile makes the removal fail (23503) rather than lose its table.

alter table public.performances
  add column cancelled_at timestamptz,
  add column cancellation_reason text check (length(cancellation_reason) <= 500);

-- The staff list of performances filters by show and date.
create index performances_show_starts_at_idx on public.performances (show_id, starts_at);
-- The layout reads a zone's tables.
create index venue_tables_zone_id_idx on public.venue_tables (zone_id);
-- "Is this table used?" and the removal's foreign-key check.
create index booking_tables_table_id_idx on public.booking_tables (table_id);

/**
 * Removes the given tables if no booking ever sat at them; returns how many were removed.
 * Refused (42501) to anyone but an admin or a manager with a second factor.
 */
create function public.remove_venue_tables(table_ids uuid[]) returns integer
  language plpgsql security definer set search_path = ''
as $$
declare
  removed integer;
begin
  if not ((select auth.aal()) = 'aal2'
          and ((select auth.has_role('admin')) or (select auth.has_role('manager')))) then
    raise exception 'only admins and managers with a second factor remove tables'
      using errcode = 'insufficient_privilege';
  end if;
  if exists (select 1 from public.booking_tables where table_id = any (table_ids)) then
    raise exception 'a booking sat at one of these tables'
      using errcode = 'foreign_key_violation', constraint = 'booking_tables_table_id_fkey';
  end if;
  update public.venue_tables
     set neighbour_ids = (select coalesce(array_agg(n), '{}') from unnest(neighbour_ids) as n
                           where n <> all (table_ids))
   where neighbour_ids && table_ids and id <> all (table_ids);
  delete from public.venue_tables where id = any (table_ids);
  get diagnostics removed = row_count;
  return removed;
end
$$;

revoke all on function public.remove_venue_tables from public;
grant execute on function public.remove_venue_tables to authenticated;
