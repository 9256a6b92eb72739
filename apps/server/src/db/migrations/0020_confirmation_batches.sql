-- The second half of a rush, confirmations, in bulk (issue #13, ADR 0025).
--
-- * enqueue_notifications: notifications enqueued in bulk: a batch of confirmations queues its emails
-- with ONE call, set-based — one insert of the notifications, one of their 'queued' events, one
-- graphile_worker.add_jobs — instead of one enqueue_notification (three statements and a job
-- insert) per email. Same rules as enqueue_notification (0019): a notification already enqueued
-- under its idempotency key stands and nothing new is queued for it; secrets arrive sealed.

create function public.enqueue_notifications(p_rows jsonb) returns setof uuid
  language plpgsql
  security definer
  set search_path = ''
as $$
declare
  v_ids uuid[];
begin
  with input as (
    select coalesce(r.id, gen_random_uuid()) as id,
           coalesce(r.key, gen_random_uuid()::text) as key,
           r.kind, r.channel::public.notification_channel as channel, r.recipient, r.locale,
           coalesce(r.data, '{}') as data, r.secrets, r.max_attempts,
           coalesce(r.send_at, now()) as send_at
      from jsonb_to_recordset(p_rows)
           as r(id uuid, key text, kind text, channel text, recipient text, locale text,
                data jsonb, secrets text, max_attempts integer, send_at timestamptz)
  ), inserted as (
    insert into public.notifications
      (id, idempotency_key, kind, channel, recipient, locale, data, secrets, max_attempts, send_at)
    select id, key, kind, channel, recipient, locale, data, secrets, max_attempts, send_at
      from input
    on conflict (idempotency_key) do nothing
    returning id, send_at, max_attempts
  )
  select array_agg(i.id) into v_ids from inserted i;

  if v_ids is null then
    return;
  end if;
  insert into public.notification_events (notification_id, status)
  select unnest(v_ids), 'queued';
  -- The queue's schema is graphile-worker's own, migrated after ours: named only in statements,
  -- which PL/pgSQL resolves when they first run.
  perform graphile_worker.add_jobs(array(
    select row('deliver_notification', json_build_object('id', n.id), null, n.send_at,
               n.max_attempts, 'notification:' || n.id, null, null)::graphile_worker.job_spec
      from public.notifications n
     where n.id = any(v_ids)));
  return query select unnest(v_ids);
end
$$;

revoke all on function public.enqueue_notifications(jsonb) from public;
grant execute on function public.enqueue_notifications(jsonb) to service_role;

-- A booking with everything its guest view shows (booking-view.repository.ts): the booking, its
-- performance, show and rules' verdicts, its lines, extras and tables, in one row. A function so
-- that each connection plans it once: the confirmation answered to every guest of a rush reads it.
-- SECURITY INVOKER: the caller's policies decide (the service role reads every booking, after the
-- engine's own access check).
create function public.booking_with_parts(p_id uuid)
  returns table (
    id uuid, reference text, status text, "partySize" integer, "totalCents" integer,
    "expiresAt" timestamptz, "createdAt" timestamptz, "userId" uuid, "performanceId" uuid,
    "contactName" text, "contactEmail" text, "contactPhone" text, "guestDetails" jsonb,
    occasion text, "recordedFeeCents" integer, "rulesFeeCents" integer, "maxParty" integer,
    "startsAt" timestamptz, "doorsAt" timestamptz, "showId" uuid, "showSlug" text,
    "showTitleFr" text, "showTitleEn" text, "durationMinutes" integer,
    "performanceAhead" boolean, "guestMayCancel" boolean, "salesOpen" boolean,
    lines json, extras json, tables json)
  language plpgsql
  stable
  security invoker
  set search_path = ''
  set enable_seqscan = off
as $$
begin
  return query
  select b.id, b.reference, b.status::text, b.party_size, b.total_cents, b.expires_at,
         b.created_at, b.user_id, b.performance_id, b.contact_name, b.contact_email,
         b.contact_phone, b.guest_details, b.occasion, b.cancellation_fee_cents,
         r.cancellation_fee_cents, r.max_party, p.starts_at, p.doors_at, s.id, s.slug::text,
         s.title_fr, s.title_en, s.duration_minutes,
         p.status <> 'cancelled' and now() < p.starts_at,
         now() < p.starts_at - make_interval(hours => r.cancellation_deadline_hours),
         p.status = 'on_sale' and not p.sales_closed
           and now() < p.starts_at - make_interval(mins => r.cutoff_minutes),
         coalesce((select json_agg(json_build_object(
                    'formulaId', l.formula_id, 'formulaNameFr', f.name_fr, 'formulaNameEn', f.name_en,
                    'zoneId', l.zone_id, 'zoneNameFr', z.name_fr, 'zoneNameEn', z.name_en,
                    'guests', l.guests, 'unitPriceCents', l.unit_price_cents,
                    'arrivalTime', p.starts_at - make_interval(mins => f.arrival_minutes_before))
                    order by z.sort, f.sort, l.id)
                     from public.booking_lines l
                     join public.formulas f on f.id = l.formula_id
                     join public.zones z on z.id = l.zone_id
                    where l.booking_id = b.id), '[]'),
         coalesce((select json_agg(json_build_object(
                    'extraId', be.extra_id, 'nameFr', e.name_fr, 'nameEn', e.name_en,
                    'quantity', be.quantity, 'unitPriceCents', be.unit_price_cents)
                    order by e.sort, be.id)
                     from public.booking_extras be join public.extras e on e.id = be.extra_id
                    where be.booking_id = b.id), '[]'),
         coalesce((select json_agg(vt.label order by vt.label)
                     from public.booking_tables bt join public.venue_tables vt on vt.id = bt.table_id
                    where bt.booking_id = b.id), '[]')
    from public.bookings b
    join public.performances p on p.id = b.performance_id
    join public.shows s on s.id = p.show_id
    cross join public.sales_rules r
   where b.id = p_id;
end
$$;

revoke all on function public.booking_with_parts(uuid) from public;
grant execute on function public.booking_with_parts(uuid) to service_role;
