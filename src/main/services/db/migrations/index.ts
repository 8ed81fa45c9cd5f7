import { sql as initial } from './001-initial';
import { sql as journal } from './002-journal';
import { sql as review } from './003-review';
import { sql as focusPoints } from './004-focus-points';
import { sql as scaleIndexes } from './005-scale-indexes';
import { sql as recoveryCause } from './006-recovery-cause';
import { sql as comeback } from './007-comeback';
import { sql as mockInterviews } from './008-mock-interviews';
import { sql as mentorNotes } from './009-mentor-notes';
import { sql as delivery } from './010-delivery';
import { sql as bodyLanguage } from './011-body-language';

export interface Migration {
  /** The user_version the database has once this migration is applied. */
  version: number;
  name: string;
  sql: string;
}

/** Every schema change, oldest first. Append new files here; never reorder or edit. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001-initial', sql: initial },
  { version: 2, name: '002-journal', sql: journal },
  { version: 3, name: '003-review', sql: review },
  { version: 4, name: '004-focus-points', sql: focusPoints },
  { version: 5, name: '005-scale-indexes', sql: scaleIndexes },
  { version: 6, name: '006-recovery-cause', sql: recoveryCause },
  { version: 7, name: '007-comeback', sql: comeback },
  { version: 8, name: '008-mock-interviews', sql: mockInterviews },
  { version: 9, name: '009-mentor-notes', sql: mentorNotes },
  { version: 10, name: '010-delivery', sql: delivery },
  { version: 11, name: '011-body-language', sql: bodyLanguage },
];
