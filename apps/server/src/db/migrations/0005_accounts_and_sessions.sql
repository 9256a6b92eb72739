-- Accounts, sessions and rotating refresh tokens (DESIGN.md, Security; Identity and access #4).
--
-- Secrets never leave the service role: request roles have no privilege on password_hash (column
-- grants) and none at all on refresh_tokens. A refresh token is stored only as the SHA-256 of the
-- opaque value handed to the client.

create table public.users (
  id uuid primary key default gen_random_uuid(),
  -- Kept as typed; uniqueness is case-insensitive (the index below), as citext would give.
  email text not null check (length(email) between 3 and 254 and email = btrim(email)),
  -- argon2id in PHC form; null for an account that has no password yet (invited staff).
  password_hash text check (password_hash ~ '^\$argon2id\$'),
  email_verified_at timestamptz,
  locale text not null default 'fr' check (locale in ('fr', 'en')),
  display_name text check (length(display_name) between 1 and 120),
  -- Staff roles (request-context.ts STAFF_ROLES); empty for a guest.
  roles text[] not null default '{}'
    check (roles <@ array['admin', 'manager', 'box_office', 'door', 'kitchen']::text[]),
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_email_lower_key on public.users (lower(email));

create table public.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  aal text not null default 'aal1' check (aal in ('aal1', 'aal2')),
  ip inet,
  -- A summary for the "your sessions" list, never the full header.
  user_agent text check (length(user_agent) <= 200),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoked_reason text check (revoked_reason ~ '^[a-z_]{1,60}$'),
  check ((revoked_at is null) = (revoked_reason is null))
);
create index sessions_user_id_idx on public.sessions (user_id, created_at desc);

create table public.refresh_tokens (
  id uuid primary key default gen_random_uuid(),
  session_id uuid not null references public.sessions (id) on delete cascade,
  -- Every token descending from one issue shares the family of the first.
  family_id uuid not null,
  token_hash bytea not null unique check (length(token_hash) = 32),
  parent_id uuid references public.refresh_tokens (id) on delete cascade,
  created_at timestamptz not null default now(),
  -- When it was exchanged for a child (or superseded by a sibling in the grace window).
  used_at timestamptz,
  revoked_at timestamptz
);
create index refresh_tokens_session_id_idx on public.refresh_tokens (session_id);
create index refresh_tokens_parent_id_idx on public.refresh_tokens (parent_id);
-- The invariant of rotation, enforced rather than hoped for: a family has at most one token that
-- can still be exchanged.
create unique index refresh_tokens_one_active_per_family
  on public.refresh_tokens (family_id)
  where used_at is null and revoked_at is null;

alter table public.users enable row level security;
alter table public.sessions enable row level security;
alter table public.refresh_tokens enable row level security;

-- Request roles: every column of users but the password hash; sessions hold no secret. anon gets
-- nothing; refresh_tokens gets no request-role grant at all.
grant select (id, email, email_verified_at, locale, display_name, roles, disabled_at, created_at,
              updated_at)
  on public.users to authenticated;
grant select on public.sessions to authenticated;

grant select, insert, update on public.users to service_role;
grant select, insert, update on public.sessions to service_role;
grant select, insert, update on public.refresh_tokens to service_role;

create policy "users read their own account"
  on public.users for select
  to authenticated
  using (id = (select auth.uid()));

create policy "admins with a second factor read every account"
  on public.users for select
  to authenticated
  using ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2');

create policy "users read their own sessions"
  on public.sessions for select
  to authenticated
  using (user_id = (select auth.uid()));

create policy "the service role reads accounts"
  on public.users for select to service_role using (true);
create policy "the service role creates accounts"
  on public.users for insert to service_role with check (true);
create policy "the service role updates accounts"
  on public.users for update to service_role using (true) with check (true);

create policy "the service role reads sessions"
  on public.sessions for select to service_role using (true);
create policy "the service role creates sessions"
  on public.sessions for insert to service_role with check (true);
create policy "the service role updates sessions"
  on public.sessions for update to service_role using (true) with check (true);

create policy "the service role reads refresh tokens"
  on public.refresh_tokens for select to service_role using (true);
create policy "the service role issues refresh tokens"
  on public.refresh_tokens for insert to service_role with check (true);
create policy "the service role rotates and revokes refresh tokens"
  on public.refresh_tokens for update to service_role using (true) with check (true);
