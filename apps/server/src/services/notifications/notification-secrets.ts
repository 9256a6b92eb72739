// The secret values of a notification (the links that open something: a reset, an invitation, a
// manage link) are kept apart from its readable payload, sealed with the secret box and bound to
// the notification's id, so that a sealed value copied onto another row does not open (ADR 0019).
import { z } from 'zod';
import type { SecretBox } from '../../lib/secret-box.ts';

/** Template values that must not be kept in clear, by template field name. */
export type NotificationSecrets = Record<string, string>;

const secretsSchema = z.record(z.string(), z.string());

const associatedData = (notificationId: string) => `notification:${notificationId}`;

export function sealSecrets(
  box: SecretBox,
  notificationId: string,
  secrets: NotificationSecrets,
): string {
  return box.seal(JSON.stringify(secrets), associatedData(notificationId));
}

/** Throws SecretBoxError when the value was altered, moved to another row or sealed by another key. */
export function openSecrets(
  box: SecretBox,
  notificationId: string,
  sealed: string,
): NotificationSecrets {
  return secretsSchema.parse(JSON.parse(box.open(sealed, associatedData(notificationId))));
}

/** The payload and the secrets must not share a name: the worker merges them to render. */
export function assertSeparate(data: Record<string, unknown>, secrets: NotificationSecrets): void {
  const both = Object.keys(secrets).filter((key) => Object.hasOwn(data, key));
  if (both.length > 0) {
    throw new Error(`notification fields both in data and in secrets: ${both.join(', ')}`);
  }
}
