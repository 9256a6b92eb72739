-- The booking engine's inventory core (#5, DESIGN.md "Domain model"): the venue's layout, the
-- catalogue (shows, performances, formulas, prices, extras, sales rules) and bookings.
--
-- Who writes what, and why:
-- * The catalogue is read by everyone and changed by admins and managers with a second factor,
--   under the policies below. The service role may seed it (demo-seed.ts) and close sales.
-- * Inventory (performance_zones.held / sold) and bookings are written by the service role only,
--   from booking.service.ts, after the service has checked who the caller is. A request role has
--   no INSERT/UPDATE privilege on bookings nor on the counters: a route that forgets a check
--   still cannot sell a seat or touch someone else's booking. We chose the service role over
--   SECURITY DEFINER functions because the hold is several statements (booking, lines, extras,
--   counters) whose rules live in TypeScript beside their tests; the service role has explicit
--   policies (ADR 0004), never BYPASSRLS.
-- * Reads of bookings stay under RLS for request roles: a guest reads their own, staff at aal2
--   (admin, manager, box office, door) read all.
-- The invariant held + sold <= capacity is a CHECK: whatever the code does, the database refuses
-- to oversell. The engine takes row locks in a fixed order (zone id) so that it never deadlocks.

-- ─── Venue layout ──────────────────────────────────────────────────────────────────────────────
create table public.zones (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[a-z][a-z0-9_-]{0,39}$'),
  name_fr text not null check (length(name_fr) between 1 and 80),
  name_en text not null check (length(name_en) between 1 and 80),
  description_fr text not null default '' check (length(description_fr) <= 1000),
  description_en text not null default '' check (length(description_en) <= 1000),
  sort integer not null default 0
);

-- "tables" is a reserved word; these are the tables guests sit at.
create table public.venue_tables (
  id uuid primary key default gen_random_uuid(),
  zone_id uuid not null references public.zones (id),
  label text not null check (length(label) between 1 and 20),
  seats integer not null check (seats between 1 and 20),
  shape text not null default 'round' check (shape in ('round', 'square', 'rectangle', 'high')),
  x integer not null default 0,
  y integer not null default 0,
  -- A shared table seats several parties (the bar); a private one, one party.
  shared boolean not null default false,
  -- Tables that can be pushed together for a large party (table allocation, allocation.ts).
  neighbour_ids uuid[] not null default '{}',
  unique (zone_id, label)
);

-- ─── Catalogue ─────────────────────────────────────────────────────────────────────────────────
create table public.shows (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  title_fr text not null check (length(title_fr) between 1 and 120),
  title_en text not null check (length(title_en) between 1 and 120),
  description_fr text not null default '' check (length(description_fr) <= 4000),
  description_en text not null default '' check (length(description_en) <= 4000),
  duration_minutes integer not null check (duration_minutes between 1 and 600),
  image_path text check (length(image_path) <= 300),
  created_at timestamptz not null default now()
);

create table public.performances (
  id uuid primary key default gen_random_uuid(),
  show_id uuid not null references public.shows (id),
  starts_at timestamptz not null,
  doors_at timestamptz not null,
  status text not null default 'on_sale'
    check (status in ('on_sale', 'sold_out', 'cancelled', 'past')),
  -- Staff close sales by hand (private event, kitchen trouble) without cancelling.
  sales_closed boolean not null default false,
  check (doors_at <= starts_at),
  unique (show_id, starts_at)
);
create index performances_starts_at_idx on public.performances (starts_at);

-- The inventory: one row per performance and zone, copied from the layout and adjustable. Every
-- hold, confirmation, cancellation and expiry changes these counters under the row's lock.
create table public.performance_zones (
  performance_id uuid not null references public.performances (id) on delete cascade,
  zone_id uuid not null references public.zones (id),
  capacity integer not null check (capacity >= 0),
  held integer not null default 0,
  sold integer not null default 0,
  primary key (performance_id, zone_id),
  constraint performance_zones_never_oversold
    check (held >= 0 and sold >= 0 and held + sold <= capacity)
);

