import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults for a newcomer', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.databaseUrl).toBeUndefined();
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.logLevel).toBe('info');
  });

  it('treats empty values as unset, as .env files often carry them', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
  });

  it('names every invalid key in one error, without echoing secrets', () => {
    const secret = 'mysql://root:hunter2@db/ladiva';
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: secret });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('DATABASE_URL');
    expect(message).not.toContain('hunter2');
  });

  it('refuses an app connection without an owner connection', () => {
    expect(() => loadConfig({ DATABASE_APP_URL: 'postgres://api@localhost/ladiva' })).toThrow(
      /DATABASE_APP_URL/,
    );
  });

  it('says which rule a weak ADMIN_PASSWORD breaks, in one line, without echoing it', () => {
    const admin = (password: string, email = 'marie.dupont@example.com') => {
      try {
        loadConfig({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        const message = (error as Error).message;
        expect(message).not.toContain(password);
        return message.split('\n').filter((line) => line.includes('ADMIN_PASSWORD'));
      }
      return [];
    };
    expect(admin('Dupont-1925!')).toEqual(['  ADMIN_PASSWORD: contains part of ADMIN_EMAIL']);
    expect(admin('Cab1925')).toEqual(['  ADMIN_PASSWORD: is too short: at least 8 characters']);
    expect(admin('x'.repeat(129))).toEqual([
      '  ADMIN_PASSWORD: is too long: at most 128 characters',
    ]);
    expect(admin('password1')).toEqual([
      '  ADMIN_PASSWORD: is one of the most common passwords: choose a less guessable one',
    ]);
    expect(admin('Un soir au cabaret 1925')).toEqual([]);
  });

  it('strips a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://ladiva.example/' }).publicUrl).toBe(
      'https://ladiva.example',
    );
  });

  it('reads trusted proxies and CORS origins as lists, and rejects malformed ones', () => {
    const config = loadConfig({
      TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1',
      CORS_ORIGINS: 'https://partner.example',
    });
    expect(config.trustedProxies).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(config.corsOrigins).toEqual(['https://partner.example']);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/99' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://partner.example/path' })).toThrow(
      /CORS_ORIGINS/,
    );
  });
});
