-- The venue's identity and contact details: one row, read by everyone, changed by admins.
create table public.venue_settings (
  id boolean primary key default true check (id),
  name text not null check (length(name) between 1 and 120),
  tagline_fr text not null check (length(tagline_fr) between 1 and 200),
  tagline_en text not null check (length(tagline_en) between 1 and 200),
  timezone text not null default 'Europe/Paris',
  currency char(3) not null default 'EUR',
  email text check (length(email) <= 254),
  phone text check (length(phone) <= 24),
  address text check (length(address) <= 300),
  updated_at timestamptz not null default now()
);

alter table public.venue_settings enable row level security;

grant select on public.venue_settings to anon, authenticated, service_role;
grant update (name, tagline_fr, tagline_en, email, phone, address, updated_at)
  on public.venue_settings to authenticated, service_role;

create policy "anyone reads the venue settings"
  on public.venue_settings for select
  to anon, authenticated
  using (true);

create policy "admins with a second factor update the venue settings"
  on public.venue_settings for update
  to authenticated
  using ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2')
  with check ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2');

create policy "the service role reads the venue settings"
  on public.venue_settings for select
  to service_role
  using (true);

create policy "the service role updates the venue settings"
  on public.venue_settings for update
  to service_role
  using (true)
  with check (true);

insert into public.venue_settings (name, tagline_fr, tagline_en, email, phone, address)
values (
  'La Diva Cabaret',
  'Dîner-spectacle, plumes et champagne au cœur de Paris',
  'Dinner, feathers and champagne in the heart of Paris',
  'bonsoir@ladiva-cabaret.fr',
  '+33 1 42 00 00 00',
  '12 rue des Martyrs, 75009 Paris'
);
