-- Back-office figures (#6): the kitchen sheet for the kitchen, and indexes for the reports.
--
-- * The kitchen must see what to cook — covers, menu choices, dietary notes per table, the party's
--   name to find them, extras such as a cake — but not the bookings themselves (emails, phones,
--   prices): migration 0008 gives the kitchen no read policy on bookings, and a column-limited
--   policy does not exist. So two SECURITY DEFINER functions (owner rights, fixed empty
--   search_path) return exactly those columns, after checking the caller's claims themselves:
--   a second factor and one of the roles that use the sheet (kitchen, admin, manager, box office).
--   Anyone else gets 42501, whatever route calls them. Only confirmed and checked-in bookings
--   count: held ones have no details yet, cancelled, expired and no-show ones eat nothing.
-- * A guest's menu choice (`guest_details[i].menuChoice`, written at confirmation) does not name
--   its formula: guest i is taken to be the i-th seat when the booking's lines are listed by
--   formula (sort, code) then zone (sort, code). With one formula per booking — the guest flow —
--   this is exact.
-- * The dashboard's series and the sales report by date of sale filter bookings by confirmation
--   time: indexed here.

create function public.kitchen_may_read() returns boolean
  language sql stable set search_path = ''
  as $$
    select (select auth.aal()) = 'aal2'
       and ((select auth.has_role('kitchen')) or (select auth.has_role('admin'))
            or (select auth.has_role('manager')) or (select auth.has_role('box_office')))
  $$;

/** One row per seated guest of the performances' confirmed and checked-in bookings. */
create function public.kitchen_guests(performance_ids uuid[])
  returns table (
    performance_id uuid,
    booking_id uuid,
    party_name text,
    party_size integer,
    occasion text,
    table_labels text[],
    guest_no integer,
    formula_id uuid,
    menu_choice text,
    dietary_notes text
  )
  language plpgsql stable security definer set search_path = ''
as $$
begin
  if not public.kitchen_may_read() then
    raise exception 'the kitchen sheet is for kitchen and booking staff with a second factor'
      using errcode = 'insufficient_privilege';
  end if;
  return query
    with booked as (
      select b.id, b.performance_id, b.contact_name, b.party_size, b.occasion, b.guest_details
        from public.bookings b
       where b.performance_id = any (performance_ids)
         and b.status in ('confirmed', 'checked_in')
    ), seats as (
      select l.booking_id, l.formula_id,
             row_number() over (partition by l.booking_id
                                order by f.sort, f.code, z.sort, z.code, s.n)::integer as guest_no
        from booked k
        join public.booking_lines l on l.booking_id = k.id
        join public.formulas f on f.id = l.formula_id
        join public.zones z on z.id = l.zone_id
        cross join generate_series(1, l.guests) as s (n)
    ), tables as (
      select bt.booking_id, array_agg(t.label order by t.label) as labels
        from booked k
        join public.booking_tables bt on bt.booking_id = k.id
        join public.venue_tables t on t.id = bt.table_id
       group by bt.booking_id
    )
    select k.performance_id, k.id, k.contact_name, k.party_size, k.occasion,
           coalesce(t.labels, '{}'::text[]), s.guest_no, s.formula_id,
           nullif(btrim(k.guest_details -> (s.guest_no - 1) ->> 'menuChoice'), ''),
           nullif(btrim(k.guest_details -> (s.guest_no - 1) ->> 'dietaryNotes'), '')
      from booked k
      join seats s on s.booking_id = k.id
      left join tables t on t.booking_id = k.id;
end
$$;

/** Extras (cakes, bottles) of the performances' confirmed and checked-in bookings: no prices. */
create function public.kitchen_extras(performance_ids uuid[])
  returns table (performance_id uuid, extra_id uuid, quantity integer)
  language plpgsql stable security definer set search_path = ''
as $$
begin
  if not public.kitchen_may_read() then
    raise exception 'the kitchen sheet is for kitchen and booking staff with a second factor'
      using errcode = 'insufficient_privilege';
  end if;
  return query
    select b.performance_id, e.extra_id, sum(e.quantity)::integer
      from public.bookings b
      join public.booking_extras e on e.booking_id = b.id
     where b.performance_id = any (performance_ids)
       and b.status in ('confirmed', 'checked_in')
     group by b.performance_id, e.extra_id;
end
$$;

revoke all on function public.kitchen_may_read() from public;
revoke all on function public.kitchen_guests(uuid[]) from public;
revoke all on function public.kitchen_extras(uuid[]) from public;
grant execute on function public.kitchen_may_read() to authenticated;
grant execute on function public.kitchen_guests(uuid[]) to authenticated;
grant execute on function public.kitchen_extras(uuid[]) to authenticated;

-- The dashboard's "bookings per day" and the sales report by date of sale.
create index bookings_confirmed_at_idx on public.bookings (confirmed_at)
  where confirmed_at is not null;
