// Types of the message catalogues, and the one function that reads them. Why no library: see
// the i18n decision record in docs/decisions/ (a typed catalogue per language, French first).
import type { fr } from './messages-fr';

export type MessageKey = keyof typeof fr;

/** A language's messages: exactly the French keys, each a string. */
export type Catalogue = { readonly [K in MessageKey]: string };

/** The `{name}` parameters of a message, as a union of names (never when it has none). */
export type ParamNames<S> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | ParamNames<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Record<
  ParamNames<(typeof fr)[K]>,
  string | number
>;

/** The keys of the messages that take no parameter. */
export type PlainMessageKey = {
  [K in MessageKey]: [ParamNames<(typeof fr)[K]>] extends [never] ? K : never;
}[MessageKey];

/** `t('key')` for a plain message, `t('key', { name: value })` when it has parameters. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [ParamNames<(typeof fr)[K]>] extends [never] ? [] : [params: MessageParams<K>]
) => string;

/** The keys whose messages take different parameters in `A` and `B` (true when none). */
export type SameParams<A extends Catalogue, B extends Catalogue> =
  | {
      [K in MessageKey]: [ParamNames<A[K]>] extends [ParamNames<B[K]>]
        ? [ParamNames<B[K]>] extends [ParamNames<A[K]>]
          ? never
          : K
        : K;
    }[MessageKey]
  | true;
export type Assert<T extends true> = T;

/**
 * `t` of another catalogue with the same rules (a page's own messages, loaded with its chunk):
 * `M` is its French original.
 */
export type TranslateWith<M> = <K extends keyof M & string>(
  key: K,
  ...params: [ParamNames<M[K]>] extends [never]
    ? []
    : [params: Record<ParamNames<M[K]>, string | number>]
) => string;

/** The keys whose messages take different parameters in `A` and `B` (true when none). */
export type SameParamsWith<A, B extends { [K in keyof A]: string }> =
  | {
      [K in keyof A]: [ParamNames<A[K]>] extends [ParamNames<B[K]>]
        ? [ParamNames<B[K]>] extends [ParamNames<A[K]>]
          ? never
          : K
        : K;
    }[keyof A]
  | true;

export function translate(
  catalogue: Readonly<Record<string, string>>,
  key: string,
  params?: Record<string, string | number>,
): string {
  const message = catalogue[key] ?? key;
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
