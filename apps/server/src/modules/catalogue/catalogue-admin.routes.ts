// The back office's catalogue under /api/admin: shows, formulas and prices, extras, sales rules,
// zones and tables. Box office staff read it (they sell from it); only admins and managers change
// it, and the database's policies say so again.
import {
  adminExtraPageSchema,
  adminExtraSchema,
  adminFormulaPageSchema,
  adminFormulaSchema,
  adminIdParamsSchema,
  adminShowPageSchema,
  adminShowSchema,
  adminZonePageSchema,
  adminZoneSchema,
  createExtraBodySchema,
  createFormulaBodySchema,
  createShowBodySchema,
  createVenueTableBodySchema,
  createZoneBodySchema,
  formulaPriceParamsSchema,
  listAdminShowsQuerySchema,
  listCatalogueQuerySchema,
  salesRulesSchema,
  saveLayoutBodySchema,
  saveLayoutResultSchema,
  setFormulaPriceBodySchema,
  updateExtraBodySchema,
  updateFormulaBodySchema,
  updateSalesRulesBodySchema,
  updateShowBodySchema,
  updateVenueTableBodySchema,
  updateZoneBodySchema,
  venueTableSchema,
} from '@ladiva/contract/backoffice-catalogue';
import { errorResponseSchema } from '@ladiva/contract/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { staffOnly, userClaims } from '../../plugins/request-claims.ts';
import * as service from './catalogue-admin.service.ts';

export const CATALOGUE_READERS = staffOnly('admin', 'manager', 'box_office');
export const CATALOGUE_WRITERS = staffOnly('admin', 'manager');

export const adminErrors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  503: errorResponseSchema,
};

