// A search text as a case-insensitive "contains" pattern for LIKE, shared by the searchable staff
// lists (bookings, customers).

/** `%`, `_` and `\` taken literally inside a LIKE pattern. */
export const likeContains = (text: string) =>
  `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
