import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions, maskUrl } from './logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino(loggerOptions('info'), stream), lines };
}

describe('logger', () => {
  it('redacts credentials wherever they appear', () => {
    const { logger, lines } = capture();
    logger.info({
      req: {
        headers: { authorization: 'Bearer abc.def', cookie: 'session=xyz', accept: 'text/html' },
      },
      user: { password: 'hunter2', token: 't0k3n' },
      config: { databaseUrl: 'postgres://owner:s3cret@db/ladiva' },
    });
    const line = lines.join('');
    for (const secret of ['abc.def', 'session=xyz', 'hunter2', 't0k3n', 's3cret']) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('text/html');
    expect(line).toContain('[redacted]');
  });

  it('masks the password of a connection string', () => {
    expect(maskUrl('postgres://owner:s3cret@db:5432/ladiva')).toBe(
      'postgres://owner:***@db:5432/ladiva',
    );
    expect(maskUrl('not a url')).toBe('[unparseable url]');
  });
});
