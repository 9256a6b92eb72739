-- An idempotency key stands for one request (issue #12): reused with another body it is refused,
-- as payment APIs do, instead of answering the booking the first body made (a party of 2 when 3
-- were asked).
--
-- * bookings.idempotency_fingerprint: SHA-256 (hex) of the request the key came with, as the
--   engine normalises it (booking.service.ts: performance, lines and extras merged and sorted,
--   source, and for a phone booking the guest's details). Null without a key, and for bookings
--   made before this migration (their keys replay as before).
-- * hold_batch (migration 0011, unchanged otherwise): each hold may carry a `fingerprint`, stored
--   with its key; a replay — committed earlier, earlier in the same batch, or by a concurrent
--   batch — whose booking has another fingerprint answers `key_reused` and takes nothing.

alter table public.bookings
  add column idempotency_fingerprint text check (idempotency_fingerprint ~ '^[0-9a-f]{64}$');

create or replace function public.hold_batch(p_performance_id uuid, p_holds jsonb)
  returns table (
    ord integer,
    outcome text,
    booking_id uuid,
    reference text,
    status text,
    expires_at timestamptz,
    party_size integer,
    total_cents integer,
    user_id uuid,
    performance_id uuid,
    detail jsonb
  )
  language plpgsql
  volatile
  security invoker
  set search_path = ''
  -- Every read here is by key. A plan cached while a table was small (a new database, a quiet
  -- season) must not keep scanning bookings once it holds a rush's worth of them.
  set enable_seqscan = off
as $$
#variable_conflict use_column
declare
  v_open boolean;
  v_before_cutoff boolean;
  v_hold_minutes integer;
  v_expires timestamptz;
  v_max_party integer;
  v_zone_ids uuid[];
  v_left integer[];
  v_taken integer[];
  v_prices jsonb;
  v_extras jsonb;
  v_existing jsonb;
  v_seen jsonb := '{}';
  v_hold jsonb;
  v_key text;
  v_ord integer;
  v_line jsonb;
  v_line_ord integer;
  v_price integer;
  v_need integer[];
  v_zone integer;
  v_party integer;
  v_total integer;
  v_bad_lines jsonb;
  v_bad_extras jsonb;
  v_short jsonb;
  v_id uuid;
  -- The accepted holds, as parallel arrays (bulk inserts below).
  a_ord integer[] := '{}';
  a_id uuid[] := '{}';
  a_ref text[] := '{}';
  a_party integer[] := '{}';
  a_source text[] := '{}';
  a_user uuid[] := '{}';
  a_total integer[] := '{}';
  a_key text[] := '{}';
  a_fingerprint text[] := '{}';
  l_booking uuid[] := '{}';
  l_formula uuid[] := '{}';
  l_zone uuid[] := '{}';
  l_guests integer[] := '{}';
  l_price integer[] := '{}';
  e_booking uuid[] := '{}';
  e_extra uuid[] := '{}';
  e_quantity integer[] := '{}';
  e_price integer[] := '{}';
  -- Per answer: ord → outcome / detail (the accepted ones are filled after their insert).
  r_outcome text[];
  r_detail jsonb[];
  r_replay text[];
  r_id uuid[];
  -- The answer of each hold, filled as it is decided (no join back to the table at the end).
  r_reference text[];
  r_status text[];
  r_expires timestamptz[];
  r_party integer[];
  r_total integer[];
  r_user uuid[];
  r_performance uuid[];
  v_row record;
  v_count integer := jsonb_array_length(p_holds);
  v_inserted uuid[];
  v_withdrawn uuid[] := '{}';
  -- Guests per zone of each accepted hold, flat: hold k, zone z at (k - 1) * v_zones + z.
  a_need integer[] := '{}';
  v_zones integer;
begin
  r_outcome := array_fill(null::text, array[v_count]);
  r_detail := array_fill(null::jsonb, array[v_count]);
  r_replay := array_fill(null::text, array[v_count]);
  r_id := array_fill(null::uuid, array[v_count]);
  r_reference := array_fill(null::text, array[v_count]);
  r_status := array_fill(null::text, array[v_count]);
  r_expires := array_fill(null::timestamptz, array[v_count]);
  r_party := array_fill(null::integer, array[v_count]);
  r_total := array_fill(null::integer, array[v_count]);
  r_user := array_fill(null::uuid, array[v_count]);
  r_performance := array_fill(null::uuid, array[v_count]);

  -- The sale: open or not, by the database's clock (as for expires_at). Not found: v_open null.
  -- Staff taking a phone booking sell until the show starts; online sales stop at the cut-off.
  select p.status = 'on_sale' and not p.sales_closed and now() < p.starts_at,
         now() < p.starts_at - make_interval(mins => r.cutoff_minutes),
         r.hold_minutes, r.max_party
    into v_open, v_before_cutoff, v_hold_minutes, v_max_party
    from public.performances p cross join public.sales_rules r
   where p.id = p_performance_id;
  v_expires := now() + make_interval(mins => coalesce(v_hold_minutes, 0));
  -- The places left as last committed (no lock yet): a first verdict, checked again under the lock.
  if v_open then
    select array_agg(pz.zone_id order by pz.zone_id),
           array_agg(pz.capacity - pz.held - pz.sold order by pz.zone_id)
      into v_zone_ids, v_left
      from public.performance_zones pz
     where pz.performance_id = p_performance_id;
  end if;
  v_zone_ids := coalesce(v_zone_ids, '{}');
  v_left := coalesce(v_left, '{}');
  v_zones := coalesce(array_length(v_zone_ids, 1), 0);
  v_taken := array_fill(0, array[coalesce(array_length(v_zone_ids, 1), 0)]);

  -- What is sold here: "formula/zone" → price, for the zones of this performance; extras by id.
  select coalesce(jsonb_object_agg(fp.formula_id || '/' || fp.zone_id, fp.price_cents), '{}')
    into v_prices
    from public.formula_prices fp
   where fp.zone_id = any (v_zone_ids);
  select coalesce(jsonb_object_agg(e.id, e.price_cents), '{}')
    into v_extras
    from public.extras e
   where e.id::text in (select x ->> 'extraId'
                          from jsonb_array_elements(p_holds) h,
                               jsonb_array_elements(h -> 'extras') x);
  -- Retried keys that already made a booking (the unique index, whatever the table's size).
  select coalesce(jsonb_object_agg(b.idempotency_key, b.id), '{}')
    into v_existing
    from public.bookings b
   where b.idempotency_key = any (array(select h ->> 'idempotencyKey'
                                          from jsonb_array_elements(p_holds) h));

  for v_hold, v_ord in select h, o::integer from jsonb_array_elements(p_holds) with ordinality as t (h, o)
  loop
    -- A retried key answers with its booking (committed earlier, or accepted earlier in this batch).
    v_key := v_hold ->> 'idempotencyKey';
    if v_key is not null then
      if v_existing ? v_key then
        r_outcome[v_ord] := 'replay';
        r_replay[v_ord] := v_key;
        continue;
      end if;
      if v_seen ? v_key then
        r_outcome[v_ord] := 'replay_pending';
        r_replay[v_ord] := v_key;
        continue;
      end if;
    end if;

    if v_open is null or not v_open
       or (coalesce(v_hold ->> 'source', 'web') = 'web' and not v_before_cutoff) then
      r_outcome[v_ord] := case when v_open is null then 'not_found' else 'sales_closed' end;
      continue;
    end if;

    v_party := 0;
    v_total := 0;
    v_bad_lines := '[]';
    v_bad_extras := '[]';
    v_need := array_fill(0, array[coalesce(array_length(v_zone_ids, 1), 0)]);
    -- Plain expressions from here on (no query per hold): the loop stays cheap.
    for v_line_ord in 1 .. coalesce(jsonb_array_length(v_hold -> 'lines'), 0) loop
      v_line := v_hold -> 'lines' -> (v_line_ord - 1);
      v_party := v_party + (v_line ->> 'guests')::integer;
      v_price := (v_prices ->> ((v_line ->> 'formulaId') || '/' || (v_line ->> 'zoneId')))::integer;
      v_zone := array_position(v_zone_ids, (v_line ->> 'zoneId')::uuid);
      if v_price is null or v_zone is null then
        v_bad_lines := v_bad_lines || to_jsonb(v_line_ord - 1);
      else
        v_total := v_total + v_price * (v_line ->> 'guests')::integer;
        v_need[v_zone] := v_need[v_zone] + (v_line ->> 'guests')::integer;
      end if;
    end loop;
    for v_line_ord in 1 .. coalesce(jsonb_array_length(v_hold -> 'extras'), 0) loop
      v_line := v_hold -> 'extras' -> (v_line_ord - 1);
      v_price := (v_extras ->> (v_line ->> 'extraId'))::integer;
      if v_price is null then
        v_bad_extras := v_bad_extras || to_jsonb(v_line_ord - 1);
      else
        v_total := v_total + v_price * (v_line ->> 'quantity')::integer;
      end if;
    end loop;

    if v_party > v_max_party then
      r_outcome[v_ord] := 'party_too_large';
      r_detail[v_ord] := jsonb_build_object('maxParty', v_max_party);
      continue;
    end if;
    if jsonb_array_length(v_bad_lines) > 0 or jsonb_array_length(v_bad_extras) > 0 then
      r_outcome[v_ord] := 'not_sold_here';
      r_detail[v_ord] := jsonb_build_object('lines', v_bad_lines, 'extras', v_bad_extras);
      continue;
    end if;
    -- The first zone (in lock order) without enough places refuses the whole hold.
    v_short := null;
    for v_zone in 1 .. coalesce(array_length(v_zone_ids, 1), 0) loop
      if v_need[v_zone] > 0 and v_need[v_zone] > v_left[v_zone] - v_taken[v_zone] then
        v_short := jsonb_build_object('zoneId', v_zone_ids[v_zone],
                                      'seatsLeft', greatest(v_left[v_zone] - v_taken[v_zone], 0));
        exit;
      end if;
    end loop;
    if v_short is not null then
      r_outcome[v_ord] := 'sold_out';
      r_detail[v_ord] := v_short;
      continue;
    end if;

    -- Accepted: its places are taken from what is left for the rest of the batch.
    for v_zone in 1 .. coalesce(array_length(v_zone_ids, 1), 0) loop
      v_taken[v_zone] := v_taken[v_zone] + v_need[v_zone];
    end loop;
    v_id := gen_random_uuid();
    if v_key is not null then
      v_seen := v_seen || jsonb_build_object(v_key, v_ord);
    end if;
    r_outcome[v_ord] := 'held';
    r_id[v_ord] := v_id;
    r_reference[v_ord] := v_hold ->> 'reference';
    r_status[v_ord] := 'held';
    r_expires[v_ord] := v_expires;
    r_party[v_ord] := v_party;
    r_total[v_ord] := v_total;
    r_user[v_ord] := (v_hold ->> 'userId')::uuid;
    r_performance[v_ord] := p_performance_id;
    a_need := a_need || v_need;
    a_ord := array_append(a_ord, v_ord);
    a_id := array_append(a_id, v_id);
    a_ref := array_append(a_ref, (v_hold ->> 'reference'));
    a_party := array_append(a_party, v_party);
    a_source := array_append(a_source, (v_hold ->> 'source'));
    a_user := array_append(a_user, (v_hold ->> 'userId')::uuid);
    a_total := array_append(a_total, v_total);
    a_key := array_append(a_key, v_key);
    a_fingerprint := array_append(a_fingerprint, v_hold ->> 'fingerprint');
    for v_line_ord in 1 .. coalesce(jsonb_array_length(v_hold -> 'lines'), 0) loop
      v_line := v_hold -> 'lines' -> (v_line_ord - 1);
      l_booking := array_append(l_booking, v_id);
      l_formula := array_append(l_formula, (v_line ->> 'formulaId')::uuid);
      l_zone := array_append(l_zone, (v_line ->> 'zoneId')::uuid);
      l_guests := array_append(l_guests, (v_line ->> 'guests')::integer);
      l_price := array_append(l_price, (v_prices ->> ((v_line ->> 'formulaId') || '/' || (v_line ->> 'zoneId')))::integer);
    end loop;
    for v_line_ord in 1 .. coalesce(jsonb_array_length(v_hold -> 'extras'), 0) loop
      v_line := v_hold -> 'extras' -> (v_line_ord - 1);
      e_booking := array_append(e_booking, v_id);
      e_extra := array_append(e_extra, (v_line ->> 'extraId')::uuid);
      e_quantity := array_append(e_quantity, (v_line ->> 'quantity')::integer);
      e_price := array_append(e_price, (v_extras ->> (v_line ->> 'extraId'))::integer);
    end loop;
  end loop;

  if array_length(a_id, 1) > 0 then
    -- A twin key committed by another instance since the read above: that hold is a replay and
    -- takes nothing (its row is not inserted, so neither are its lines nor its places).
    with inserted as (
      insert into public.bookings as b (id, reference, performance_id, party_size, source, user_id,
                                        expires_at, total_cents, idempotency_key,
                                        idempotency_fingerprint)
      select i, r, p_performance_id, n, s, u, v_expires, t, k, case when k is not null then f end
        from unnest(a_id, a_ref, a_party, a_source, a_user, a_total, a_key, a_fingerprint)
          as x (i, r, n, s, u, t, k, f)
      on conflict (idempotency_key) do nothing
      returning b.id
    )
    select coalesce(array_agg(inserted.id), '{}') into v_inserted from inserted;

    if coalesce(array_length(v_inserted, 1), 0) < array_length(a_id, 1) then
      for v_zone in 1 .. array_length(a_id, 1) loop
        if not a_id[v_zone] = any (v_inserted) then
          r_outcome[a_ord[v_zone]] := 'replay';
          r_replay[a_ord[v_zone]] := a_key[v_zone];
          r_id[a_ord[v_zone]] := null;
        end if;
      end loop;
    end if;

    insert into public.booking_lines (booking_id, formula_id, zone_id, guests, unit_price_cents)
    select b, f, z, g, p
      from unnest(l_booking, l_formula, l_zone, l_guests, l_price) as x (b, f, z, g, p)
     where b = any (v_inserted);
    insert into public.booking_extras (booking_id, extra_id, quantity, unit_price_cents)
    select b, e, q, p
      from unnest(e_booking, e_extra, e_quantity, e_price) as x (b, e, q, p)
     where b = any (v_inserted);

    -- Now the counters, locked in the one lock order, with the places left as they are now.
    select array_agg(z.seats_left order by z.zone_id)
      into v_left
      from (select pz.zone_id, pz.capacity - pz.held - pz.sold as seats_left
              from public.performance_zones pz
             where pz.performance_id = p_performance_id and pz.zone_id = any (v_zone_ids)
             order by pz.zone_id
               for update) z;
    -- Every written hold again, in arrival order: one that no longer fits is withdrawn.
    v_taken := array_fill(0, array[v_zones]);
    v_need := array_fill(0, array[v_zones]);
    for v_line_ord in 1 .. array_length(a_id, 1) loop
      continue when not a_id[v_line_ord] = any (v_inserted);
      v_short := null;
      for v_zone in 1 .. v_zones loop
        v_need[v_zone] := a_need[(v_line_ord - 1) * v_zones + v_zone];
        if v_need[v_zone] > 0 and v_need[v_zone] > coalesce(v_left[v_zone], 0) - v_taken[v_zone] then
          v_short := jsonb_build_object('zoneId', v_zone_ids[v_zone], 'seatsLeft',
                                        greatest(coalesce(v_left[v_zone], 0) - v_taken[v_zone], 0));
          exit;
        end if;
      end loop;
      if v_short is null then
        for v_zone in 1 .. v_zones loop
          v_taken[v_zone] := v_taken[v_zone] + a_need[(v_line_ord - 1) * v_zones + v_zone];
        end loop;
      else
        v_withdrawn := array_append(v_withdrawn, a_id[v_line_ord]);
        r_outcome[a_ord[v_line_ord]] := 'sold_out';
        r_detail[a_ord[v_line_ord]] := v_short;
        r_id[a_ord[v_line_ord]] := null;
        r_status[a_ord[v_line_ord]] := null;
      end if;
    end loop;
    if array_length(v_withdrawn, 1) > 0 then
      delete from public.bookings b where b.id = any (v_withdrawn);
    end if;

    -- One update per zone for the whole batch; the CHECK would refuse an oversell regardless.
    update public.performance_zones pz
       set held = pz.held + v_taken[array_position(v_zone_ids, pz.zone_id)]
     where pz.performance_id = p_performance_id
       and v_taken[array_position(v_zone_ids, pz.zone_id)] > 0;
  end if;

  -- A replay answers with the booking its key made (committed by now, or written just above) —
  -- if it is the same request: a key whose booking was made by another body is refused.
  for v_ord in 1 .. v_count loop
    if r_replay[v_ord] is not null then
      select b.id, b.reference, b.status, b.expires_at, b.party_size, b.total_cents, b.user_id,
             b.performance_id, b.idempotency_fingerprint
        into v_row
        from public.bookings b
       where b.idempotency_key = r_replay[v_ord];
      if v_row.idempotency_fingerprint is distinct from (p_holds -> (v_ord - 1) ->> 'fingerprint')
         and v_row.idempotency_fingerprint is not null then
        r_outcome[v_ord] := 'key_reused';
        continue;
      end if;
      r_id[v_ord] := v_row.id;
      r_reference[v_ord] := v_row.reference;
      r_status[v_ord] := v_row.status;
      r_expires[v_ord] := v_row.expires_at;
      r_party[v_ord] := v_row.party_size;
      r_total[v_ord] := v_row.total_cents;
      r_user[v_ord] := v_row.user_id;
      r_performance[v_ord] := v_row.performance_id;
    end if;
  end loop;

  return query
    select (o - 1)::integer, r_outcome[o], r_id[o], r_reference[o], r_status[o], r_expires[o],
           r_party[o], r_total[o], r_user[o], r_performance[o], r_detail[o]
      from generate_series(1, v_count) as o;
end
$$;
