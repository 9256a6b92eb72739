-- The sales rules the engine did not apply yet (#5): the cancellation fee, and the end of manage
-- links.
--
-- * bookings.cancellation_fee_cents: what a guest who cancelled a confirmed booking owes under the
--   sales rules of that moment (sales_rules.cancellation_fee_cents), recorded with the
--   cancellation so that the amount stays what the guest was shown, even if the rules change. Null
--   when nothing is owed (a hold, a cancellation by the venue, a free cancellation). Payment is at
--   the venue for now: the fee is a record for the box office, not a charge.
-- * booking_links_cleanup(): the hourly housekeeping removes manage links whose evening is over
--   (they no longer open anything), as rate_limit_cleanup and auth_cleanup do for their tables.

alter table public.bookings
  add column cancellation_fee_cents integer check (cancellation_fee_cents > 0);

create function public.booking_links_cleanup() returns integer
  language sql
  volatile
  security definer
  set search_path = ''
as $$
  with removed as (
    delete from public.booking_links where expires_at < now() returning 1
  )
  select count(*)::integer from removed
$$;

revoke all on function public.booking_links_cleanup() from public;
grant execute on function public.booking_links_cleanup() to service_role;
