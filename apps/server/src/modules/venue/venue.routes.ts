import { errorResponseSchema } from '@ladiva/contract/errors';
import { updateVenueBodySchema, venueSchema } from '@ladiva/contract/venue';
import { PUBLIC, staffOnly } from '../../plugins/request-claims.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import * as service from './venue.service.ts';

export const venueRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/venue',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getVenue',
        summary: "The venue's name, taglines and contact details",
        tags: ['venue'],
        response: { 200: venueSchema, 404: errorResponseSchema, 503: errorResponseSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return service.getVenue(db, request.claims);
    },
  );

  app.patch(
    '/venue',
    {
      config: { access: staffOnly('admin') },
      schema: {
        operationId: 'updateVenue',
        summary: "Change the venue's details (administrators with a second factor)",
        tags: ['venue'],
        body: updateVenueBodySchema,
        response: {
          200: venueSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          503: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.updateVenue(db, request.claims, request.body);
    },
  );
};
