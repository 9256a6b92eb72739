-- The back office's bookings and customers (#6, items 5 and 8): a booking's history, staff notes,
-- no-shows, the search indexes of the bookings list, and customer profiles (tags, notes).
--
-- * booking_events: the history of a booking, written by TRIGGERS on bookings and booking_tables,
--   so every writer (the engine as the service role, the expiry job, a no-show) is recorded
--   without the engine having to remember. Nobody updates or deletes an event; no role may insert
--   one directly (the trigger functions are SECURITY DEFINER). The actor is auth.uid() for a
--   request role; for the service role, the back office names the staff member it acts for in the
--   transaction-local setting `ladiva.actor_id` (bookings-admin.service.ts), and nobody else is
--   trusted with it. Events carry no personal data (ids, counts, amounts, table labels): an
--   erasure never has to touch them.
-- * booking_notes: free text about a booking, written by booking staff as themselves; its event
--   points to it. The service role deletes the notes of an erased customer.
-- * mark_no_show(ids): a confirmed or checked-in booking whose performance has started becomes a
--   no-show. Its places stay sold (the evening's takings do not change), so no counter moves and
--   the engine's locks are not needed: one conditional UPDATE, checked HERE against the caller's
--   claims (booking staff at aal2), run as the caller so auth.uid() is the actor.
-- * customer_profiles: tags and notes about a customer, keyed by the hash of the lowercased
--   contact email (ADR 0013).
-- * staff_names(ids): the display names of staff accounts, for the history's "who" (only admins
--   read accounts under 0005's policies).
-- * customer_consents(account): booking staff read a customer's latest consents through a checked
--   function; consents.user_id stays a column no request role reads (0007).

-- Trigram indexes for the free-text search of the bookings list (a trusted extension since
-- PostgreSQL 13: the database owner creates it without superuser rights).
create extension if not exists pg_trgm;

/** What the bookings list searches: name, email, phone and reference, lowercased. */
create function public.booking_search_text(
  reference text, contact_name text, contact_email text, contact_phone text
) returns text
  language sql immutable parallel safe set search_path = ''
  as $$ select lower(reference || ' ' || coalesce(contact_name, '') || ' '
                     || coalesce(contact_email, '') || ' ' || coalesce(contact_phone, '')) $$;

create index bookings_search_trgm_idx on public.bookings
  using gin (public.booking_search_text(reference, contact_name, contact_email, contact_phone)
             gin_trgm_ops);
/**
 * A customer's id: the SHA-256 of the lowercased contact email, in hex (ADR 0013). URLs and
 * profiles carry it instead of the address, so no email reaches an access log.
 */
create function public.customer_key(email text) returns text
  language sql immutable parallel safe set search_path = ''
  as $$ select encode(sha256(convert_to(lower(btrim(email)), 'UTF8')), 'hex') $$;

create index bookings_customer_key_idx on public.bookings (public.customer_key(contact_email))
  where contact_email is not null;
create index bookings_created_at_idx on public.bookings (created_at, id);

-- ─── History ───────────────────────────────────────────────────────────────────────────────────
create table public.booking_events (
  id bigint generated always as identity primary key,
  booking_id uuid not null references public.bookings (id) on delete cascade,
  at timestamptz not null default now(),
  actor_id uuid references public.users (id),
  kind text not null check (kind in ('created', 'confirmed', 'changed', 'cancelled', 'expired',
                                     'checked_in', 'no_show', 'note', 'moved')),
  data jsonb not null default '{}' check (jsonb_typeof(data) = 'object'),
  -- The transaction that wrote it: several table changes of one move make one event.
  xact_id xid8 not null default pg_current_xact_id()
);
create index booking_events_booking_id_idx on public.booking_events (booking_id, id);

/** Who acts: the request's user, or the staff member the service role acts for. */
create function public.booking_actor() returns uuid
  language sql stable set search_path = ''
as $$
  select coalesce(
    (select auth.uid()),
    case when (select auth.role()) = 'service_role'
         then nullif(current_setting('ladiva.actor_id', true), '')::uuid end)
$$;

create function public.booking_events_on_insert() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  -- Once per statement: a batch of holds pays for it once, not once per booking.
  v_actor uuid := public.booking_actor();
begin
  insert into public.booking_events (booking_id, actor_id, kind, data)
  select n.id, v_actor, 'created',
         jsonb_build_object('status', n.status, 'source', n.source, 'partySize', n.party_size,
                            'totalCents', n.total_cents)
    from inserted n;
  return null;
end
$$;

create function public.booking_events_on_update() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  v_actor uuid := public.booking_actor();
begin
  insert into public.booking_events (booking_id, actor_id, kind, data)
  select n.id, v_actor,
         case when n.status = o.status then 'changed'
              when n.status in ('confirmed', 'cancelled', 'expired', 'checked_in', 'no_show')
                then n.status
              else 'changed' end,
         jsonb_strip_nulls(jsonb_build_object(
           'status', case when n.status <> o.status
                          then jsonb_build_object('from', o.status, 'to', n.status) end,
           'partySize', case when n.party_size <> o.party_size
                             then jsonb_build_object('from', o.party_size, 'to', n.party_size) end,
           'totalCents', case when n.total_cents <> o.total_cents
                              then jsonb_build_object('from', o.total_cents, 'to', n.total_cents) end))
    from inserted n join deleted o on o.id = n.id
   where n.status <> o.status or n.party_size <> o.party_size or n.total_cents <> o.total_cents
   order by n.id;
  return null;
end
$$;

-- Statement-level with transition tables: a batch of holds or of expiries writes its events in
-- one INSERT.
create trigger booking_events_on_insert after insert on public.bookings
  referencing new table as inserted
  for each statement execute function public.booking_events_on_insert();
create trigger booking_events_on_update after update on public.bookings
  referencing old table as deleted new table as inserted
  for each statement execute function public.booking_events_on_update();

/**
 * A party's tables changed: once per transaction and booking, at commit (when the last table of
 * the move is written), the tables it now sits at and those it sat at. The first seating (at
 * confirmation) has `from: null`; freeing the tables of a cancelled or expired booking is said by
 * its own event; the same tables again (a change re-seats the party) are not a move.
 */
create function public.booking_events_on_tables() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  booking uuid := coalesce(new.booking_id, old.booking_id);
  now_at text[];
  before_at jsonb;
  state text;
begin
  if exists (select 1 from public.booking_events
              where booking_id = booking and kind = 'moved' and xact_id = pg_current_xact_id()) then
    return null;
  end if;
  select status into state from public.bookings where id = booking;
  if state is null or state in ('cancelled', 'expired') then
    return null;
  end if;
  select coalesce(array_agg(vt.label order by vt.label), '{}') into now_at
    from public.booking_tables bt join public.venue_tables vt on vt.id = bt.table_id
   where bt.booking_id = booking;
  select data -> 'tables' into before_at
    from public.booking_events
   where booking_id = booking and kind = 'moved'
   order by id desc limit 1;
  if before_at is not null and before_at = to_jsonb(now_at) then
    return null;
  end if;
  insert into public.booking_events (booking_id, actor_id, kind, data)
  values (booking, public.booking_actor(), 'moved',
          jsonb_build_object('tables', to_jsonb(now_at), 'from', before_at));
  return null;
end
$$;

create constraint trigger booking_events_on_tables
  after insert or delete on public.booking_tables
  deferrable initially deferred
  for each row execute function public.booking_events_on_tables();

alter table public.booking_events enable row level security;
grant select on public.booking_events to authenticated, service_role;
create policy "booking staff with a second factor read the history" on public.booking_events
  for select to authenticated
  using ((select auth.aal()) = 'aal2'
         and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
              or (select auth.has_role('box_office'))));
