// The building block of every text a request carries (issue #12): a string PostgreSQL can store.
// Its text type refuses NUL (U+0000), and so does jsonb; half of a UTF-16 surrogate pair, which
// JSON can carry ("\ud800"), has no UTF-8 form: jsonb refuses its escape, and the driver would
// quietly turn it into U+FFFD in text. Refused here, either is a 400 naming the field instead of
// a 500 from the database, on every route at once.
//
// Every request field that is text starts from `text()` (or `url()`); formats whose grammar is
// closed — z.email(), z.uuid(), z.iso.*, enums — cannot hold these characters and need nothing.
// The server's walk over every documented operation (text-fields.int.test.ts) fails on a string
// field that forgets. Response schemas keep plain z.string(): what we send was stored already.
import { z } from 'zod';

/** NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The `format` of the issue (a field error's code is `invalid_format`). */
export const STORABLE_TEXT_FORMAT = 'storable_text';

/** Whether PostgreSQL can store this string as text or inside jsonb. */
export const isStorableText = (value: string) => !UNSTORABLE.test(value);

const storable = z.check<string>((ctx) => {
  if (isStorableText(ctx.value)) return;
  ctx.issues.push({
    code: 'invalid_format',
    format: STORABLE_TEXT_FORMAT,
    input: ctx.value,
    message: 'Contains a character that cannot be stored (NUL or half a surrogate pair)',
  });
});

/** A string PostgreSQL can store: use it for every text field of a request. */
export const text = () => z.string().check(storable);

/** An http(s) URL PostgreSQL can store (z.url() alone lets NUL through in the path). */
export const url = (params?: Parameters<typeof z.url>[0]) => z.url(params).check(storable);
