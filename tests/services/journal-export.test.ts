import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/main/services/files/atomic-write';
import { journalCsv } from '../../src/main/services/journal/csv';
import { csvTables } from '../support/csv';
import { useTestRetake } from '../support/hooks';
import { interview, ok } from '../support/journal';
import { makeTempDir, type TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

const exportsDir = () => join(t.dataDir, 'exports');

async function logTrickyInterview() {
  const logged = await ok(t, 'createInterview', {
    ...interview(),
    company: 'Acme, Inc.',
    role: 'Engineer "II"',
    interviewer: 'Dana O’Neil',
    recall: '# Not a heading\nWhy Acme, of all places?\n- Tell me about a conflict',
    wentWell: 'Opening was crisp,\nand I kept to time',
    struggled: '> quoted | piped *starred*',
    refine: '1. Numbers in results',
    feedback: 'Line one\r\nLine two',
    gapKinds: ['technical', 'communication'],
    nextActions: '- Book two mock panels',
    notify: 'Priya, my mentor',
    nextPlan: 'Lead with the result',
    goodThing: 'I met a great engineer',
    feeling: 'Deflated',
    reflectionOn: '2025-03-06',
    debriefDone: true,
  });
  await ok(t, 'addInterviewQuestion', { interviewId: logged.id, text: 'Tell me about a conflict', competency: 'conflict' });
  await ok(t, 'createInterview', interview({ company: 'Globex', date: '2025-01-15', stage: 'screening', outcome: 'waiting' }));
  await ok(t, 'addWin', { date: '2025-03-05', text: 'Asked for feedback, got a reply' });
}

describe('journal export', () => {
  it('writes CSV that reads back field for field, quoting commas, quotes and line breaks', async () => {
    await logTrickyInterview();
    const exported = await ok(t, 'exportJournal', { format: 'csv' });
    expect(exported.fileName).toMatch(/^retake-journal-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    expect(exported.mimeType).toBe('text/csv;charset=utf-8');
    expect(readFileSync(join(exportsDir(), exported.fileName), 'utf8')).toBe(exported.text);
    expect(exported.text.startsWith('\uFEFF')).toBe(true);

    const [interviews, wins, weeks, plans, levers, challenges, ...rest] = csvTables(exported.text.slice(1));
    expect(rest).toEqual([]);
    expect(wins).toEqual([['Win date', 'Win'], ['2025-03-05', 'Asked for feedback, got a reply']]);
    expect(weeks).toEqual([['Week starting', 'Practice goal', 'Applications goal', 'Applications sent', 'Outreach goal', 'Outreach done', 'Confidence (1 to 5)']]);
    expect([plans!.length, levers!.length, challenges!.length]).toEqual([1, 1, 1]);
    const [header, acme, globex, ...more] = interviews!;
    expect(more).toEqual([]);
    const record = (row: string[]) => Object.fromEntries(header!.map((name, i) => [name, row[i]]));
    expect(record(acme!)).toEqual({
      Date: '2025-03-04',
      Company: 'Acme, Inc.',
      Role: 'Engineer "II"',
      'Stage reached': 'Panel or onsite',
      Outcome: 'Rejected',
      Interviewer: 'Dana O’Neil',
      'Questions asked': '# Not a heading\nWhy Acme, of all places?\nTell me about a conflict',
      'What went well': 'Opening was crisp,\nand I kept to time',
      'Where I struggled': '> quoted | piped *starred*',
      'How I felt': '',
      'Kinds of gap': 'Technical\nCommunication',
      'Practice next': '1. Numbers in results',
      'Next actions': "'- Book two mock panels", // neutralised: a leading minus starts a formula
      'Who I will tell': 'Priya, my mentor',
      'Plan for the next interview': 'Lead with the result',
      'One good thing': 'I met a great engineer',
      'Reflection booked for': '2025-03-06',
      Debriefed: 'yes',
      'Thank-you note sent': 'no',
      'Feedback asked for': 'no',
      'Feedback received': 'Line one\r\nLine two',
      'Practice questions': 'Tell me about a conflict (Conflict)',
      'Times practiced': '0',
    });
    expect(record(globex!)).toMatchObject({ Company: 'Globex', Outcome: 'Waiting to hear', 'Questions asked': '', Debriefed: 'no' });
    // The private feeling check-in is left out unless asked for.
    expect(exported.text).not.toContain('Deflated');
    const withFeelings = csvTables((await ok(t, 'exportJournal', { format: 'csv', includeFeelings: true })).text.slice(1))[0]!;
    expect(withFeelings[0]!.at(-1)).toBe('How I feel now (private)');
    expect(withFeelings[1]!.at(-1)).toBe('Deflated');
  });

  it('neutralises cells a spreadsheet would run as formulas, and keeps their text', async () => {
    const formulas = ['=HYPERLINK("http://x.test","click")', '+1+2', '-2+3', '@SUM(A1)', '=A1', '-x'];
    await ok(t, 'createInterview', { ...interview(), company: formulas[0]!, role: formulas[1]!, interviewer: formulas[2]!, wentWell: formulas[3]!, struggled: formulas[4]!, feedback: formulas[5]! });
    await ok(t, 'addWin', { date: '2025-03-05', text: '=1+1 offers' });
    await ok(t, 'updateWeek', { weekStart: '2025-03-03', goals: { practice: 4, applications: 5 }, tally: { applications: 2 } });
    const [interviews, wins, weeks] = csvTables((await ok(t, 'exportJournal', { format: 'csv' })).text.slice(1));
    const [header, row] = interviews!;
    const record = Object.fromEntries(header!.map((name, i) => [name, row![i]]));
    expect([record.Company, record.Role, record.Interviewer, record['What went well'], record['Where I struggled'], record['Feedback received']]).toEqual(
      formulas.map((f) => `'${f}`),
    );
    expect(wins![1]).toEqual(['2025-03-05', "'=1+1 offers"]);
    expect(weeks![1]).toEqual(['2025-03-03', '4', '5', '2', '0', '0', '']);

    // The journal trims what it stores, so a leading tab or carriage return only reaches the writer directly.
    const [logged] = await ok(t, 'listInterviews', {});
    const csv = journalCsv({
      interviews: [{ ...logged!, company: '\tTabbed', role: '\rReturn' }],
      patterns: { byStage: [], cards: [] },
      wins: [],
      weeks: [],
      plans: [],
      commitments: [],
      challenges: [],
      includeFeelings: false,
      exportedOn: '2025-03-06',
    });
    expect(csvTables(csv.slice(1))[0]![1]!.slice(1, 3)).toEqual(["'\tTabbed", "'\rReturn"]);
  });

  it('writes Markdown whose headings are the journal’s own, whatever the person typed', async () => {
    await logTrickyInterview();
    for (let i = 0; i < 3; i++) await ok(t, 'createInterview', interview({ company: `Rejecter ${i}`, stage: 'technical' }));
    const exported = await ok(t, 'exportJournal', { format: 'markdown' });
    expect(exported.fileName).toMatch(/^retake-journal-\d{4}-\d{2}-\d{2}-\d{4}\.md$/);
    expect(readFileSync(join(exportsDir(), exported.fileName), 'utf8')).toBe(exported.text);

    const headings = exported.text.split('\n').filter((line) => /^#{1,6} /.test(line));
    expect(headings).toEqual([
      '# Comeback journal',
      '## Interviews',
      '### Rejecter 2: Product manager',
      '### Rejecter 1: Product manager',
      '### Rejecter 0: Product manager',
      '### Acme, Inc.: Engineer "II"',
      '#### Recall: the questions they asked',
      '#### Reflect',
      '#### Refine: what to practice next',
      '#### Next actions',
      '#### Who I will tell',
      '#### Plan for the next interview',
      '#### Feedback received',
      '#### Practice questions made from it',
      '### Globex: Product manager',
      '## Patterns',
      '### 3 rejections at Technical or case',
      '## Wins',
    ]);
    // What the person typed is kept as literal text, escaped where it would be markup.
    expect(exported.text).toContain('- \\# Not a heading\n');
    expect(exported.text).toContain('**Where I struggled:** \\> quoted \\| piped \\*starred\\*');
    expect(exported.text).toContain('1\\. Numbers in results');
    expect(exported.text).toContain('**What went well:** Opening was crisp,\\\nand I kept to time');
    expect(exported.text).toContain('| Panel or onsite | 0 | 1 | 0 | 0 | 1 |');
    expect(exported.text).toContain('- 2025-03-05: Asked for feedback, got a reply');
    expect(exported.text).toContain('\\- Book two mock panels');
    expect(exported.text).toContain('**Kinds of gap:** Technical, Communication');
    expect(exported.text).not.toContain('Deflated');
    expect((await ok(t, 'exportJournal', { format: 'markdown', includeFeelings: true })).text).toContain('- How I feel now (private): Deflated');
  });

  it('never overwrites an earlier export, and leaves no temporary files', async () => {
    const first = await ok(t, 'exportJournal', { format: 'markdown' });
    const second = await ok(t, 'exportJournal', { format: 'markdown' });
    expect(second.fileName).not.toBe(first.fileName);
    expect(readdirSync(exportsDir()).sort()).toEqual([first.fileName, second.fileName].sort());
  });
});

describe('atomic write', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a file whole and leaves only the file behind', () => {
    writeFileSync(join(dir, 'a.md'), 'old');
    writeFileAtomic(dir, 'a.md', 'new text');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('new text');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('refuses a name that is a path, and cleans up when the rename fails', () => {
    expect(() => writeFileAtomic(dir, '../escape.md', 'x')).toThrow(/Not a plain file name/);
    mkdirSync(join(dir, 'taken.md'));
    writeFileSync(join(dir, 'taken.md', 'inside'), 'keep');
    expect(() => writeFileAtomic(dir, 'taken.md', 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken.md']);
  });
});
