import {
  auditPageSchema,
  auditQuerySchema,
  inviteStaffBodySchema,
  sessionListSchema,
  staffListSchema,
  staffMemberSchema,
  updateStaffBodySchema,
  uuidParamsSchema,
} from '@ladiva/contract/auth';
import { errorResponses } from '@ladiva/contract/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../lib/app-error.ts';
import { staffOnly, userClaims } from '../../plugins/request-claims.ts';
import { listAudit } from '../audit/audit.ts';
import { requestMeta } from '../auth/request-meta.ts';
import type { Identity } from '../auth/identity.ts';
import { StaffService } from './staff.service.ts';

const errors = errorResponses(400, 401, 403, 404);

function encodeCursor(at: Date, id: string) {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string) {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = at ? new Date(at) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !id || !/^\d{1,19}$/.test(id)) {
    throw new AppError('BAD_REQUEST', 400, 'This cursor is not one we gave.');
  }
  return { at: date, id };
}

/** Staff accounts and the audit log: admins with a second factor only. */
export const staffRoutes: FastifyPluginAsyncZod<{ db: Db; identity: Identity }> = async (
  app,
  { db, identity },
) => {
  const staff = new StaffService(db, identity.invitations);
  const tags = ['staff'];
  const config = { access: staffOnly('admin') };

  app.get(
    '/staff/members',
    {
      config,
      schema: {
        operationId: 'listStaff',
        summary: 'Staff accounts',
        tags,
        response: { 200: staffListSchema, ...errors },
      },
    },
    async (request) => ({ items: await staff.list(userClaims(request)) }),
  );

  app.post(
    '/staff/invitations',
    {
      config,
      schema: {
        operationId: 'inviteStaff',
        summary: 'Invite a colleague by email, with their roles',
        tags,
        body: inviteStaffBodySchema,
        response: { 201: staffMemberSchema, ...errors },
      },
    },
    async (request, reply) => {
      const member = await staff.invite(userClaims(request), request.body, requestMeta(request));
      return reply.status(201).send(member);
    },
  );

  app.patch(
    '/staff/members/:id',
    {
      config,
      schema: {
        operationId: 'updateStaff',
        summary:
          'Change roles, disable or enable (a removed role or a disabled account ends its sessions)',
        tags,
        params: uuidParamsSchema,
        body: updateStaffBodySchema,
        response: { 200: staffMemberSchema, ...errors },
      },
    },
    async (request) =>
      staff.update(userClaims(request), request.params.id, request.body, requestMeta(request)),
  );

  app.post(
    '/staff/members/:id/reset-mfa',
    {
      config,
      schema: {
        operationId: 'resetStaffMfa',
        summary: "Reset a colleague's second factor (they enrol again)",
        tags,
        params: uuidParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await staff.resetMfa(userClaims(request), request.params.id, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/staff/members/:id/sessions',
    {
      config,
      schema: {
        operationId: 'listStaffSessions',
        summary: "A colleague's live sessions",
        tags,
        params: uuidParamsSchema,
        response: { 200: sessionListSchema, ...errors },
      },
    },
    async (request) => {
      const rows = await staff.sessions(userClaims(request), request.params.id);
      return {
        items: rows.map((row) => ({
          ...row,
          createdAt: row.createdAt.toISOString(),
          lastSeenAt: row.lastSeenAt.toISOString(),
          current: row.id === userClaims(request).session_id,
        })),
      };
    },
  );

  app.post(
    '/staff/members/:id/revoke-sessions',
    {
      config,
      schema: {
        operationId: 'endStaffSessions',
        summary: "End a colleague's sessions",
        tags,
        params: uuidParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await staff.endSessions(userClaims(request), request.params.id, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/audit',
    {
      config,
      schema: {
        operationId: 'listAudit',
        summary: 'The audit log, newest first',
        tags,
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...errors },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const rows = await listAudit(db, request.claims, {
        limit,
        ...(cursor ? { before: decodeCursor(cursor) } : {}),
      });
      const last = rows.at(-1);
      return {
        items: rows.map((row) => ({
          id: String(row.id),
          at: row.at.toISOString(),
          actorId: row.actorId,
          actorRole: row.actorRole,
          actorRoles: row.actorRoles,
          action: row.action,
          targetType: row.targetType,
          targetId: row.targetId,
          ip: row.ip,
          before: row.before ?? null,
          after: row.after ?? null,
        })),
        nextCursor: last && rows.length === limit ? encodeCursor(last.at, String(last.id)) : null,
      };
    },
  );
};
