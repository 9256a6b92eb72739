-- The second-factor challenge of a sign-in opens one session, once (issue #12). The challenge is a
-- signed token valid five minutes (challenge-tokens.ts); its id (jti) is recorded here in the
-- transaction that accepts a code with it, before the code is checked. A second use finds the row
-- — a concurrent one waits on the first's uncommitted insert, then finds it — and is refused; a
-- wrong code rolls the row back, so a mistyped code does not spend the challenge.
create table public.used_mfa_challenges (
  jti uuid primary key,
  user_id uuid not null references public.users (id) on delete cascade,
  -- When the challenge itself expires: after that its signature refuses it, and the row can go.
  expires_at timestamptz not null,
  used_at timestamptz not null default now()
);
-- The housekeeping's delete; and the cascade of an account's erasure.
create index used_mfa_challenges_expires_at_idx on public.used_mfa_challenges (expires_at);
create index used_mfa_challenges_user_id_idx on public.used_mfa_challenges (user_id);

alter table public.used_mfa_challenges enable row level security;

-- Sign-in runs as the service role; no request role ever sees a challenge.
grant select, insert on public.used_mfa_challenges to service_role;
create policy "the service role reads spent challenges" on public.used_mfa_challenges
  for select to service_role using (true);
create policy "the service role spends challenges" on public.used_mfa_challenges
  for insert to service_role with check (true);

-- The hourly housekeeping (migration 0007) also forgets spent challenges once they have expired.
create or replace function public.auth_cleanup(idle_days integer default 30) returns integer
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
  v_count := v_count + v_n;
  delete from public.used_mfa_challenges where expires_at < now();
  get diagnostics v_n = row_count;
  return v_count + v_n;
end
$$;
