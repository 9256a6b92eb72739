-- The guest's language, phone-only bookings and walk-ins (#14, items 2 and 8).
--
-- * bookings.locale: the language the guest booked in (the web app's, or the one box office
--   chose for a phone booking). Every email and SMS about the booking is written in it, whoever
--   causes it (a change by staff in French still writes to an English guest in English).
-- * A booking that owns places needs someone to tell: a name and an email OR a phone number (a
--   phone booking need not have an email; no email is then sent, and staff are told).
-- * bookings.source 'walk_in': a party seated tonight without a booking. It has no contact at all
--   (the party stands at the table), and is checked in from the start.
-- * booking_with_parts gains what the guest's view states before commitment: the language, the
--   source, how it is paid and the cancellation deadline under the sales rules (starts_at − deadline hours).

alter table public.bookings
  add column locale text not null default 'fr' check (locale in ('fr', 'en'));

alter table public.bookings
  drop constraint bookings_source_check,
  add constraint bookings_source_check check (source in ('web', 'phone', 'admin', 'walk_in'));

alter table public.bookings
  drop constraint bookings_check,
  add constraint bookings_contact_check check (
    status in ('held', 'expired', 'cancelled')
    or source = 'walk_in'
    or (contact_name is not null and (contact_email is not null or contact_phone is not null)));

drop function public.booking_with_parts(uuid);

-- As migration 0020's, with locale, source, "paymentMethod" and "cancellationDeadline".
create function public.booking_with_parts(p_id uuid)
  returns table (
    id uuid, reference text, status text, "partySize" integer, "totalCents" integer,
    "expiresAt" timestamptz, "createdAt" timestamptz, "userId" uuid, "performanceId" uuid,
    "contactName" text, "contactEmail" text, "contactPhone" text, "guestDetails" jsonb,
    occasion text, locale text, source text, "paymentMethod" text, "recordedFeeCents" integer, "rulesFeeCents" integer,
    "cancellationDeadline" timestamptz, "maxParty" integer,
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
         b.contact_phone, b.guest_details, b.occasion, b.locale, b.source, b.payment_method,
         b.cancellation_fee_cents, r.cancellation_fee_cents,
         p.starts_at - make_interval(hours => r.cancellation_deadline_hours), r.max_party,
         p.starts_at, p.doors_at, s.id, s.slug::text,
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
