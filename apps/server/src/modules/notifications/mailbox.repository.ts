// SQL of the mailbox view: who is reading.
import type { Db } from '../../db/database.ts';
import type { Tx } from '../../db/request-context.ts';

export interface Reader {
  email: string;
  roles: string[];
  disabled: boolean;
}

export async function findReader(tx: Tx | Db, userId: string): Promise<Reader | undefined> {
  const row = await tx
    .selectFrom('users')
    .select(['email', 'roles', 'disabledAt'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return row && { email: row.email, roles: row.roles, disabled: row.disabledAt !== null };
}
