// The shapes shared by the templates: what a kind composes (locale-resolved copy, no markup) and
// what the renderer hands to the channels. Each kind only writes words; the layout and the
// plain-text writer turn the same content into HTML and text, so both always say the same thing.
import type { z } from 'zod';

export type Locale = 'fr' | 'en';

export type Style = 'long' | 'short';
export interface DateOptions {
  /** "samedi 12 décembre" (long, the default) or "sam. 12 déc." (short, for SMS). */
  style?: Style;
  year?: boolean;
}

/** Dates, times, money and counts in one locale's words (format.ts makes one). */
export interface Formatter {
  locale: Locale;
  date(iso: string, options?: DateOptions): string;
  time(iso: string): string;
  dateTime(iso: string, options?: DateOptions): string;
  money(cents: number): string;
  /** A duration given in minutes, in the largest whole unit: "72 heures" → "3 jours". */
  duration(minutes: number): string;
  guests(count: number): string;
  /** "label : value" with French spacing, for the plain-text part. */
  labelled(label: string, value: string): string;
  /** A list joined the local way: "a, b et c" / "a, b and c". */
  list(items: string[]): string;
}

export interface VenueBranding {
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  publicUrl: string;
}

export interface RenderedMessage {
  subject: string;
  html: string;
  text: string;
  sms: string;
  push: { title: string; body: string; url?: string };
}

export type Tone = 'info' | 'warning' | 'critical';

/** The pieces an email body is made of, in reading order. */
export interface DetailsBlock {
  type: 'details';
  title?: string;
  rows: { label: string; value: string }[];
}

export type Block =
  | { type: 'paragraph'; text: string }
  | DetailsBlock
  | { type: 'changes'; rows: { label: string; before: string; after: string }[] }
  | { type: 'notice'; tone: Tone; title?: string; text: string };

export interface EmailContent {
  subject: string;
  /** The grey line after the subject in the inbox list. */
  preheader: string;
  /** Small capitals above the heading: what kind of message this is, at a glance. */
  kicker: string;
  heading: string;
  greeting?: string;
  body: Block[];
  cta?: { label: string; url: string };
  after?: Block[];
  /** Why the person receives this email (legal and trust: every email says it). */
  reason: string;
}

export interface ComposedMessage {
  email: EmailContent;
  /** Candidates from richest to shortest: the renderer keeps the first that fits one SMS. */
  sms: string[];
  push: { title: string; body: string; url?: string };
}

export interface ComposeContext {
  locale: Locale;
  venue: VenueBranding;
  f: Formatter;
}

export interface KindDefinition<S extends z.ZodType> {
  schema: S;
  /** Realistic data for staff previews and tests. */
  sample: z.output<S>;
  /** Both languages are required, so a missing translation fails the type check. */
  copy: Record<Locale, (data: z.output<S>, ctx: ComposeContext) => ComposedMessage>;
}

export const defineKind = <S extends z.ZodType>(definition: KindDefinition<S>) => definition;
