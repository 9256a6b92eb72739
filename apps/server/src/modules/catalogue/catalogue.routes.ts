import {
  listPerformancesQuerySchema,
  performanceAvailabilitySchema,
  performanceListSchema,
  performanceParamsSchema,
  showDetailSchema,
  showListSchema,
  showParamsSchema,
} from '@ladiva/contract/booking';
import { errorResponseSchema } from '@ladiva/contract/errors';
import { eveningListSchema } from '@ladiva/contract/evenings';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import { PUBLIC } from '../../plugins/request-claims.ts';
import * as service from './catalogue.service.ts';

// The catalogue changes rarely (a few seconds of staleness are harmless); availability changes
// with every hold, so it is cached only for a moment and the hold itself is the final word.
const CATALOGUE_CACHE = 'public, max-age=60';
const AVAILABILITY_CACHE = 'public, max-age=5';

export const catalogueRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const errors = { 400: errorResponseSchema, 503: errorResponseSchema };

  app.get(
    '/shows',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'listShows',
        summary: 'The shows, each with its next performance on sale',
        tags: ['catalogue'],
        response: { 200: showListSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', CATALOGUE_CACHE);
      return service.listShows(db, request.claims);
    },
  );

  app.get(
    '/shows/:id',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getShow',
        summary: 'A show (by slug or id) with the zones, formulas and prices, and extras',
        tags: ['catalogue'],
        params: showParamsSchema,
        response: { 200: showDetailSchema, 404: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', CATALOGUE_CACHE);
      return service.getShow(db, request.claims, request.params.id);
    },
  );

  app.get(
    '/evenings',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'listEvenings',
        summary:
          'The evenings of the coming four weeks: weekdays, curtain, doors and dinner, local time',
        tags: ['catalogue'],
        response: { 200: eveningListSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', CATALOGUE_CACHE);
      return service.listEvenings(db, request.claims);
    },
  );

  app.get(
    '/performances',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'listPerformances',
        summary: 'Performances in a date range (by show), with the places left',
        tags: ['catalogue'],
        querystring: listPerformancesQuerySchema,
        response: { 200: performanceListSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', AVAILABILITY_CACHE);
      return service.listPerformances(db, request.claims, request.query);
    },
  );

  app.get(
    '/performances/:id/availability',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getPerformanceAvailability',
        summary: 'Places left per zone of a performance, and the price of each formula there',
        tags: ['catalogue'],
        params: performanceParamsSchema,
        response: { 200: performanceAvailabilitySchema, 404: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', AVAILABILITY_CACHE);
      return service.getPerformanceAvailability(db, request.claims, request.params.id);
    },
  );
};
