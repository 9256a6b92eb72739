-- Identity flows (#4): emailed single-use links, TOTP factors, recovery codes, consents, and the
-- staff administration policies on users.
--
-- Secrets (link tokens, recovery codes) are stored as SHA-256 hashes; the TOTP secret is sealed
-- by the application (AES-256-GCM, lib/secret-box.ts) and never granted to a request role.

-- One-time links sent by email: verify an address, reset a password, accept a staff invitation,
-- or set up the first admin. `email` is the address the link was sent to (for an email change,
-- the new address).
create table public.auth_links (
  id uuid primary key default gen_random_uuid(),
  kind text not null
    check (kind in ('email_verification', 'email_change', 'password_reset', 'invitation', 'setup')),
  user_id uuid references public.users (id) on delete cascade,
  email text check (length(email) between 3 and 254),
  token_hash bytea not null unique check (length(token_hash) = 32),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  check (kind = 'setup' or user_id is not null)
);
create index auth_links_user_id_idx on public.auth_links (user_id, kind);

-- A user's TOTP factor. Pending until the first code confirms it; `last_used_step` refuses the
-- replay of a code (and of any earlier one).
create table public.mfa_factors (
  user_id uuid primary key references public.users (id) on delete cascade,
  secret_sealed text not null,
  confirmed_at timestamptz,
  last_used_step bigint not null default 0,
  created_at timestamptz not null default now()
);

create table public.recovery_codes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  code_hash bytea not null check (length(code_hash) = 32),
  used_at timestamptz,
  created_at timestamptz not null default now(),
  unique (user_id, code_hash)
);

-- Consents, as given and withdrawn: a history, never updated; the latest row per kind holds.
create table public.consents (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.users (id) on delete cascade,
  kind text not null check (kind in ('terms', 'marketing_email', 'marketing_sms')),
  granted boolean not null,
  wording_version text not null check (length(wording_version) between 1 and 40),
  at timestamptz(3) not null default now(),
  ip text check (length(ip) <= 64)
);
create index consents_user_id_idx on public.consents (user_id, kind, at desc);

-- An erased account keeps its row (bookings kept for accounting point to it), without anything
-- personal: see erase in account.service.ts.
alter table public.users add column erased_at timestamptz;

alter table public.auth_links enable row level security;
alter table public.mfa_factors enable row level security;
alter table public.recovery_codes enable row level security;
alter table public.consents enable row level security;

-- ---------------------------------------------------------------------------------------------
-- Grants. The identity flows themselves (sign-up, sign-in, links, factors) run as service_role;
-- request roles read their own account data and admins manage staff, under the policies below.

grant select, insert, update on public.auth_links to service_role;
grant select, insert, update, delete on public.mfa_factors to service_role;
grant select, insert, update, delete on public.recovery_codes to service_role;
grant select, insert on public.consents to service_role;

grant select (user_id, confirmed_at, created_at) on public.mfa_factors to authenticated;
grant select (kind, granted, wording_version, at) on public.consents to authenticated;
grant select (erased_at) on public.users to authenticated;
-- The profile a user edits, and what an admin changes on a staff account.
grant update (display_name, locale, roles, disabled_at, updated_at) on public.users to authenticated;
grant insert (email, display_name, locale, roles) on public.users to authenticated;
-- An admin resets a colleague's second factor (lost phone).
grant delete on public.mfa_factors, public.recovery_codes to authenticated;
-- Which codes are left (never the hashes).
grant select (id, user_id, used_at, created_at) on public.recovery_codes to authenticated;

create policy "the service role reads links" on public.auth_links
  for select to service_role using (true);
create policy "the service role creates links" on public.auth_links
  for insert to service_role with check (true);
create policy "the service role uses links" on public.auth_links
  for update to service_role using (true) with check (true);

create policy "the service role reads factors" on public.mfa_factors
  for select to service_role using (true);
create policy "the service role enrols factors" on public.mfa_factors
  for insert to service_role with check (true);
create policy "the service role updates factors" on public.mfa_factors
  for update to service_role using (true) with check (true);
create policy "the service role removes factors" on public.mfa_factors
  for delete to service_role using (true);
create policy "users read their own factor" on public.mfa_factors
  for select to authenticated using (user_id = (select auth.uid()));
create policy "admins with a second factor read every factor" on public.mfa_factors
  for select to authenticated
  using ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2');

create policy "admins with a second factor reset factors" on public.mfa_factors
  for delete to authenticated
  using ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2');
create policy "admins with a second factor reset recovery codes" on public.recovery_codes
  for delete to authenticated
  using ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2');