create policy "the service role reads the history" on public.booking_events
  for select to service_role using (true);

-- ─── Staff notes ───────────────────────────────────────────────────────────────────────────────
create table public.booking_notes (
  id uuid primary key default gen_random_uuid(),
  booking_id uuid not null references public.bookings (id) on delete cascade,
  author_id uuid not null references public.users (id),
  body text not null check (length(btrim(body)) between 1 and 2000),
  created_at timestamptz not null default now()
);
create index booking_notes_booking_id_idx on public.booking_notes (booking_id, created_at);

create function public.booking_events_on_note() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.booking_events (booking_id, actor_id, kind, data)
  values (new.booking_id, new.author_id, 'note', jsonb_build_object('noteId', new.id));
  return null;
end
$$;
create trigger booking_events_on_note after insert on public.booking_notes
  for each row execute function public.booking_events_on_note();

alter table public.booking_notes enable row level security;
grant select, insert on public.booking_notes to authenticated;
grant select, delete on public.booking_notes to service_role;
create policy "booking staff with a second factor read notes" on public.booking_notes
  for select to authenticated
  using ((select auth.aal()) = 'aal2'
         and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
              or (select auth.has_role('box_office'))));
create policy "booking staff with a second factor write notes as themselves"
  on public.booking_notes for insert to authenticated
  with check (author_id = (select auth.uid()) and (select auth.aal()) = 'aal2'
              and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
                   or (select auth.has_role('box_office'))));
create policy "the service role reads notes" on public.booking_notes
  for select to service_role using (true);
create policy "the service role erases notes" on public.booking_notes
  for delete to service_role using (true);