create table public.formulas (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[a-z][a-z0-9_-]{0,39}$'),
  name_fr text not null check (length(name_fr) between 1 and 80),
  name_en text not null check (length(name_en) between 1 and 80),
  description_fr text not null default '' check (length(description_fr) <= 2000),
  description_en text not null default '' check (length(description_en) <= 2000),
  -- Guests of this formula arrive this long before the show (dinner is served first).
  arrival_minutes_before integer not null default 30 check (arrival_minutes_before between 0 and 300),
  -- Per-guest choices, e.g. {"starter": [{"code": "…", "fr": "…", "en": "…"}], …}.
  menu jsonb not null default '{}' check (jsonb_typeof(menu) = 'object'),
  sort integer not null default 0
);

-- A formula is sold in a zone only if it has a price there.
create table public.formula_prices (
  formula_id uuid not null references public.formulas (id) on delete cascade,
  zone_id uuid not null references public.zones (id) on delete cascade,
  price_cents integer not null check (price_cents >= 0),
  primary key (formula_id, zone_id)
);

create table public.extras (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[a-z][a-z0-9_-]{0,39}$'),
  name_fr text not null check (length(name_fr) between 1 and 80),
  name_en text not null check (length(name_en) between 1 and 80),
  price_cents integer not null check (price_cents >= 0),
  sort integer not null default 0
);

-- One row, as venue_settings.
create table public.sales_rules (
  id boolean primary key default true check (id),
  hold_minutes integer not null default 10 check (hold_minutes between 1 and 120),
  max_party integer not null default 12 check (max_party between 1 and 100),
  -- Online sales stop this long before the show starts.
  cutoff_minutes integer not null default 60 check (cutoff_minutes between 0 and 2880),
  -- A guest may cancel until this long before the show…
  cancellation_deadline_hours integer not null default 48
    check (cancellation_deadline_hours between 0 and 720),
  -- …paying this fee per booking (0: free).
  cancellation_fee_cents integer not null default 0 check (cancellation_fee_cents >= 0),
  updated_at timestamptz not null default now()
);
insert into public.sales_rules default values;

-- ─── Bookings ──────────────────────────────────────────────────────────────────────────────────
create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  -- Short and unambiguous (booking-reference.ts): no 0/O, 1/I/L.
  reference text not null unique check (reference ~ '^[2-9A-HJKMNP-Z]{8}$'),
  performance_id uuid not null references public.performances (id),
  status text not null default 'held'
    check (status in ('held', 'confirmed', 'cancelled', 'expired', 'checked_in', 'no_show')),
  party_size integer not null check (party_size between 1 and 100),
  source text not null default 'web' check (source in ('web', 'phone', 'admin')),
  user_id uuid references public.users (id),
  contact_name text check (length(contact_name) between 1 and 120),
  contact_email text check (length(contact_email) between 3 and 254),
  contact_phone text check (length(contact_phone) <= 24),
  -- When a held booking stops holding its places (only meaningful while held).
  expires_at timestamptz not null,
  total_cents integer not null check (total_cents >= 0),
  -- The client's key for retries of createHold: the same key never makes two bookings.
  idempotency_key text unique check (length(idempotency_key) between 8 and 100),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  -- A booking that holds or owns places knows whom to tell.
  check (status in ('held', 'expired', 'cancelled')
         or (contact_name is not null and contact_email is not null))
);
create index bookings_user_id_idx on public.bookings (user_id);
create index bookings_performance_id_idx on public.bookings (performance_id, status);
-- The expiry job's scan: only live holds.
create index bookings_held_expires_at_idx on public.bookings (expires_at) where status = 'held';

