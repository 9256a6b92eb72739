// Stored files over HTTP against a real PostgreSQL and the local driver: uploads judged by their
// bytes, re-encoded without metadata and never enlarged; size and pixel limits; who may upload,
// read and remove; public posters with immutable caching and 304s; private exports.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { StoredPoster } from '@ladiva/contract/storage';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { Identity } from '../auth/identity.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { accessTokenFor, createUser } from '../../../test/auth-helpers.ts';
import { createTestIdentity, createTestNotifications } from '../../../test/test-app.ts';
import {
  createTestDatabase,
  silentLogger,
  type TestDatabase,
} from '../../../test/test-database.ts';
import { LocalStorage } from './local-storage.ts';
import { StorageService } from './storage.service.ts';
import type { StaffRole } from '@ladiva/contract/auth-vocabulary';

/** A multipart/form-data body with one file, as a browser sends it. */
function form(
  file: Buffer,
  { filename = 'poster.jpg', type = 'image/jpeg', field = 'file' } = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----ladiva${randomUUID()}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
    `Content-Type: ${type}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A PNG whose header claims `width` × `height` pixels, with a single tiny (invalid) data chunk. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PHOTOGRAPHER = 'Secret Photographer 4711';

describe('storage over HTTP', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let identity: Identity;
  let app: App;
  let files: LocalStorage;
  let dataDir: string;
  let service: StorageService;
  const headers = new Map<string, Record<string, string>>();
  const claims = new Map<string, { sub: string; roles: StaffRole[] }>();
  /** A JPEG 1200 × 800 as stored, with EXIF (author, orientation 6: shown 800 × 1200). */
  let jpegWithExif: Buffer;

  beforeAll(async () => {
    database = await createTestDatabase();
    notifications = await createTestNotifications(database);
    identity = await createTestIdentity(database, notifications);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-storage-it-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    app = await buildApp({
      config: {
        publicUrl: 'http://localhost:3000',
        webDistDir: '/nonexistent/web-dist',
        env: 'production',
        trustedProxies: [],
        corsOrigins: [],
        dataDir: config.dataDir,
        storage: config.storage,
      },
      db: database.db,
      serviceDb: database.serviceDb,
      pool: database.pool,
      notifications,
      identity,
      logger: silentLogger,
    });
    files = new LocalStorage(path.join(dataDir, 'storage'));
    service = new StorageService(database.db, files, silentLogger);
    for (const [name, roles, aal] of [
      ['admin', ['admin'], 'aal2'],
      ['admin_aal1', ['admin'], 'aal1'],
      ['manager', ['manager'], 'aal2'],
      ['box_office', ['box_office'], 'aal2'],
      ['kitchen', ['kitchen'], 'aal2'],
    ] as const) {
      const user = await createUser(database, { email: `${name}@example.com`, roles: [...roles] });
      const { authorization } = await accessTokenFor(database, identity, user, aal);
      headers.set(name, { authorization });
      claims.set(name, { sub: user.id, roles: [...roles] });
    }
    jpegWithExif = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: { r: 180, g: 20, b: 60 } },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Artist: PHOTOGRAPHER, Copyright: 'La Diva' } })
      .toBuffer();
  });
  afterAll(async () => {
    await app?.close();
    await notifications?.stop();
    await database?.close();
  });

  const upload = (who: string | undefined, file: Buffer, options?: Parameters<typeof form>[1]) => {
    const body = form(file, options);
    return app.inject({
      method: 'POST',
      url: '/api/storage/posters',
      headers: { ...(who ? headers.get(who) : {}), ...body.headers },
      payload: body.payload,
    });
  };
  const get = (url: string, extra: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: extra });
  const fileName = (url: string) => url.split('/').pop()!;

  describe('upload', () => {
    it('re-encodes a JPEG into upright WebP renditions without EXIF, never enlarged', async () => {
      const source = await sharp(jpegWithExif).metadata();
      expect(source.orientation).toBe(6);
      expect(source.exif?.includes(Buffer.from(PHOTOGRAPHER))).toBe(true);

      const response = await upload('manager', jpegWithExif);
      expect(response.statusCode).toBe(201);
      const poster = response.json<StoredPoster>();
      expect(poster).toMatchObject({ sourceType: 'image/jpeg', width: 800, height: 1200 });
      // 800 wide once upright: 480 and the image's own 800, no 960 nor 1600.
      expect(poster.variants.map((v) => [v.width, v.height])).toEqual([
        [480, 720],
        [800, 1200],
      ]);
      for (const variant of poster.variants) {
        expect(variant.contentType).toBe('image/webp');
        expect(variant.url).toBe(`/api/storage/posters/${poster.id}-${variant.width}.webp`);
        const served = await get(variant.url);
        expect(served.statusCode).toBe(200);
        const bytes = served.rawPayload;
        expect(bytes.length).toBe(variant.size);
        const metadata = await sharp(bytes).metadata();
        expect(metadata).toMatchObject({ format: 'webp', width: variant.width });
        expect(metadata.exif).toBeUndefined();
        expect(metadata.orientation).toBeUndefined();
        expect(bytes.includes(Buffer.from(PHOTOGRAPHER))).toBe(false);
      }
      const { rows } = await database.owner.query(
        `select bucket, key, content_type, source_type, width, height, created_by
           from public.storage_objects where id = $1`,
        [poster.id],
      );
      expect(rows).toEqual([
        {
          bucket: 'posters',
          key: `${poster.id}-800.webp`,
          content_type: 'image/webp',
          source_type: 'image/jpeg',
          width: 800,
          height: 1200,
          created_by: claims.get('manager')!.sub,
        },
      ]);
    });

    it('judges a PNG named .pdf and declared as a PDF by its content; a wide one gets every width', async () => {
      const png = await sharp({
        create: { width: 2000, height: 1000, channels: 4, background: '#123456' },
      })
        .png()
        .toBuffer();
      const response = await upload('admin', png, {
        filename: 'programme.pdf',
        type: 'application/pdf',
      });
      expect(response.statusCode).toBe(201);
      const poster = response.json<StoredPoster>();
      expect(poster.sourceType).toBe('image/png');
      expect(poster.variants.map((v) => [v.width, v.height])).toEqual([
        [480, 240],
        [960, 480],
        [1600, 800],
      ]);
    });

    it('accepts WebP and AVIF uploads', async () => {
      const image = sharp({
        create: { width: 300, height: 200, channels: 3, background: '#abcdef' },
      });
      for (const [bytes, type] of [
        [await image.clone().webp().toBuffer(), 'image/webp'],
        [await image.clone().avif().toBuffer(), 'image/avif'],
      ] as const) {
        const response = await upload('admin', bytes, { filename: 'x.bin', type: 'text/plain' });
        expect(response.statusCode).toBe(201);
        const poster = response.json<StoredPoster>();
        expect(poster.sourceType).toBe(type);
        expect(poster.variants.map((v) => v.width)).toEqual([300]);
      }
    });

    it('refuses a text file dressed as a JPEG, and a PDF, with a stable code', async () => {
      const text = await upload('admin', Buffer.from('<script>alert(1)</script>\n'), {
        filename: 'poster.jpg',
        type: 'image/jpeg',
      });
      expect(text.statusCode).toBe(415);
      expect(text.json()).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
      const pdf = await upload('admin', PDF, { filename: 'poster.pdf', type: 'application/pdf' });
      expect(pdf.statusCode).toBe(415);
      expect(pdf.json()).toMatchObject({
        code: 'UNSUPPORTED_FILE_TYPE',
        details: { detected: 'application/pdf' },
      });
    });

    it('refuses a damaged image with INVALID_FILE', async () => {
      const response = await upload('admin', Buffer.concat([jpegWithExif.subarray(0, 200)]));
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ code: 'INVALID_FILE' });
    });

    it('refuses a file over 10 MB with FILE_TOO_LARGE', async () => {
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
      big.set(jpegWithExif.subarray(0, 3));
      const response = await upload('admin', big);
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ code: 'FILE_TOO_LARGE' });
    });

    it('refuses a decompression bomb from its header, before decoding', async () => {
      const bomb = pngClaiming(30_000, 30_000);
      expect(bomb.length).toBeLessThan(100);
      const response = await upload('admin', bomb, { filename: 'bomb.png', type: 'image/png' });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ code: 'IMAGE_TOO_LARGE' });
    });

    it('asks for the file in the "file" field', async () => {
      const response = await upload('admin', jpegWithExif, { field: 'image' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { fields: [{ path: 'body.file' }] },
      });
    });

    it('answers a cut-off or boundary-less form with 400, not 500', async () => {
      const body = form(jpegWithExif);
      const cut = await app.inject({
        method: 'POST',
        url: '/api/storage/posters',
        headers: { ...headers.get('admin'), ...body.headers },
        payload: body.payload.subarray(0, 300),
      });
      expect([cut.statusCode, cut.json().code]).toEqual([400, 'BAD_REQUEST']);
      const noBoundary = await app.inject({
        method: 'POST',
        url: '/api/storage/posters',
        headers: { ...headers.get('admin'), 'content-type': 'multipart/form-data' },
        payload: body.payload,
      });
      expect(noBoundary.statusCode).toBe(400);
    });

    it('lets only admins and managers with a second factor upload', async () => {
      const anonymous = await upload(undefined, jpegWithExif);
      expect([anonymous.statusCode, anonymous.json().code]).toEqual([401, 'UNAUTHENTICATED']);
      const boxOffice = await upload('box_office', jpegWithExif);
      expect([boxOffice.statusCode, boxOffice.json().code]).toEqual([403, 'FORBIDDEN']);
      const kitchen = await upload('kitchen', jpegWithExif);
      expect([kitchen.statusCode, kitchen.json().code]).toEqual([403, 'FORBIDDEN']);
      const withoutSecondFactor = await upload('admin_aal1', jpegWithExif);
      expect([withoutSecondFactor.statusCode, withoutSecondFactor.json().code]).toEqual([
        403,
        'MFA_REQUIRED',
      ]);
    });

    it('RLS refuses a poster row from box office even when the route is bypassed', async () => {
      const postersDir = path.join(dataDir, 'storage', 'posters');
      const before = await readdir(postersDir);
      const boxOffice = claims.get('box_office')!;
      await expect(
        service.uploadPoster({ role: 'authenticated', aal: 'aal2', ...boxOffice }, jpegWithExif, {
          ip: '127.0.0.1',
          requestId: 'test',
        }),
      ).rejects.toMatchObject({ code: '42501' });
      // …and the renditions written before the refused row are removed again.
      expect(await readdir(postersDir)).toEqual(before);
    });

    it('accepts multipart on the upload route only, and JSON everywhere but there', async () => {
      const body = form(jpegWithExif);
      const elsewhere = await app.inject({
        method: 'PATCH',
        url: '/api/venue',
        headers: { ...headers.get('admin'), ...body.headers },
        payload: body.payload,
      });
      expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ]);
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: body.headers,
        payload: body.payload,
      });
      expect(signIn.statusCode).toBe(415);
      const json = await app.inject({
        method: 'POST',
        url: '/api/storage/posters',
        headers: { ...headers.get('admin'), 'content-type': 'application/json' },
        payload: JSON.stringify({ file: 'x' }),
      });
      expect([json.statusCode, json.json().code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    });
  });

  describe('serving posters', () => {
    let poster: StoredPoster;
    beforeAll(async () => {
      poster = (await upload('admin', jpegWithExif)).json<StoredPoster>();
    });

    it('serves a rendition to anyone, cacheable for a year, with its ETag', async () => {
      const url = poster.variants[0]!.url;
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('image/webp');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-length']).toBe(String(poster.variants[0]!.size));
      const etag = response.headers.etag as string;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);

      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await get(url, { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
      expect((await get(url, { 'if-none-match': '"other"' })).statusCode).toBe(200);

      const head = await app.inject({ method: 'HEAD', url });
      expect(head.statusCode).toBe(200);
      expect(head.headers['content-type']).toBe('image/webp');
    });

    it('answers 404 for an unknown file, never cached for long', async () => {
      for (const name of [
        `${randomUUID()}-480.webp`,
        `${poster.id}-481.webp`,
        `${poster.id}-1600.webp`, // this image has no 1600 rendition
      ]) {
        const response = await get(`/api/storage/posters/${name}`);
        expect(response.statusCode).toBe(404);
        expect(response.json().code).toBe('NOT_FOUND');
        expect(response.headers['cache-control'] ?? '').not.toContain('immutable');
      }
      for (const name of ['..%2F..%2Fetc%2Fpasswd', `${poster.id}-480.webp%2F..`, 'x.webp']) {
        const response = await get(`/api/storage/posters/${name}`);
        expect(response.statusCode).toBe(400);
      }
    });

    it('answers 404 when a row has lost its file, without caching the answer', async () => {
      const fresh = (await upload('admin', jpegWithExif)).json<StoredPoster>();
      await files.delete('posters', fileName(fresh.variants[0]!.url));
      const response = await get(fresh.variants[0]!.url);
      expect(response.statusCode).toBe(404);
      expect(response.headers['cache-control'] ?? '').not.toContain('immutable');
    });

    it('lists the library for admins and managers, a page at a time', async () => {
      const first = await get('/api/storage/posters?limit=2', headers.get('manager'));
      expect(first.statusCode).toBe(200);
      const page = first.json<{ items: StoredPoster[]; nextCursor: string | null }>();
      expect(page.items).toHaveLength(2);
      expect(page.nextCursor).toEqual(expect.any(String));
      const ids = new Set(page.items.map((item) => item.id));
      let cursor = page.nextCursor;
      while (cursor) {
        const next = (
          await get(`/api/storage/posters?limit=2&cursor=${cursor}`, headers.get('manager'))
        ).json<{ items: StoredPoster[]; nextCursor: string | null }>();
        for (const item of next.items) {
          expect(ids.has(item.id)).toBe(false);
          ids.add(item.id);
        }
        cursor = next.nextCursor;
      }
      const { rows } = await database.owner.query<{ n: number }>(
        `select count(*)::int as n from public.storage_objects where bucket = 'posters'`,
      );
      expect(ids.size).toBe(rows[0]!.n);
      expect((await get('/api/storage/posters', headers.get('box_office'))).statusCode).toBe(403);
      expect(
        (await get('/api/storage/posters?cursor=bm9wZQ', headers.get('admin'))).statusCode,
      ).toBe(400);
    });

    it('lets admins and managers remove a poster and its files; nobody else', async () => {
      const doomed = (await upload('admin', jpegWithExif)).json<StoredPoster>();
      const remove = (who?: string) =>
        app.inject({
          method: 'DELETE',
          url: `/api/storage/posters/${doomed.id}`,
          headers: who ? headers.get(who) : {},
        });
      expect((await remove()).statusCode).toBe(401);
      expect((await remove('box_office')).statusCode).toBe(403);
      expect((await remove('kitchen')).statusCode).toBe(403);
      expect((await get(doomed.variants[0]!.url)).statusCode).toBe(200);

      expect((await remove('manager')).statusCode).toBe(204);
      for (const variant of doomed.variants) {
        expect((await get(variant.url)).statusCode).toBe(404);
        expect(await files.exists('posters', fileName(variant.url))).toBe(false);
      }
      expect((await remove('manager')).statusCode).toBe(404);
      const { rows } = await database.owner.query(
        `select action from public.audit_log where target_id = $1 order by at`,
        [doomed.id],
      );
      expect(rows.map((row) => row.action)).toEqual([
        'storage.poster.uploaded',
        'storage.poster.deleted',
      ]);
    });
  });

  describe('exports', () => {
    let exportId: string;
    beforeAll(async () => {
      ({ id: exportId } = await service.storeExport({
        bytes: PDF,
        contentType: 'application/pdf',
        createdBy: claims.get('admin')!.sub,
      }));
    });

    it('serves an export to admins and managers with a second factor, never cached', async () => {
      for (const who of ['admin', 'manager']) {
        const response = await get(`/api/storage/exports/${exportId}`, headers.get(who));
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('application/pdf');
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['content-disposition']).toBe(
          `attachment; filename="la-diva-${exportId}.pdf"`,
        );
        expect(response.rawPayload.equals(PDF)).toBe(true);
      }
    });

    it('refuses the kitchen, the box office, an admin without a second factor and anonymous', async () => {
      const url = `/api/storage/exports/${exportId}`;
      expect((await get(url, headers.get('kitchen'))).json().code).toBe('FORBIDDEN');
      expect((await get(url, headers.get('box_office'))).json().code).toBe('FORBIDDEN');
      expect((await get(url, headers.get('admin_aal1'))).json().code).toBe('MFA_REQUIRED');
      expect((await get(url)).statusCode).toBe(401);
    });

    it('RLS hides the export from the kitchen even when the route is bypassed', async () => {
      const kitchen = claims.get('kitchen')!;
      await expect(
        service.openExport({ role: 'authenticated', aal: 'aal2', ...kitchen }, exportId),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const admin = claims.get('admin')!;
      const { row } = await service.openExport(
        { role: 'authenticated', aal: 'aal2', ...admin },
        exportId,
      );
      expect(row).toMatchObject({ bucket: 'exports', createdBy: admin.sub });
    });

    it('is not a poster: the public poster route does not serve it', async () => {
      const response = await get(`/api/storage/posters/${exportId}-480.webp`);
      expect(response.statusCode).toBe(404);
    });

    it('refuses to store bytes that are not what the server says they are', async () => {
      await expect(
        service.storeExport({ bytes: Buffer.from('not a pdf'), contentType: 'application/pdf' }),
      ).rejects.toThrow(/not application\/pdf/);
      const csv = await service.storeExport({
        bytes: Buffer.from('date;couverts\n2026-12-31;120\n'),
        contentType: 'text/csv',
      });
      const response = await get(`/api/storage/exports/${csv.id}`, headers.get('manager'));
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.body).toBe('date;couverts\n2026-12-31;120\n');
    });
  });
});
