import { z } from 'zod';

export const healthResponseSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    version: z.string(),
    uptimeSeconds: z.number().int().nonnegative(),
    database: z.object({
      status: z.enum(['up', 'down']),
      latencyMs: z.number().nonnegative().nullable(),
    }),
  })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof healthResponseSchema>;
