import { z } from 'zod';

/** Row ids are positive integers; anything else is rejected before it reaches SQL. */
export const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export type Id = z.infer<typeof Id>;

export const ById = z.object({ id: Id }).strict();
export type ById = z.infer<typeof ById>;
