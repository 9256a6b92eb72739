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
    // A request is logged by an allow-list: no header at all.
    expect(line).not.toContain('text/html');
    expect(line).toContain('[redacted]');
  });

  it('logs requests without credential parameters, and errors without secrets or extras', () => {
    const { logger, lines } = capture();
    logger.info({
      req: { method: 'GET', url: '/api/mailbox/1/html?view=eyJ.secret.sig&x=1', ip: '10.0.0.1' },
    });
    const error = Object.assign(
      new Error('connect postgres://owner:s3cret@db/ladiva failed with Bearer abc.def'),
      { code: 'ECONNREFUSED', config: { headers: { authorization: 'Bearer zzz' } } },
    );
    logger.error({ err: error });
    const log = lines.join('');
    for (const secret of ['eyJ.secret.sig', 's3cret', 'abc.def', 'zzz']) {
      expect(log).not.toContain(secret);
    }
    const [request, failure] = lines.map((line) => JSON.parse(line));
    expect(request.req).toEqual({
      method: 'GET',
      url: '/api/mailbox/1/html?view=[redacted]&x=1',
      remoteAddress: '10.0.0.1',
    });
    expect(failure.err).toMatchObject({ type: 'Error', code: 'ECONNREFUSED' });
    expect(failure.err.message).toContain('postgres://owner:[redacted]@db/ladiva');
    expect(failure.err).not.toHaveProperty('config');
  });

  it('masks the password of a connection string', () => {
    expect(maskUrl('postgres://owner:s3cret@db:5432/ladiva')).toBe(
      'postgres://owner:***@db:5432/ladiva',
    );
    expect(maskUrl('not a url')).toBe('[unparseable url]');
  });
});
