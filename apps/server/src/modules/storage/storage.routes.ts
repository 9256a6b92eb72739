// Stored files over HTTP (ADR 0012): upload and remove posters (admins and managers), serve
// them to anyone with year-long immutable caching, and serve exports to admins and managers only.
import multipart from '@fastify/multipart';
import { errorResponseSchema, errorResponses } from '@ladiva/contract/errors';
import {
  MAX_IMAGE_BYTES,
  posterFileParamsSchema,
  posterListQuerySchema,
  posterPageSchema,
  storedObjectParamsSchema,
  storedPosterSchema,
  uploadPosterBodySchema,
} from '@ladiva/contract/storage';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../lib/app-error.ts';
import { PUBLIC, staffOnly, userClaims } from '../../plugins/request-claims.ts';
import { requestMeta } from '../auth/request-meta.ts';
import { extensionOf, type StorageDriver } from './storage-driver.ts';
import { StorageService, toStoredPoster } from './storage.service.ts';

const errors = errorResponses(400, 401, 403, 404);

/** The key names its content: the bytes of a URL never change, so caches may keep them. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const UPLOAD_LIMITS = {
  fileSize: MAX_IMAGE_BYTES,
  files: 1,
  fields: 4,
  fieldSize: 1024,
  parts: 5,
  headerPairs: 50,
};

/** Whether an If-None-Match header names this entity tag (weak comparison, RFC 9110 §13.1.2). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** multipart's own errors, as our stable codes. */
function uploadError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError(
      'FILE_TOO_LARGE',
      413,
      `This file is too large (${MAX_IMAGE_BYTES / 1024 / 1024} MB at most).`,
      { maxBytes: MAX_IMAGE_BYTES },
    );
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new AppError('PAYLOAD_TOO_LARGE', 413, 'Send one file at a time.');
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 415, 'Send the file as multipart/form-data.');
  }
  // busboy's parse errors (no boundary, a cut-off form): the client's, not ours.
  if (error instanceof Error && !(error instanceof AppError) && /multipart/i.test(error.message)) {
    return new AppError('BAD_REQUEST', 400, 'The multipart form could not be read.');
  }
  return error;
}

/** The one file of a multipart upload, whole, within the size limit. */
async function readUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw uploadError({ code: 'FST_INVALID_MULTIPART_CONTENT_TYPE' });
  try {
    const part = await request.file({ limits: UPLOAD_LIMITS, throwFileSizeLimit: true });
    if (!part || part.fieldname !== 'file') {
      part?.file.resume();
      throw new AppError('VALIDATION_FAILED', 400, 'Attach one file, in the field "file".', {
        fields: [{ path: 'body.file', message: 'Attach one file', code: 'required' }],
      });
    }
    return await part.toBuffer();
  } catch (error) {
    throw uploadError(error);
  }
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const valid =
    at !== undefined &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(at) &&
    id !== undefined &&
    z.uuid().safeParse(id).success;
  if (!valid) throw new AppError('BAD_REQUEST', 400, 'This cursor is not one we gave.');
  return { at, id };
}

export const storageRoutes: FastifyPluginAsyncZod<{ db: Db; driver: StorageDriver }> = async (
  app,
  { db, driver },
) => {
  const storage = new StorageService(db, driver, app.log);
  const tags = ['storage'];
  const staff = { access: staffOnly('admin', 'manager') };

  // The upload, in a scope of its own: the only route of the app that parses multipart (and the
  // only one that does not take JSON). Every other route keeps answering 415 to a form.
  await app.register(async (upload) => {
    upload.removeContentTypeParser('application/json');
    await upload.register(multipart, { limits: UPLOAD_LIMITS, throwFileSizeLimit: true });
    upload.post(
      '/storage/posters',
      {
        config: staff,
        // The body schema documents the form; the file is streamed and checked by readUpload.
        validatorCompiler: () => (value) => ({ value }),
        schema: {
          operationId: 'uploadPoster',
          summary: 'Upload a poster image (re-encoded into WebP renditions, metadata removed)',
          tags,
          consumes: ['multipart/form-data'],
          body: uploadPosterBodySchema,
          response: {
            201: storedPosterSchema,
            ...errors,
            413: errorResponseSchema,
            415: errorResponseSchema,
            422: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const claims = userClaims(request);
        const bytes = await readUpload(request);
        const poster = await storage.uploadPoster(claims, bytes, requestMeta(request));
        return reply.status(201).send(poster);
      },
    );
  });

  app.get(
    '/storage/posters',
    {
      config: staff,
      schema: {
        operationId: 'listPosters',
        summary: 'The poster library, newest first',
        tags,
        querystring: posterListQuerySchema,
        response: { 200: posterPageSchema, ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, since } = request.query;
      const rows = await storage.listPosters(request.claims, {
        limit,
        ...(cursor ? { after: decodeCursor(cursor) } : {}),
        ...(since ? { since: new Date(since) } : {}),
      });
      const last = rows.at(-1);
      return {
        items: rows.map(toStoredPoster),
        nextCursor: last && rows.length === limit ? encodeCursor(last.cursorAt, last.id) : null,
      };
    },
  );

  app.get(
    '/storage/posters/:id',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getPosterFile',
        summary: 'A poster rendition (cacheable for a year; If-None-Match answers 304)',
        tags,
        params: posterFileParamsSchema,
        produces: ['image/webp'],
        response: {
          200: z.any().describe('image/webp'),
          304: z.any().describe('Not modified'),
          400: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const file = await storage.findPosterFile(request.claims, request.params.id);
      const cached = matchesEtag(request.headers['if-none-match'], file.etag);
      const blob = cached ? undefined : await storage.openFile('posters', file.key);
      // Headers only once the file is known to exist: a 404 must never be cached for a year.
      reply
        .header('cache-control', IMMUTABLE)
        .header('etag', file.etag)
        .header('x-content-type-options', 'nosniff');
      if (!blob) return reply.status(304).send();
      return reply
        .type(file.contentType)
        .header('content-length', String(blob.size))
        .send(blob.body);
    },
  );

  app.delete(
    '/storage/posters/:id',
    {
      config: staff,
      schema: {
        operationId: 'deletePoster',
        summary: 'Remove a poster and its renditions (caches may keep copies until they expire)',
        tags,
        params: storedObjectParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await storage.deletePoster(userClaims(request), request.params.id, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/storage/exports/:id',
    {
      config: staff,
      schema: {
        operationId: 'getExport',
        summary: 'Download an export written by the server (never cached)',
        tags,
        params: storedObjectParamsSchema,
        produces: ['application/pdf', 'text/csv'],
        response: { 200: z.any().describe('application/pdf or text/csv'), ...errors },
      },
    },
    async (request, reply) => {
      const { row, blob } = await storage.openExport(userClaims(request), request.params.id);
      const extension = extensionOf(row.contentType) ?? 'bin';
      return reply
        .type(blob.contentType)
        .header('content-length', String(blob.size))
        .header('content-disposition', `attachment; filename="la-diva-${row.id}.${extension}"`)
        .header('x-content-type-options', 'nosniff')
        .send(blob.body);
    },
  );
};
