// One reading of a uuid in its text form (any case), for ids that arrive from outside: tokens'
// claims, route parameters that join a batch (one malformed id must not fail the others).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);
