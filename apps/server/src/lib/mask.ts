/**
 * Masks a recipient for lists shown to staff: enough to recognise, not enough to harvest.
 * "jeanne.dupont@example.com" → "j***t@example.com"; "+33612345678" → "+336••••••78".
 */
export function maskRecipient(value: string): string {
  const at = value.lastIndexOf('@');
  if (at > 0) {
    const local = value.slice(0, at);
    const shown = local.length <= 2 ? local[0] : `${local[0]}***${local[local.length - 1]}`;
    return `${shown}@${value.slice(at + 1)}`;
  }
  if (/^\+?[0-9]{7,15}$/.test(value)) {
    return `${value.slice(0, 4)}${'•'.repeat(Math.max(0, value.length - 6))}${value.slice(-2)}`;
  }
  if (/^https?:\/\//.test(value)) return `${new URL(value).origin}/…`;
  return value.length > 12 ? `${value.slice(0, 8)}…` : value;
}
