import { z } from 'zod';

/** One api method: the schema main validates its argument with, and the schema of its answer. */
export interface MethodContract {
  input: z.ZodType;
  output: z.ZodType;
}

/** A feature's methods. Write each entry's one line of doc as a JSDoc comment: it shows on the bridge. */
export type ContractTable = Record<string, MethodContract>;

/** For methods that take nothing: callers pass `{}`. */
export const NoInput = z.object({}).strict();

/** What the renderer sees of a table: one async function per method. */
export type ApiOf<C extends ContractTable> = {
  [M in keyof C]: (input: z.input<C[M]['input']>) => Promise<z.output<C[M]['output']>>;
};

type Merged<T extends readonly ContractTable[]> = T extends readonly [infer Head, ...infer Rest extends readonly ContractTable[]]
  ? Head & Merged<Rest>
  : unknown;

/** The feature tables as one; a method name used twice is a bug, so it throws at load. */
export function composeContracts<const T extends readonly ContractTable[]>(...tables: T): { [M in keyof Merged<T>]: Merged<T>[M] } {
  const all: ContractTable = {};
  for (const table of tables) {
    for (const [name, contract] of Object.entries(table)) {
      if (Object.hasOwn(all, name)) throw new Error(`api method ${name} is declared by two contract tables`);
      all[name] = contract;
    }
  }
  return all as { [M in keyof Merged<T>]: Merged<T>[M] };
}
