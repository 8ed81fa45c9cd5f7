import { sql as initial } from './001-initial';

export interface Migration {
  /** The user_version the database has once this migration is applied. */
  version: number;
  name: string;
  sql: string;
}

/** Every schema change, oldest first. Append new files here; never reorder or edit. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: '001-initial', sql: initial }];