create table public.booking_lines (
  id uuid primary key default gen_random_uuid(),
  booking_id uuid not null references public.bookings (id) on delete cascade,
  formula_id uuid not null references public.formulas (id),
  zone_id uuid not null references public.zones (id),
  guests integer not null check (guests between 1 and 100),
  unit_price_cents integer not null check (unit_price_cents >= 0),
  unique (booking_id, formula_id, zone_id)
);

create table public.booking_extras (
  id uuid primary key default gen_random_uuid(),
  booking_id uuid not null references public.bookings (id) on delete cascade,
  extra_id uuid not null references public.extras (id),
  quantity integer not null check (quantity between 1 and 50),
  unit_price_cents integer not null check (unit_price_cents >= 0),
  unique (booking_id, extra_id)
);

alter table public.zones enable row level security;
alter table public.venue_tables enable row level security;
alter table public.shows enable row level security;
alter table public.performances enable row level security;
alter table public.performance_zones enable row level security;
alter table public.formulas enable row level security;
alter table public.formula_prices enable row level security;
alter table public.extras enable row level security;
alter table public.sales_rules enable row level security;
alter table public.bookings enable row level security;
alter table public.booking_lines enable row level security;
alter table public.booking_extras enable row level security;

-- ─── Catalogue: grants and policies ────────────────────────────────────────────────────────────
-- The same policies on each catalogue table, written once: "anyone reads …", and "admins and
-- managers with a second factor add / change …"; the service role reads, adds and changes (the
-- demo seed, closing sales). Nobody deletes a zone, table, show, performance, formula or extra:
-- bookings refer to them (a performance is cancelled; retiring the others comes with the admin).
-- Only a price is removed, which stops selling a formula in a zone (below).
do $$
declare
  t record;
  staff constant text := '(select auth.aal()) = ''aal2'' and ((select auth.has_role(''admin''))'
                         ' or (select auth.has_role(''manager'')))';
begin
  for t in
    select * from (values
      ('zones', 'the zones'),
      ('venue_tables', 'the tables'),
      ('shows', 'the shows'),
      ('performances', 'the performances'),
      ('formulas', 'the formulas'),
      ('formula_prices', 'the formula prices'),
      ('extras', 'the extras')
    ) as v (name, words)
  loop
    execute format('grant select on public.%I to anon, authenticated, service_role', t.name);
    execute format('grant insert, update on public.%I to authenticated', t.name);
    execute format('grant insert, update on public.%I to service_role', t.name);
    execute format('create policy %I on public.%I for select to anon, authenticated using (true)',
                   'anyone reads ' || t.words, t.name);
    execute format('create policy %I on public.%I for insert to authenticated with check (%s)',
                   'admins and managers with a second factor add ' || t.words, t.name, staff);
    execute format('create policy %I on public.%I for update to authenticated using (%s) with check (%s)',
                   'admins and managers with a second factor change ' || t.words, t.name, staff,
                   staff);
    execute format('create policy %I on public.%I for select to service_role using (true)',
                   'the service role reads ' || t.words, t.name);
    execute format('create policy %I on public.%I for insert to service_role with check (true)',
                   'the service role adds ' || t.words, t.name);
    execute format('create policy %I on public.%I for update to service_role using (true) with check (true)',
                   'the service role changes ' || t.words, t.name);
  end loop;
end
$$;

grant delete on public.formula_prices to authenticated;
create policy "admins and managers with a second factor remove a price" on public.formula_prices
  for delete to authenticated
  using ((select auth.aal()) = 'aal2'
         and ((select auth.has_role('admin')) or (select auth.has_role('manager'))));

-- Inventory: everyone reads the counters (availability is public). Staff adjust a capacity (never
-- below held + sold: the CHECK) and add a performance's zones; only the service role moves the
-- held and sold counters, inside the engine's locked transactions.
grant select on public.performance_zones to anon, authenticated, service_role;
grant insert (performance_id, zone_id, capacity), update (capacity)
  on public.performance_zones to authenticated;
grant insert, update on public.performance_zones to service_role;

create policy "anyone reads the performance zones" on public.performance_zones
  for select to anon, authenticated using (true);