-- ─── No-shows ──────────────────────────────────────────────────────────────────────────────────
/**
 * Marks bookings as no-shows; returns those it marked (the others were not confirmed or checked
 * in, or their performance has not started). Rows are locked in id order (the booking row is
 * first in the engine's lock order; no counter is touched).
 */
create function public.mark_no_show(booking_ids uuid[]) returns setof uuid
  language plpgsql security definer set search_path = ''
as $$
begin
  if not ((select auth.role()) = 'authenticated' and (select auth.aal()) = 'aal2'
          and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
               or (select auth.has_role('box_office')))) then
    raise exception 'only booking staff with a second factor mark no-shows'
      using errcode = 'insufficient_privilege';
  end if;
  return query
  with candidates as (
    select b.id from public.bookings b
      join public.performances p on p.id = b.performance_id
     where b.id = any (booking_ids)
       and b.status in ('confirmed', 'checked_in')
       and p.starts_at <= now()
     order by b.id
       for update of b
  )
  update public.bookings b set status = 'no_show', updated_at = now()
    from candidates c where b.id = c.id
  returning b.id;
end
$$;
revoke execute on function public.mark_no_show(uuid[]) from public;
grant execute on function public.mark_no_show(uuid[]) to authenticated;

-- ─── Customers ─────────────────────────────────────────────────────────────────────────────────
create table public.customer_profiles (
  -- customer_key(contact email) of the customer's bookings (ADR 0013): no address stored here.
  customer_id text primary key check (customer_id ~ '^[0-9a-f]{64}$'),
  tags text[] not null default '{}'
    check (cardinality(tags) <= 20 and array_to_string(tags, ',') ~ '^([a-z0-9-]{1,30}(,|$))*$'),
  notes text not null default '' check (length(notes) <= 4000),
  updated_at timestamptz not null default now(),
  updated_by uuid references public.users (id)
);
create index customer_profiles_tags_idx on public.customer_profiles using gin (tags);

alter table public.customer_profiles enable row level security;
grant select, insert, update on public.customer_profiles to authenticated;
grant select, delete on public.customer_profiles to service_role;
create policy "booking staff with a second factor read customer profiles"
  on public.customer_profiles for select to authenticated
  using ((select auth.aal()) = 'aal2'
         and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
              or (select auth.has_role('box_office'))));
create policy "booking staff with a second factor add customer profiles"
  on public.customer_profiles for insert to authenticated
  with check ((select auth.aal()) = 'aal2'
              and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
                   or (select auth.has_role('box_office'))));
create policy "booking staff with a second factor change customer profiles"
  on public.customer_profiles for update to authenticated
  using ((select auth.aal()) = 'aal2'
         and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
              or (select auth.has_role('box_office'))))
  with check ((select auth.aal()) = 'aal2'
              and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
                   or (select auth.has_role('box_office'))));
create policy "the service role reads customer profiles" on public.customer_profiles
  for select to service_role using (true);
create policy "the service role erases customer profiles" on public.customer_profiles
  for delete to service_role using (true);

-- Consents on a customer's profile: booking staff see the latest record of each kind for an
-- account. consents.user_id stays unreadable to request roles (0007: a secret column), so this
-- function checks the caller's claims and answers for one account.
create function public.customer_consents(account uuid)
  returns table (kind text, granted boolean, wording_version text, at timestamptz)
  language plpgsql stable security definer set search_path = ''
as $$
begin
  if not ((select auth.role()) = 'authenticated' and (select auth.aal()) = 'aal2'
          and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
               or (select auth.has_role('box_office')))) then
    raise exception 'only booking staff with a second factor read consents'
      using errcode = 'insufficient_privilege';
  end if;
  return query
  select distinct on (c.kind) c.kind, c.granted, c.wording_version, c.at::timestamptz
    from public.consents c where c.user_id = account
   order by c.kind, c.at desc, c.id desc;
end
$$;
revoke execute on function public.customer_consents(uuid) from public;
grant execute on function public.customer_consents(uuid) to authenticated;

-- The history and the notes say who acted: booking staff read the names of STAFF accounts (never
-- a guest's) through this checked function.
create function public.staff_names(ids uuid[]) returns table (id uuid, name text)
  language plpgsql stable security definer set search_path = ''
as $$
begin
  if not ((select auth.role()) = 'authenticated' and (select auth.aal()) = 'aal2'
          and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
               or (select auth.has_role('box_office')))) then
    raise exception 'only booking staff with a second factor read staff names'
      using errcode = 'insufficient_privilege';
  end if;
  return query
  select u.id, coalesce(u.display_name, u.email) from public.users u
   where u.id = any (ids) and u.roles <> '{}';
end
$$;
revoke execute on function public.staff_names(uuid[]) from public;
grant execute on function public.staff_names(uuid[]) to authenticated;