export const catalogueAdminRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const read = { access: CATALOGUE_READERS };
  const write = { access: CATALOGUE_WRITERS };
  const errors = adminErrors;

  // ─── Shows ───────────────────────────────────────────────────────────────────────────────────
  app.get(
    '/admin/shows',
    {
      config: read,
      schema: {
        operationId: 'listAdminShows',
        summary: 'Shows, newest first, filtered by text (slug or title); paginated',
        tags: ['backoffice-catalogue'],
        querystring: listAdminShowsQuerySchema,
        response: { 200: adminShowPageSchema, ...errors },
      },
    },
    async (request) => service.listShows(db, userClaims(request), request.query),
  );

  app.get(
    '/admin/shows/:id',
    {
      config: read,
      schema: {
        operationId: 'getAdminShow',
        summary: 'A show as staff edit it',
        tags: ['backoffice-catalogue'],
        params: adminIdParamsSchema,
        response: { 200: adminShowSchema, ...errors },
      },
    },
    async (request) => service.getShow(db, userClaims(request), request.params.id),
  );

  app.post(
    '/admin/shows',
    {
      config: write,
      schema: {
        operationId: 'createShow',
        summary: 'Add a show (texts in French and English, poster by its storage key)',
        tags: ['backoffice-catalogue'],
        body: createShowBodySchema,
        response: { 201: adminShowSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createShow(db, userClaims(request), request.body)),
  );

  app.patch(
    '/admin/shows/:id',
    {
      config: write,
      schema: {
        operationId: 'updateShow',
        summary: 'Change a show',
        tags: ['backoffice-catalogue'],
        params: adminIdParamsSchema,
        body: updateShowBodySchema,
        response: { 200: adminShowSchema, ...errors },
      },
    },
    async (request) => service.updateShow(db, userClaims(request), request.params.id, request.body),
  );

  // ─── Formulas and prices ─────────────────────────────────────────────────────────────────────
  app.get(
    '/admin/formulas',
    {
      config: read,
      schema: {
        operationId: 'listAdminFormulas',
        summary: 'Formulas with their price per zone; paginated',
        tags: ['backoffice-catalogue'],
        querystring: listCatalogueQuerySchema,
        response: { 200: adminFormulaPageSchema, ...errors },
      },
    },
    async (request) => service.listFormulas(db, userClaims(request), request.query),
  );

  app.post(
    '/admin/formulas',
    {
      config: write,
      schema: {
        operationId: 'createFormula',
        summary: 'Add a formula (names, descriptions, arrival time, menu choices)',
        tags: ['backoffice-catalogue'],
        body: createFormulaBodySchema,
        response: { 201: adminFormulaSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createFormula(db, userClaims(request), request.body)),
  );

  app.patch(
    '/admin/formulas/:id',
    {
      config: write,
      schema: {
        operationId: 'updateFormula',
        summary: 'Change a formula',
        tags: ['backoffice-catalogue'],
        params: adminIdParamsSchema,
        body: updateFormulaBodySchema,
        response: { 200: adminFormulaSchema, ...errors },
      },
    },
    async (request) =>
      service.updateFormula(db, userClaims(request), request.params.id, request.body),
  );

  app.put(
    '/admin/formulas/:id/prices/:zoneId',
    {
      config: write,
      schema: {
        operationId: 'setFormulaPrice',
        summary: 'Sell a formula in a zone at this price per guest (or change the price)',
        tags: ['backoffice-catalogue'],
        params: formulaPriceParamsSchema,
        body: setFormulaPriceBodySchema,
        response: { 200: adminFormulaSchema, ...errors },
      },
    },
    async (request) =>
      service.setPrice(
        db,
        userClaims(request),
        request.params.id,
        request.params.zoneId,
        request.body.priceCents,
      ),
  );

  app.delete(
    '/admin/formulas/:id/prices/:zoneId',
    {
      config: write,
      schema: {
        operationId: 'removeFormulaPrice',
        summary: 'Stop selling a formula in a zone',
        tags: ['backoffice-catalogue'],
        params: formulaPriceParamsSchema,
        response: { 200: adminFormulaSchema, ...errors },
      },
    },
    async (request) =>
      service.removePrice(db, userClaims(request), request.params.id, request.params.zoneId),
  );

  // ─── Extras and sales rules ──────────────────────────────────────────────────────────────────
  app.get(
    '/admin/extras',
    {
      config: read,
      schema: {
        operationId: 'listAdminExtras',
        summary: 'Extras (bottle, cake, announcement…); paginated',
        tags: ['backoffice-catalogue'],
        querystring: listCatalogueQuerySchema,
        response: { 200: adminExtraPageSchema, ...errors },
      },
    },
    async (request) => service.listExtras(db, userClaims(request), request.query),
  );

  app.post(
    '/admin/extras',
    {
      config: write,
      schema: {
        operationId: 'createExtra',
        summary: 'Add an extra',
        tags: ['backoffice-catalogue'],
        body: createExtraBodySchema,
        response: { 201: adminExtraSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createExtra(db, userClaims(request), request.body)),
  );

  app.patch(
    '/admin/extras/:id',
    {
      config: write,
      schema: {
        operationId: 'updateExtra',
        summary: 'Change an extra',
        tags: ['backoffice-catalogue'],
        params: adminIdParamsSchema,
        body: updateExtraBodySchema,
        response: { 200: adminExtraSchema, ...errors },
      },
    },
    async (request) =>
      service.updateExtra(db, userClaims(request), request.params.id, request.body),
  );

  app.get(
    '/admin/sales-rules',
    {
      config: read,
      schema: {
        operationId: 'getSalesRules',
        summary: 'Hold time, maximum party, booking cut-off, cancellation deadline and fee',
        tags: ['backoffice-catalogue'],
        response: { 200: salesRulesSchema, ...errors },
      },
    },
    async (request) => service.getSalesRules(db, userClaims(request)),
  );

  app.patch(
    '/admin/sales-rules',
    {
      config: write,
      schema: {
        operationId: 'updateSalesRules',
        summary: 'Change the sales rules',
        tags: ['backoffice-catalogue'],
        body: updateSalesRulesBodySchema,
        response: { 200: salesRulesSchema, ...errors },
      },
    },
    async (request) => service.updateSalesRules(db, userClaims(request), request.body),
  );

  // ─── Venue layout ────────────────────────────────────────────────────────────────────────────
  app.get(
    '/admin/zones',
    {
      config: read,
      schema: {
        operationId: 'listAdminZones',
        summary: 'Zones with their tables (the floor plan); paginated',
        tags: ['backoffice-layout'],
        querystring: listCatalogueQuerySchema,
        response: { 200: adminZonePageSchema, ...errors },
      },
    },
    async (request) => service.listZones(db, userClaims(request), request.query),
  );

  app.post(
    '/admin/zones',
    {
      config: write,
      schema: {
        operationId: 'createZone',
        summary: 'Add a zone',
        tags: ['backoffice-layout'],
        body: createZoneBodySchema,
        response: { 201: adminZoneSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createZone(db, userClaims(request), request.body)),
  );

  app.patch(
    '/admin/zones/:id',
    {
      config: write,
      schema: {
        operationId: 'updateZone',
        summary: 'Change a zone',
        tags: ['backoffice-layout'],
        params: adminIdParamsSchema,
        body: updateZoneBodySchema,
        response: { 200: adminZoneSchema, ...errors },
      },
    },
    async (request) => service.updateZone(db, userClaims(request), request.params.id, request.body),
  );

  app.post(
    '/admin/tables',
    {
      config: write,
      schema: {
        operationId: 'createVenueTable',
        summary: 'Add a table to a zone (neighbour links are made on both sides)',
        tags: ['backoffice-layout'],
        body: createVenueTableBodySchema,
        response: { 201: venueTableSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createTable(db, userClaims(request), request.body)),
  );

  app.patch(
    '/admin/tables/:id',
    {
      config: write,
      schema: {
        operationId: 'updateVenueTable',
        summary: 'Change a table; `neighbourIds` replaces its links (on both sides)',
        tags: ['backoffice-layout'],
        params: adminIdParamsSchema,
        body: updateVenueTableBodySchema,
        response: { 200: venueTableSchema, ...errors },
      },
    },
    async (request) =>
      service.updateTable(db, userClaims(request), request.params.id, request.body),
  );

  app.delete(
    '/admin/tables/:id',
    {
      config: write,
      schema: {
        operationId: 'removeVenueTable',
        summary: 'Remove a table no booking ever sat at (TABLE_IN_USE otherwise)',
        tags: ['backoffice-layout'],
        params: adminIdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.removeTable(db, userClaims(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/admin/layout',
    {
      config: write,
      schema: {
        operationId: 'saveLayout',
        summary:
          "Save whole floor plans in one transaction: each listed zone's tables become exactly these",
        tags: ['backoffice-layout'],
        body: saveLayoutBodySchema,
        response: { 200: saveLayoutResultSchema, ...errors },
      },
    },
    async (request) => service.saveLayout(db, userClaims(request), request.body),
  );
};
