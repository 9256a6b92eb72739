-- Roles and the request-claims plumbing of Row Level Security (ADR 0004).
--
-- anon, authenticated and service_role own nothing and log in never. The API's login role
-- (ladiva_api, created at start, see roles.ts) is a member of the three, NOINHERIT: it has no
-- privilege of its own until a transaction does `set_config('role', …, true)`.
-- Roles are cluster-wide: creating them tolerates another database having done it first.
do $$
declare
  r text;
begin
  foreach r in array array['anon', 'authenticated', 'service_role'] loop
    begin
      execute format('create role %I nologin noinherit nobypassrls', r);
    exception
      when duplicate_object or unique_violation then null;
    end;
  end loop;
end
$$;

-- Nobody but the owner creates objects in public; the app roles only use it.
revoke create on schema public from public;
grant usage on schema public to anon, authenticated, service_role;

create schema auth;
grant usage on schema auth to anon, authenticated, service_role;

-- The claims of the current request, as set by withRequestContext(). On a pooled connection an
-- unset transaction-local setting reads as '' rather than NULL, hence the nullif.
create function auth.claims() returns jsonb
  language sql stable
  set search_path = ''
as $$
  select coalesce(nullif(current_setting('request.jwt.claims', true), '')::jsonb, '{}'::jsonb)
$$;

-- The authenticated user's id, or NULL (anonymous, or a subject that is not a uuid).
create function auth.uid() returns uuid
  language sql stable
  set search_path = ''
as $$
  select case
    when auth.claims() ->> 'sub' ~ '^[0-9a-fA-F-]{36}$' then (auth.claims() ->> 'sub')::uuid
  end
$$;

-- anon, authenticated or service_role, as claimed.
create function auth.role() returns text
  language sql stable
  set search_path = ''
as $$
  select coalesce(auth.claims() ->> 'role', 'anon')
$$;

-- Authenticator assurance level: aal1 (password) or aal2 (second factor verified).
create function auth.aal() returns text
  language sql stable
  set search_path = ''
as $$
  select coalesce(auth.claims() ->> 'aal', 'aal1')
$$;

-- Whether the request carries a staff role (admin, manager, box_office, door, kitchen).
create function auth.has_role(wanted text) returns boolean
  language sql stable
  set search_path = ''
as $$
  select coalesce(jsonb_typeof(auth.claims() -> 'roles') = 'array'
                  and (auth.claims() -> 'roles') ? wanted, false)
$$;

revoke all on all functions in schema auth from public;
grant execute on all functions in schema auth to anon, authenticated, service_role;