create policy "admins and managers with a second factor add performance zones"
  on public.performance_zones for insert to authenticated
  with check ((select auth.aal()) = 'aal2'
              and ((select auth.has_role('admin')) or (select auth.has_role('manager')))
              and held = 0 and sold = 0);
create policy "admins and managers with a second factor adjust capacities"
  on public.performance_zones for update to authenticated
  using ((select auth.aal()) = 'aal2'
         and ((select auth.has_role('admin')) or (select auth.has_role('manager'))))
  with check ((select auth.aal()) = 'aal2'
              and ((select auth.has_role('admin')) or (select auth.has_role('manager'))));
create policy "the service role reads the performance zones" on public.performance_zones
  for select to service_role using (true);
create policy "the service role adds performance zones" on public.performance_zones
  for insert to service_role with check (true);
create policy "the service role moves the counters" on public.performance_zones
  for update to service_role using (true) with check (true);

-- Sales rules: one row, as venue_settings.
grant select on public.sales_rules to anon, authenticated, service_role;
grant update (hold_minutes, max_party, cutoff_minutes, cancellation_deadline_hours,
              cancellation_fee_cents, updated_at)
  on public.sales_rules to authenticated;
create policy "anyone reads the sales rules" on public.sales_rules
  for select to anon, authenticated using (true);
create policy "admins and managers with a second factor change the sales rules"
  on public.sales_rules for update to authenticated
  using ((select auth.aal()) = 'aal2'
         and ((select auth.has_role('admin')) or (select auth.has_role('manager'))))
  with check ((select auth.aal()) = 'aal2'
              and ((select auth.has_role('admin')) or (select auth.has_role('manager'))));
create policy "the service role reads the sales rules" on public.sales_rules
  for select to service_role using (true);

-- ─── Bookings: grants and policies ─────────────────────────────────────────────────────────────
-- Request roles only read (a guest their own, staff at aal2 every one); anon reads nothing here
-- (a guest without an account will reach their booking through a secret link, run by the
-- service). The service role writes, never deletes: a booking is cancelled or expires.
grant select on public.bookings, public.booking_lines, public.booking_extras to authenticated;
grant select, insert, update on public.bookings to service_role;
grant select, insert on public.booking_lines, public.booking_extras to service_role;

create policy "guests read their own bookings" on public.bookings
  for select to authenticated using (user_id = (select auth.uid()));
create policy "staff with a second factor read every booking" on public.bookings
  for select to authenticated
  using ((select auth.aal()) = 'aal2'
         and ((select auth.has_role('admin')) or (select auth.has_role('manager'))
              or (select auth.has_role('box_office')) or (select auth.has_role('door'))));
create policy "the service role reads bookings" on public.bookings
  for select to service_role using (true);
create policy "the service role creates bookings" on public.bookings
  for insert to service_role with check (true);
create policy "the service role changes bookings" on public.bookings
  for update to service_role using (true) with check (true);

-- The lines and extras follow their booking: the booking's SELECT policies apply inside the
-- subquery, so "visible booking" is exactly the rule above.
create policy "guests and staff read the lines of the bookings they see" on public.booking_lines
  for select to authenticated
  using (exists (select 1 from public.bookings b where b.id = booking_id));
create policy "the service role reads booking lines" on public.booking_lines
  for select to service_role using (true);
create policy "the service role writes booking lines" on public.booking_lines
  for insert to service_role with check (true);

create policy "guests and staff read the extras of the bookings they see" on public.booking_extras
  for select to authenticated
  using (exists (select 1 from public.bookings b where b.id = booking_id));
create policy "the service role reads booking extras" on public.booking_extras
  for select to service_role using (true);
create policy "the service role writes booking extras" on public.booking_extras
  for insert to service_role with check (true);

create index booking_lines_booking_id_idx on public.booking_lines (booking_id);
create index booking_extras_booking_id_idx on public.booking_extras (booking_id);
