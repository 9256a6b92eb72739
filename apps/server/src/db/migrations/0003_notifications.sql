-- The notification service's outbox and delivery log (ADR 0007). A notification row is written in
-- the same transaction as the change that causes it, together with its graphile-worker job, by
-- enqueue_notification(): a rollback sends nothing, a commit always sends eventually.

create type public.notification_channel as enum ('email', 'sms', 'push');
create type public.notification_status as enum
  ('queued', 'sending', 'sent', 'failed', 'dead', 'cancelled');

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  -- The caller's idempotency key: enqueueing twice with the same key yields one notification.
  idempotency_key text not null unique check (length(idempotency_key) between 1 and 200),
  kind text not null check (kind ~ '^[a-z_]{1,60}$'),
  channel public.notification_channel not null,
  recipient text not null check (length(recipient) between 1 and 2000),
  locale text not null check (locale in ('fr', 'en')),
  data jsonb not null default '{}',
  status public.notification_status not null default 'queued',
  attempts integer not null default 0,
  max_attempts integer not null check (max_attempts between 1 and 25),
  last_error text,
  -- Recorded before the job is acknowledged: a retry that finds it does not send again.
  provider_message_id text,
  send_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  sent_at timestamptz
);
create index notifications_created_at_idx on public.notifications (created_at desc);
create index notifications_status_idx on public.notifications (status, created_at desc);

create table public.notification_events (
  id bigint generated always as identity primary key,
  notification_id uuid not null references public.notifications (id) on delete cascade,
  at timestamptz not null default now(),
  status public.notification_status not null,
  detail text
);
create index notification_events_notification_idx on public.notification_events (notification_id, at);

-- Web Push subscriptions of a device (guests and staff). Owned by an account once accounts exist.
create table public.push_subscriptions (
  id uuid primary key default gen_random_uuid(),
  endpoint text not null unique check (endpoint ~ '^https?://' and length(endpoint) <= 2000),
  p256dh text not null check (length(p256dh) <= 200),
  auth text not null check (length(auth) <= 100),
  locale text not null default 'fr' check (locale in ('fr', 'en')),
  user_id uuid,
  created_at timestamptz not null default now()
);

-- Phone numbers that answered STOP: no SMS is sent to them.
create table public.sms_opt_outs (
  phone text primary key check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  created_at timestamptz not null default now()
);

-- Worker processes announce themselves; a worker whose heartbeat stops (SIGKILL, lost machine)
-- has its jobs unlocked by a live one (graphile-worker itself would wait four hours).
create table public.queue_workers (
  worker_id text primary key,
  process_id text not null,
  heartbeat_at timestamptz not null default now()
);

alter table public.notifications enable row level security;
alter table public.notification_events enable row level security;
alter table public.push_subscriptions enable row level security;
alter table public.sms_opt_outs enable row level security;
alter table public.queue_workers enable row level security;

