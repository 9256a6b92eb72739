-- Guests reach and manage their booking (#5, step 2): the details given at confirmation, the
-- tables a confirmed party sits at, and the manage links sent by email.
--
-- * booking_tables: where a confirmed party sits. The rule "a table never carries more guests than
--   its seats; a private table one party" is enforced HERE, whatever the code does: a partial
--   unique index for private tables, and a trigger that sums a shared table's guests after taking
--   the performance's allocation lock (the same advisory lock booking.service.ts takes before it
--   allocates), so two transactions never both see the last seats of a table.
-- * booking_links: the manage links (`/my-booking#token=…`). Only the token's SHA-256 is stored;
--   the service role alone reads and writes them (no request role has any right).
-- * The service role may now delete lines and extras: a change of a booking replaces them.

alter table public.bookings
  add column guest_details jsonb not null default '[]'
    check (jsonb_typeof(guest_details) = 'array' and jsonb_array_length(guest_details) <= 100),
  add column occasion text check (length(occasion) <= 200),
  add column marketing_email boolean not null default false,
  add column payment_method text check (payment_method in ('at_venue')),
  -- The target of booking_tables' foreign key: an assignment is on its booking's performance.
  add constraint bookings_id_performance_key unique (id, performance_id);

-- ─── Table assignments ─────────────────────────────────────────────────────────────────────────
create table public.booking_tables (
  booking_id uuid not null,
  performance_id uuid not null,
  table_id uuid not null references public.venue_tables (id),
  -- Guests of this party seated at this table (a combined group splits them by seats).
  guests integer not null check (guests between 0 and 20),
  -- Copied from the table by the trigger: the partial unique index below needs it on this row.
  shared boolean not null default false,
  primary key (booking_id, table_id),
  foreign key (booking_id, performance_id)
    references public.bookings (id, performance_id) on delete cascade
);
create unique index booking_tables_private_one_party_idx
  on public.booking_tables (performance_id, table_id) where not shared;
create index booking_tables_performance_table_idx on public.booking_tables (performance_id, table_id);

/** The key of a performance's allocation lock (pg_advisory_xact_lock), shared with the service. */
create function public.allocation_lock_key(performance uuid) returns bigint
  language sql immutable parallel safe set search_path = ''
  as $$ select hashtextextended('booking_tables:' || performance::text, 0) $$;

create function public.booking_tables_fit() returns trigger
  language plpgsql set search_path = ''
as $$
declare
  t record;
  seated integer;
begin
  -- Serialise every writer of this performance's tables: the sum below is then exact.
  perform pg_advisory_xact_lock(public.allocation_lock_key(new.performance_id));
  select seats, shared into t from public.venue_tables where id = new.table_id;
  new.shared := t.shared;
  select coalesce(sum(guests), 0) into seated
    from public.booking_tables
   where performance_id = new.performance_id and table_id = new.table_id
     and booking_id <> new.booking_id;
  if seated + new.guests > t.seats then
    raise exception 'table % would carry % guests for % seats', new.table_id, seated + new.guests,
      t.seats using errcode = 'check_violation', constraint = 'booking_tables_fit';
  end if;
  return new;
end
$$;

create trigger booking_tables_fit before insert or update on public.booking_tables
  for each row execute function public.booking_tables_fit();

alter table public.booking_tables enable row level security;
grant select on public.booking_tables to authenticated;
grant select, insert, delete on public.booking_tables to service_role;
create policy "guests and staff read the tables of the bookings they see" on public.booking_tables
  for select to authenticated
  using (exists (select 1 from public.bookings b where b.id = booking_id));
create policy "the service role reads table assignments" on public.booking_tables
  for select to service_role using (true);
create policy "the service role assigns tables" on public.booking_tables
  for insert to service_role with check (true);
create policy "the service role frees tables" on public.booking_tables
  for delete to service_role using (true);

-- ─── Manage links ──────────────────────────────────────────────────────────────────────────────
create table public.booking_links (
  id uuid primary key default gen_random_uuid(),
  booking_id uuid not null references public.bookings (id) on delete cascade,
  token_hash bytea not null unique check (length(token_hash) = 32),
  -- Reusable until the evening is over (the performance's start + 1 day): the email keeps working.
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index booking_links_booking_id_idx on public.booking_links (booking_id);

alter table public.booking_links enable row level security;
grant select, insert on public.booking_links to service_role;
create policy "the service role reads manage links" on public.booking_links
  for select to service_role using (true);
create policy "the service role creates manage links" on public.booking_links
  for insert to service_role with check (true);

-- ─── Changes replace lines and extras ──────────────────────────────────────────────────────────
grant delete on public.booking_lines, public.booking_extras to service_role;
create policy "the service role removes booking lines" on public.booking_lines
  for delete to service_role using (true);
create policy "the service role removes booking extras" on public.booking_extras
  for delete to service_role using (true);
