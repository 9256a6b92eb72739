// The local mailbox as staff read it (issue #12, ADR 0019). Admins only (the route says so, and
// the frame checks it again); every secret link in it is masked unless the reader is the
// message's one recipient, reading their own mail. A manager who could read a colleague's reset
// link or a pending admin invitation could become anyone.
import type { Db } from '../../db/database.ts';
import { withRequestContext } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import type {
  LocalMailbox,
  MailboxEntry,
  MailboxMessage,
} from '../../services/notifications/channels/email/local-mailbox.ts';
import { findReader, type Reader } from './mailbox.repository.ts';
import { isOnlyRecipient, linkMasker } from './mailbox-redaction.ts';

/** Who may read the mailbox at all. */
export const MAILBOX_ROLES = ['admin'] as const;

export interface ShownMessage extends MailboxMessage {
  /** How many link tokens this reading masked (0 for the recipient's own message). */
  maskedLinks: number;
}

export class MailboxService {
  constructor(
    private readonly mailbox: LocalMailbox,
    /** The API's pool: requests read their own account under RLS. */
    private readonly db: Db,
    /** Service-role sessions: the reader of a frame is known by its view link, not by claims. */
    private readonly serviceDb: Db,
  ) {}

  async list(claims: UserClaims): Promise<MailboxEntry[]> {
    await this.reader(claims);
    const entries = await this.mailbox.list();
    // Subjects never carry a link today; masked anyway, so that one never leaks here.
    return entries.map((entry) => ({ ...entry, subject: linkMasker().mask(entry.subject) }));
  }

  async read(claims: UserClaims, id: string): Promise<ShownMessage | undefined> {
    const reader = await this.reader(claims);
    const message = await this.mailbox.get(id);
    return message && shown(message, reader);
  }

  /** The HTML part for a frame whose view link was issued to `readerId`. */
  async html(readerId: string, id: string): Promise<string | null | undefined> {
    const reader = await findReader(this.serviceDb, readerId);
    // The link lives two minutes; an admin demoted or disabled meanwhile reads no more.
    if (!reader || !mayRead(reader)) throw forbidden();
    const message = await this.mailbox.get(id);
    return message && shown(message, reader).html;
  }

  private async reader(claims: UserClaims): Promise<Reader> {
    const reader = await withRequestContext(this.db, claims, (tx) => findReader(tx, claims.sub));
    if (!reader || !mayRead(reader)) throw forbidden();
    return reader;
  }
}

const mayRead = (reader: Reader) =>
  !reader.disabled && MAILBOX_ROLES.some((role) => reader.roles.includes(role));

const forbidden = () =>
  new AppError('FORBIDDEN', 403, 'Only administrators read the local mailbox.');

function shown(message: MailboxMessage, reader: Reader): ShownMessage {
  if (isOnlyRecipient(message.to, reader.email)) return { ...message, maskedLinks: 0 };
  const masker = linkMasker();
  return {
    ...message,
    subject: masker.mask(message.subject),
    text: masker.mask(message.text),
    html: message.html === null ? null : masker.mask(message.html),
    maskedLinks: masker.count,
  };
}
