// Tonight's room over HTTP (#6, item 6). Booking staff and the door read the floor plan (the
// door without phone numbers); admins, managers and the box office move parties between tables.
import {
  moveRoomPartyBodySchema,
  roomParamsSchema,
  roomSchema,
  seatWalkInBodySchema,
} from '@ladiva/contract/backoffice-room';
import { errorResponseSchema } from '@ladiva/contract/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import { staffOnly, userClaims } from '../../plugins/request-claims.ts';
import { BOOKING_STAFF_ACCESS } from '../bookings/bookings-admin.access.ts';
import { RoomAdminService } from './room-admin.service.ts';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
  503: errorResponseSchema,
};
const tags = ['admin: room'];
export const ROOM_READERS = staffOnly('admin', 'manager', 'box_office', 'door');

export const roomAdminRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const room = new RoomAdminService(db);
  app.get(
    '/admin/room/:id',
    {
      config: { access: ROOM_READERS },
      schema: {
        operationId: 'getRoom',
        summary: 'A performance’s floor plan: zones, tables and each seated party',
        tags,
        params: roomParamsSchema,
        response: { 200: roomSchema, ...errors },
      },
    },
    async (request) => room.room(userClaims(request), request.params.id),
  );

  app.post(
    '/admin/room/:id/moves',
    {
      config: { access: BOOKING_STAFF_ACCESS },
      schema: {
        operationId: 'moveRoomParty',
        summary:
          'Moves a party to other tables of its zone, or of another zone as an upgrade (guests split by seats); the new plan',
        tags,
        params: roomParamsSchema,
        body: moveRoomPartyBodySchema,
        response: { 200: roomSchema, ...errors },
      },
    },
    async (request) => room.move(userClaims(request), request.params.id, request.body),
  );

  app.post(
    '/admin/room/:id/walk-ins',
    {
      config: { access: BOOKING_STAFF_ACCESS },
      schema: {
        operationId: 'seatWalkIn',
        summary: 'Seats a party without a booking at a free table (checked in); the new plan',
        tags,
        params: roomParamsSchema,
        body: seatWalkInBodySchema,
        response: { 201: roomSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await room.walkIn(userClaims(request), request.params.id, request.body)),
  );
};
