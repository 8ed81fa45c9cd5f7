import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/main/services/db/migrations';
import { openDatabase } from '../../src/main/services/db/open';
import { ok } from '../support/journal';
import { makeTempDir, openTestRetake, type TestRetake } from '../support/services';

/** The schema as it was before the comeback plan. */
const BEFORE = MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name.endsWith('-comeback')));

let t: TestRetake | undefined;
afterEach(() => t?.dispose());

/** Text no trimming, normalising or re-encoding may touch: accents, emoji, CRLF, quotes, markup, the full length. */
const TRICKY = {
  recall: 'Why us?\r\nTell me about a time you failed — honestly.',
  went_well: 'Ça va: “good rapport” 👍\nand I kept to time',
  struggled: '> quoted | piped *starred*  two spaces  ',
  felt: 'Nervous,\t then calm',
  refine: 'y'.repeat(1000),
  feedback: 'Line one\r\nLine two\u0000?',
};

describe('migrating existing debriefs', () => {
  it('keeps every character of every debrief field, and marks written-up debriefs as done', async () => {
    const dataDir = makeTempDir();
    mkdirSync(dataDir, { recursive: true });
    const old = openDatabase(join(dataDir, 'retake.db'), BEFORE);
    const insert = old.prepare(
      `INSERT INTO interviews (company, role, date, stage, outcome, recall, went_well, struggled, felt, refine, feedback, thank_you_sent, created_at, updated_at)
       VALUES (@company, 'PM', '2025-03-04', 'panel', 'rejected', @recall, @went_well, @struggled, @felt, @refine, @feedback, 1, @at, @updated)`,
    );
    insert.run({ company: 'Written up', ...TRICKY, at: '2025-03-04T18:00:00.000Z', updated: '2025-03-05T09:00:00.000Z' });
    insert.run({ company: 'Only logged', recall: '', went_well: '', struggled: '   ', felt: '', refine: '', feedback: '', at: '2025-03-04T18:00:00.000Z', updated: '2025-03-04T18:00:00.000Z' });
    const before = old.prepare('SELECT * FROM interviews ORDER BY id').all();
    old.close();

    t = openTestRetake(dataDir);
    const [onlyLogged, writtenUp] = (await ok(t, 'listInterviews', {})).sort((a, b) => b.id - a.id);
    expect(writtenUp).toMatchObject({
      company: 'Written up',
      recall: TRICKY.recall,
      wentWell: TRICKY.went_well,
      struggled: TRICKY.struggled,
      felt: TRICKY.felt,
      refine: TRICKY.refine,
      feedback: TRICKY.feedback,
      thankYouSent: true,
      gapKinds: [],
      nextActions: '',
      notify: '',
      nextPlan: '',
      goodThing: '',
      feeling: '',
      reflectionOn: null,
      debriefedAt: '2025-03-05T09:00:00.000Z',
      updatedAt: '2025-03-05T09:00:00.000Z',
    });
    expect(onlyLogged).toMatchObject({ company: 'Only logged', debriefedAt: null });

    // Byte for byte, the old columns are as they were.
    const db = openDatabase(join(dataDir, 'retake.db'));
    const after = db.prepare('SELECT * FROM interviews ORDER BY id').all() as Record<string, unknown>[];
    db.close();
    after.forEach((row, i) => expect(row).toMatchObject(before[i] as Record<string, unknown>));
  });
});