create policy "users see which of their recovery codes are left" on public.recovery_codes
  for select to authenticated using (user_id = (select auth.uid()));
create policy "admins with a second factor see recovery codes left" on public.recovery_codes
  for select to authenticated
  using ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2');

create policy "the service role reads recovery codes" on public.recovery_codes
  for select to service_role using (true);
create policy "the service role issues recovery codes" on public.recovery_codes
  for insert to service_role with check (true);
create policy "the service role uses recovery codes" on public.recovery_codes
  for update to service_role using (true) with check (true);
create policy "the service role removes recovery codes" on public.recovery_codes
  for delete to service_role using (true);

create policy "the service role reads consents" on public.consents
  for select to service_role using (true);
create policy "the service role records consents" on public.consents
  for insert to service_role with check (true);
create policy "users read their own consents" on public.consents
  for select to authenticated using (user_id = (select auth.uid()));

create policy "users update their own profile" on public.users
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));
create policy "admins with a second factor update staff accounts" on public.users
  for update to authenticated
  using ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2')
  with check ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2');
create policy "admins with a second factor invite staff" on public.users
  for insert to authenticated
  with check ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2'
              and cardinality(roles) > 0);

create policy "admins with a second factor read every session" on public.sessions
  for select to authenticated
  using ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2');

-- Sessions are ended by the service role only (with their refresh tokens, in one transaction):
-- a request role that could write `revoked_at` could also clear it and revive a session.

-- A user may edit their own name and language, never their roles or whether they are disabled:
-- only an admin with a second factor changes those. Policies cannot compare old and new values,
-- so a trigger does, for request roles (the service role and the owner are trusted code).
create function public.users_guard_privileged_columns() returns trigger
  language plpgsql
  set search_path = ''
as $$
begin
  if coalesce(nullif(current_setting('role', true), 'none'), session_user) in ('anon', 'authenticated')
     and (new.roles is distinct from old.roles or new.disabled_at is distinct from old.disabled_at)
     and not ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2') then
    raise exception 'only an admin with a second factor changes roles or disables an account'
      using errcode = 'insufficient_privilege';
  end if;
  -- An admin never removes their own admin role or disables themselves: someone must remain.
  if new.id = (select auth.uid())
     and ((old.roles @> array['admin'] and not new.roles @> array['admin'])
          or (old.disabled_at is null and new.disabled_at is not null)) then
    raise exception 'an admin cannot demote or disable their own account'
      using errcode = 'insufficient_privilege';
  end if;
  new.updated_at := now();
  return new;
end
$$;
revoke all on function public.users_guard_privileged_columns from public;

create trigger users_guard_privileged_columns
  before update on public.users
  for each row execute function public.users_guard_privileged_columns();

-- Housekeeping (a scheduled job): links long expired, sessions ended or idle past their life.
create function public.auth_cleanup(idle_days integer default 30) returns integer
  language plpgsql
  security definer
  set search_path = ''
as $$
declare
  v_count integer := 0;
  v_n integer;
begin
  delete from public.auth_links where expires_at < now() - interval '7 days';
  get diagnostics v_n = row_count;
  v_count := v_count + v_n;
  update public.sessions set revoked_at = now(), revoked_reason = 'idle_timeout'
   where revoked_at is null and last_seen_at < now() - make_interval(days => idle_days);
  get diagnostics v_n = row_count;
  v_count := v_count + v_n;
  delete from public.sessions where revoked_at < now() - interval '90 days';
  get diagnostics v_n = row_count;
  return v_count + v_n;
end
$$;
revoke all on function public.auth_cleanup(integer) from public;
grant execute on function public.auth_cleanup(integer) to service_role;

-- Whether a bucket is already over its limit in the current window, without counting a hit: the
-- sign-in checks it before the password, and counts only failures (rate_limit_hit).
create function public.rate_limit_peek(p_bucket text, p_limit integer, p_window_seconds integer)
  returns table (blocked boolean, retry_after_seconds integer)
  language sql
  stable
  security definer
  set search_path = ''
as $$
  with w as (
    select to_timestamp(floor(extract(epoch from clock_timestamp()) / p_window_seconds)
                        * p_window_seconds) as start
  )
  select coalesce(h.hits >= p_limit, false),
         case when coalesce(h.hits >= p_limit, false)
              then greatest(ceil(extract(epoch from (h.expires_at - clock_timestamp())))::integer, 1)
              else 0 end
    from w left join public.rate_limit_hits h
      on h.bucket = p_bucket and h.window_start = w.start
$$;
revoke all on function public.rate_limit_peek(text, integer, integer) from public;
grant execute on function public.rate_limit_peek(text, integer, integer)
  to anon, authenticated, service_role;
