// GET /api/admin/room/:id (the floor plan with its parties), POST …/moves (a party to other
// tables, validated by the server) and …/walk-ins, plus the performances of a day to choose from.
import type {
  MoveRoomPartyBody,
  Room,
  RoomParty,
  RoomTable,
  SeatWalkInBody,
} from '@ladiva/contract/backoffice-room';
import { useCallback } from 'react';
import { apiRequest, isRecord } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';

export type { Room, RoomParty, RoomTable };

export const ROOM_KEY = 'admin/room';

const isRoom = (value: unknown): value is Room =>
  isRecord(value) &&
  isRecord(value.performance) &&
  Array.isArray(value.tables) &&
  Array.isArray(value.parties) &&
  Array.isArray(value.sameDay);

export function useRoom(performanceId: string | null) {
  const fetcher = useCallback(
    (signal: AbortSignal) =>
      apiRequest(`/api/admin/room/${encodeURIComponent(performanceId!)}`, {
        signal,
        guard: isRoom,
      }),
    [performanceId],
  );
  // The door and the box office watch the same room: a minute old at most.
  return useApiQuery(performanceId ? `${ROOM_KEY}/${performanceId}` : null, fetcher, {
    refreshMs: 60_000,
  });
}

const move = ({ performanceId, ...body }: MoveRoomPartyBody & { performanceId: string }) =>
  apiRequest(`/api/admin/room/${encodeURIComponent(performanceId)}/moves`, {
    method: 'POST',
    body,
    guard: isRoom,
  });

const INVALIDATES = [ROOM_KEY, 'admin/bookings'] as const;

export function useMoveParty() {
  return useApiMutation(move, INVALIDATES);
}

const seatWalkIn = ({ performanceId, ...body }: SeatWalkInBody & { performanceId: string }) =>
  apiRequest(`/api/admin/room/${encodeURIComponent(performanceId)}/walk-ins`, {
    method: 'POST',
    body,
    guard: isRoom,
  });

/** A party without a booking, seated at a free table (a "walk_in" booking, checked in). */
export function useSeatWalkIn() {
  return useApiMutation(seatWalkIn, INVALIDATES);
}

interface PerformanceStart {
  id: string;
  startsAt: string;
  status: string;
}

const isStarts = (value: unknown): value is PerformanceStart[] =>
  Array.isArray(value) && value.every((p) => isRecord(p) && typeof p.startsAt === 'string');

/** The public list of performances between two instants (any show). */
export function usePerformancesBetween(from: string, to: string, enabled = true) {
  const fetcher = useCallback(
    (signal: AbortSignal) =>
      apiRequest(
        `/api/performances?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        { signal, guard: isStarts },
      ),
    [from, to],
  );
  return useApiQuery(enabled ? `catalogue/performances?from=${from}&to=${to}` : null, fetcher);
}