-- Guests and staff never touch the log directly until accounts exist (#4): the service role
-- (workers and staff endpoints) does.
grant select, update on public.notifications to service_role;
grant select, insert on public.notification_events to service_role;
grant select, insert, delete on public.push_subscriptions to service_role;
grant select, insert, delete on public.sms_opt_outs to service_role;

create policy "the service role reads notifications"
  on public.notifications for select to service_role using (true);
create policy "the service role updates notifications"
  on public.notifications for update to service_role using (true) with check (true);
create policy "the service role reads notification events"
  on public.notification_events for select to service_role using (true);
create policy "the service role records notification events"
  on public.notification_events for insert to service_role with check (true);
create policy "the service role reads push subscriptions"
  on public.push_subscriptions for select to service_role using (true);
create policy "the service role adds push subscriptions"
  on public.push_subscriptions for insert to service_role with check (true);
create policy "the service role removes push subscriptions"
  on public.push_subscriptions for delete to service_role using (true);
create policy "the service role reads SMS opt-outs"
  on public.sms_opt_outs for select to service_role using (true);
create policy "the service role records SMS opt-outs"
  on public.sms_opt_outs for insert to service_role with check (true);
create policy "the service role removes SMS opt-outs"
  on public.sms_opt_outs for delete to service_role using (true);
-- Any device may register for push (the browser's endpoint is a capability URL), attached to the
-- signed-in user if there is one. Re-registering the same endpoint refreshes its keys. Request
-- roles have no privilege on the table itself: nobody but the service reads subscriptions back.
create function public.register_push_subscription(
  p_endpoint text, p_p256dh text, p_auth text, p_locale text
) returns void
  language sql
  security definer
  set search_path = ''
as $$
  insert into public.push_subscriptions (endpoint, p256dh, auth, locale, user_id)
  values (p_endpoint, p_p256dh, p_auth, p_locale, auth.uid())
  on conflict (endpoint) do update
    set p256dh = excluded.p256dh, auth = excluded.auth, locale = excluded.locale,
        user_id = coalesce(excluded.user_id, public.push_subscriptions.user_id)
$$;
revoke all on function public.register_push_subscription from public;
grant execute on function public.register_push_subscription to anon, authenticated, service_role;

-- Unsubscribing proves ownership by knowing the endpoint.
create function public.remove_push_subscription(p_endpoint text) returns boolean
  language sql
  security definer
  set search_path = ''
as $$
  with removed as (delete from public.push_subscriptions where endpoint = p_endpoint returning 1)
  select exists (select 1 from removed)
$$;
revoke all on function public.remove_push_subscription from public;
grant execute on function public.remove_push_subscription to anon, authenticated, service_role;

-- queue_workers: no grant, no policy — only the worker infrastructure (the owner) touches it.

-- Enqueue a notification and its delivery job in the caller's transaction. SECURITY DEFINER so
-- that any request role can cause a message without any right on the log or the queue; the
-- search_path is empty so that nothing can be shadowed.
create function public.enqueue_notification(
  p_kind text,
  p_channel public.notification_channel,
  p_recipient text,
  p_locale text,
  p_data jsonb,
  p_max_attempts integer,
  p_send_at timestamptz default null,
  p_idempotency_key text default null
) returns uuid
  language plpgsql
  security definer
  set search_path = ''
as $$
declare
  v_id uuid;
  v_key text := coalesce(p_idempotency_key, gen_random_uuid()::text);
begin
  insert into public.notifications
    (idempotency_key, kind, channel, recipient, locale, data, max_attempts, send_at)
  values
    (v_key, p_kind, p_channel, p_recipient, p_locale, coalesce(p_data, '{}'), p_max_attempts,
     coalesce(p_send_at, now()))
  on conflict (idempotency_key) do nothing
  returning id into v_id;

  if v_id is null then
    select id into v_id from public.notifications where idempotency_key = v_key;
    return v_id;
  end if;

  insert into public.notification_events (notification_id, status) values (v_id, 'queued');
  perform graphile_worker.add_job(
    'deliver_notification',
    json_build_object('id', v_id),
    run_at := coalesce(p_send_at, now()),
    max_attempts := p_max_attempts,
    job_key := 'notification:' || v_id
  );
  return v_id;
end
$$;

revoke all on function public.enqueue_notification from public;
grant execute on function public.enqueue_notification to anon, authenticated, service_role;

-- Cancel a scheduled notification that has not been sent yet; true when it was cancelled.
create function public.cancel_notification(p_id uuid) returns boolean
  language plpgsql
  security definer
  set search_path = ''
as $$
begin
  update public.notifications
     set status = 'cancelled', updated_at = now()
   where id = p_id and status in ('queued', 'failed');
  if not found then
    return false;
  end if;
  insert into public.notification_events (notification_id, status) values (p_id, 'cancelled');
  perform graphile_worker.remove_job('notification:' || p_id);
  return true;
end
$$;

revoke all on function public.cancel_notification from public;
grant execute on function public.cancel_notification to service_role;

-- Send a failed, dead or cancelled notification again, with a fresh set of attempts.
create function public.resend_notification(p_id uuid) returns boolean
  language plpgsql
  security definer
  set search_path = ''
as $$
declare
  v_max integer;
begin
  update public.notifications
     set status = 'queued', attempts = 0, last_error = null, send_at = now(), updated_at = now()
   where id = p_id and status in ('failed', 'dead', 'cancelled')
  returning max_attempts into v_max;
  if not found then
    return false;
  end if;
  insert into public.notification_events (notification_id, status, detail)
  values (p_id, 'queued', 'resent by staff');
  perform graphile_worker.add_job(
    'deliver_notification',
    json_build_object('id', p_id),
    max_attempts := v_max,
    job_key := 'notification:' || p_id
  );
  return true;
end
$$;

revoke all on function public.resend_notification from public;
grant execute on function public.resend_notification to service_role;
