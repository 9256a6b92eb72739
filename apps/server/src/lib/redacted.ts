import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * A secret from the configuration that no log line, JSON dump or `console.log` can print: the
 * value sits in a private field and every way of turning the wrapper into text says
 * `[redacted]`. Logger redaction works by property path and misses a config logged whole or
 * nested; this does not depend on where the value ends up. Only `reveal()` gives the value.
 */
export class Redacted {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}
