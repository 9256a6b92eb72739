-- Emailed links are not kept in clear (issue #12, ADR 0019). A notification's payload (`data`)
-- stays readable for the delivery log; the values that open something (a reset, an invitation, a
-- manage link…) travel apart, sealed by the application with AES-256-GCM (lib/secret-box.ts) and
-- bound to the notification's id, in `secrets`. The worker opens them when it renders the message.
--
-- * secrets: the sealed JSON object of secret template values, or null.
-- * secrets_purged_at: when they were dropped. A trigger drops them in the very statement that
--   ends the notification (sent, dead or cancelled), whatever code path wrote it, so a backup taken
--   afterwards holds nothing that opens anything. A notification whose secrets are gone cannot be
--   sent again: the person asks for a new link.
--
-- Grants and policies are unchanged: the table is the service role's alone (0003), which reads
-- and updates every column; request roles reach it only through enqueue_notification().

alter table public.notifications
  add column secrets text check (length(secrets) between 1 and 20000),
  add column secrets_purged_at timestamptz;

create function public.notifications_purge_secrets() returns trigger
  language plpgsql
  set search_path = ''
as $$
begin
  if new.status in ('sent', 'dead', 'cancelled') and new.secrets is not null then
    new.secrets := null;
    new.secrets_purged_at := now();
  end if;
  return new;
end
$$;
revoke all on function public.notifications_purge_secrets from public;

-- What earlier versions left in clear: the links of messages already ended go now. (Messages
-- still waiting keep theirs in `data` until they leave: they were enqueued that way.)
update public.notifications
   set data = data - array['verifyUrl', 'resetUrl', 'acceptUrl', 'manageUrl'],
       secrets_purged_at = now()
 where status in ('sent', 'dead', 'cancelled')
   and data ?| array['verifyUrl', 'resetUrl', 'acceptUrl', 'manageUrl'];

create trigger notifications_purge_secrets
  before update on public.notifications
  for each row execute function public.notifications_purge_secrets();

-- enqueue_notification() gains the notification's id (chosen by the caller, who seals the secrets
-- against it before the row exists) and the sealed secrets. Dropped and created again rather than
-- overloaded: two signatures with defaults would make every call ambiguous.
drop function public.enqueue_notification(
  text, public.notification_channel, text, text, jsonb, integer, timestamptz, text);

create function public.enqueue_notification(
  p_kind text,
  p_channel public.notification_channel,
  p_recipient text,
  p_locale text,
  p_data jsonb,
  p_max_attempts integer,
  p_send_at timestamptz default null,
  p_idempotency_key text default null,
  p_id uuid default null,
  p_secrets text default null
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
    (id, idempotency_key, kind, channel, recipient, locale, data, secrets, max_attempts, send_at)
  values
    (coalesce(p_id, gen_random_uuid()), v_key, p_kind, p_channel, p_recipient, p_locale,
     coalesce(p_data, '{}'), p_secrets, p_max_attempts, coalesce(p_send_at, now()))
  on conflict (idempotency_key) do nothing
  returning id into v_id;

  -- Enqueued before under this key: that notification stands (these secrets are not kept).
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

-- Resend now says why it refused: 'resent', 'not_found', 'not_resendable' (its status) or
-- 'secrets_purged' (its link is gone). A new return type, so dropped and created again.
drop function public.resend_notification(uuid);

create function public.resend_notification(p_id uuid) returns text
  language plpgsql
  security definer
  set search_path = ''
as $$
declare
  v_status public.notification_status;
  v_purged timestamptz;
  v_max integer;
begin
  select status, secrets_purged_at, max_attempts into v_status, v_purged, v_max
    from public.notifications where id = p_id for update;
  if not found then
    return 'not_found';
  end if;
  if v_status not in ('failed', 'dead', 'cancelled') then
    return 'not_resendable';
  end if;
  if v_purged is not null then
    return 'secrets_purged';
  end if;
  update public.notifications
     set status = 'queued', attempts = 0, last_error = null, send_at = now(), updated_at = now()
   where id = p_id;
  insert into public.notification_events (notification_id, status, detail)
  values (p_id, 'queued', 'resent by staff');
  perform graphile_worker.add_job(
    'deliver_notification',
    json_build_object('id', p_id),
    max_attempts := v_max,
    job_key := 'notification:' || p_id
  );
  return 'resent';
end
$$;

revoke all on function public.resend_notification from public;
grant execute on function public.resend_notification to service_role;
