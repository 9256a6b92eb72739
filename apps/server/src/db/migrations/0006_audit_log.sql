-- The audit log of identity and access: security events and staff actions. Append-only for the
-- application: entries are written only through public.audit(), which takes the actor from the
-- request's role and claims itself (a caller cannot forge it), in the caller's transaction (an
-- action and its entry commit or roll back together). Nobody but the owner updates or deletes.

create table public.audit_log (
  id bigint generated always as identity primary key,
  -- Millisecond precision, so that a timestamp read back into JavaScript is exactly the stored
  -- one (listAudit's cursor compares it).
  at timestamptz(3) not null default now(),
  -- Who: the user (NULL for anonymous requests and the service role), the request's role, the
  -- staff roles and the session claimed by the access token.
  actor_id uuid,
  actor_role text not null check (length(actor_role) between 1 and 63),
  actor_roles text[] not null default '{}',
  session_id text check (length(session_id) <= 200),
  -- What: `auth.login.succeeded`, `venue.updated`, …
  action text not null check (action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$' and length(action) <= 100),
  target_type text check (target_type ~ '^[a-z][a-z0-9_]{0,59}$'),
  target_id text check (length(target_id) <= 200),
  -- From where.
  ip text check (length(ip) <= 64),
  user_agent text check (length(user_agent) <= 512),
  request_id text check (length(request_id) <= 200),
  before jsonb,
  after jsonb
);
create index audit_log_at_idx on public.audit_log (at desc);
create index audit_log_target_idx on public.audit_log (target_type, target_id);

alter table public.audit_log enable row level security;

-- Request roles read through the admin policy below; nobody writes but public.audit().
revoke all on public.audit_log from public, anon, authenticated, service_role;
grant select on public.audit_log to authenticated;

create policy "admins with a second factor read the audit log"
  on public.audit_log for select
  to authenticated
  using ((select auth.has_role('admin')) and (select auth.aal()) = 'aal2');

-- Beside the grants: an update, delete or truncate by anyone but the table's owner fails, even
-- if a grant or policy were added by mistake. Not SECURITY DEFINER: current_user is the caller.
create function public.audit_log_is_append_only() returns trigger
  language plpgsql
  set search_path = ''
as $$
begin
  if current_user <> (select r.rolname from pg_catalog.pg_class c
                        join pg_catalog.pg_roles r on r.oid = c.relowner
                       where c.oid = tg_relid) then
    raise exception 'the audit log is append-only (% refused)', lower(tg_op)
      using errcode = 'insufficient_privilege';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end
$$;
revoke all on function public.audit_log_is_append_only from public;

create trigger audit_log_no_update_or_delete
  before update or delete on public.audit_log
  for each row execute function public.audit_log_is_append_only();
create trigger audit_log_no_truncate
  before truncate on public.audit_log
  for each statement execute function public.audit_log_is_append_only();

-- Write an entry in the caller's transaction; returns its id. The actor is never a parameter:
-- the role is the session's current role (the `role` setting, which SECURITY DEFINER does not
-- change), and the user, staff roles and session come from the claims of an authenticated
-- request only. The user agent is truncated rather than refused.
create function public.audit(
  p_action text,
  p_target_type text default null,
  p_target_id text default null,
  p_before jsonb default null,
  p_after jsonb default null,
  p_ip text default null,
  p_user_agent text default null,
  p_request_id text default null
) returns bigint
  language plpgsql
  security definer
  set search_path = ''
as $$
declare
  v_role text := coalesce(nullif(current_setting('role', true), 'none'), session_user);
  v_authenticated boolean := v_role = 'authenticated';
  v_roles text[] := '{}';
  v_id bigint;
begin
  if v_authenticated and jsonb_typeof(auth.claims() -> 'roles') = 'array' then
    select coalesce(array_agg(value), '{}') into v_roles
      from jsonb_array_elements_text(auth.claims() -> 'roles');
  end if;
  insert into public.audit_log
    (actor_id, actor_role, actor_roles, session_id, action, target_type, target_id,
     ip, user_agent, request_id, before, after)
  values
    (case when v_authenticated then auth.uid() end,
     v_role,
     v_roles,
     case when v_authenticated then left(auth.claims() ->> 'session_id', 200) end,
     p_action, p_target_type, p_target_id,
     left(p_ip, 64), left(p_user_agent, 512), left(p_request_id, 200), p_before, p_after)
  returning id into v_id;
  return v_id;
end
$$;
revoke all on function public.audit from public;
grant execute on function public.audit to anon, authenticated, service_role;
