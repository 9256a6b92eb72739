// The S3 driver against a tiny S3-compatible server written here (PUT, GET, HEAD, DELETE of an
// object, path-style): S3 itself is a paid third-party service the tests cannot reach. The server
// checks what a real one would refuse: a request not signed with our access key, a key outside
// the bucket, a body whose length differs from Content-Length.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redacted } from '../../lib/redacted.ts';
import { S3Storage } from './s3-storage.ts';
import { InvalidStorageKeyError } from './storage-driver.ts';

const BUCKET = 'ladiva-files';
const ACCESS_KEY = 'AKIALADIVATEST';

interface StoredObject {
  body: Buffer;
  contentType: string;
  etag: string;
}

/** Just enough of S3's REST API for the driver: objects in one bucket, path-style. */
function startFakeS3() {
  const objects = new Map<string, StoredObject>();
  const requests: { method: string; path: string }[] = [];
  const server = http.createServer((request, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      const url = new URL(request.url ?? '/', 'http://s3.test');
      requests.push({ method: request.method ?? '', path: url.pathname });
      const signed = request.headers.authorization?.startsWith(
        `AWS4-HMAC-SHA256 Credential=${ACCESS_KEY}/`,
      );
      const prefix = `/${BUCKET}/`;
      const error = (status: number, code: string) => {
        response.writeHead(status, { 'content-type': 'application/xml' });
        response.end(request.method === 'HEAD' ? undefined : `<Error><Code>${code}</Code></Error>`);
      };
      if (!signed) return error(403, 'AccessDenied');
      if (!url.pathname.startsWith(prefix)) return error(404, 'NoSuchBucket');
      const key = decodeURIComponent(url.pathname.slice(prefix.length));
      switch (request.method) {
        case 'PUT': {
          if (Number(request.headers['content-length']) !== body.length) {
            return error(400, 'IncompleteBody');
          }
          const etag = `"${createHash('md5').update(body).digest('hex')}"`;
          objects.set(key, {
            body,
            contentType: request.headers['content-type'] ?? 'binary/octet-stream',
            etag,
          });
          response.writeHead(200, { etag });
          return response.end();
        }
        case 'GET':
        case 'HEAD': {
          const object = objects.get(key);
          if (!object) return error(404, 'NoSuchKey');
          response.writeHead(200, {
            'content-type': object.contentType,
            'content-length': String(object.body.length),
            etag: object.etag,
          });
          return response.end(request.method === 'GET' ? object.body : undefined);
        }
        case 'DELETE':
          objects.delete(key);
          response.writeHead(204);
          return response.end();
        default:
          return error(405, 'MethodNotAllowed');
      }
    })();
  });
  return { server, objects, requests };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('S3 driver', () => {
  const fake = startFakeS3();
  let driver: S3Storage;
  let endpoint: string;

  beforeAll(async () => {
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    endpoint = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    driver = new S3Storage({
      endpoint,
      region: 'fr-par',
      bucket: BUCKET,
      forcePathStyle: true,
      credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: new Redacted('s3cr3t-key') },
    });
  });
  afterAll(async () => {
    driver?.destroy();
    fake.server.close();
    await once(fake.server, 'close');
  });

  it('puts, reads back, checks and deletes an object under its bucket prefix, path-style', async () => {
    const bytes = Buffer.from('RIFF....WEBPVP8 fake image bytes');
    const put = await driver.put('posters', 'abc-480.webp', bytes, { contentType: 'image/webp' });
    expect(put.size).toBe(bytes.length);
    expect(put.etag).toBe(`"${createHash('md5').update(bytes).digest('hex')}"`);
    expect(fake.objects.get('posters/abc-480.webp')?.contentType).toBe('image/webp');
    expect(fake.requests.at(-1)).toEqual({
      method: 'PUT',
      path: `/${BUCKET}/posters/abc-480.webp`,
    });

    expect(await driver.exists('posters', 'abc-480.webp')).toBe(true);
    const blob = await driver.get('posters', 'abc-480.webp');
    expect(blob).toMatchObject({ contentType: 'image/webp', size: bytes.length, etag: put.etag });
    expect((await readAll(blob!.body)).equals(bytes)).toBe(true);

    await driver.delete('posters', 'abc-480.webp');
    expect(fake.objects.has('posters/abc-480.webp')).toBe(false);
    expect(await driver.exists('posters', 'abc-480.webp')).toBe(false);
    expect(await driver.get('posters', 'abc-480.webp')).toBeUndefined();
    // Deleting what is not there is not an error (S3 answers 204 either way).
    await driver.delete('posters', 'abc-480.webp');
  });

  it('keeps buckets apart: the same key in posters and exports are two objects', async () => {
    await driver.put('posters', 'same.pdf', Buffer.from('%PDF-a'), {
      contentType: 'application/pdf',
    });
    await driver.put('exports', 'same.pdf', Buffer.from('%PDF-b'), {
      contentType: 'application/pdf',
    });
    expect((await readAll((await driver.get('exports', 'same.pdf'))!.body)).toString()).toBe(
      '%PDF-b',
    );
    expect((await readAll((await driver.get('posters', 'same.pdf'))!.body)).toString()).toBe(
      '%PDF-a',
    );
  });

  it('refuses a key that could leave its prefix, before any request', async () => {
    const before = fake.requests.length;
    for (const key of ['../exports/x.pdf', 'a/b.webp', '.hidden.webp', 'UPPER.webp', 'noext']) {
      await expect(driver.get('posters', key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
    expect(fake.requests.length).toBe(before);
  });

  it('surfaces a refusal by the server (wrong credentials) as an error, not as "missing"', async () => {
    const stranger = new S3Storage({
      endpoint,
      region: 'fr-par',
      bucket: BUCKET,
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIASTRANGER', secretAccessKey: new Redacted('x') },
    });
    try {
      await expect(stranger.get('posters', 'abc-480.webp')).rejects.toMatchObject({
        name: 'AccessDenied',
      });
    } finally {
      stranger.destroy();
    }
  });
});
