import { Logger as GraphileLogger, type LogLevel } from 'graphile-worker';
import type { Logger } from 'pino';

/** graphile-worker's log lines, through our pino logger (structured, redacted). */
export function graphileLogger(logger: Logger): GraphileLogger {
  const queueLogger = logger.child({ component: 'queue' });
  return new GraphileLogger((scope) => (level: LogLevel, message: string, meta?: unknown) => {
    const fields = { scope, ...(meta && typeof meta === 'object' ? { meta } : {}) };
    if (level === 'error') queueLogger.error(fields, message);
    else if (level === 'warning') queueLogger.warn(fields, message);
    else if (level === 'info') queueLogger.info(fields, message);
    else queueLogger.debug(fields, message);
  });
}
