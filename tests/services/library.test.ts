import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/dispatch';
import type { Prompt, Story } from '../../src/shared/library';
import { COMPETENCIES } from '../../src/shared/competencies';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { useTestRetake } from '../support/hooks';
import { TEST_CLIENT, type TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

const call = (method: unknown, input: unknown) => dispatch(t.services, method, input, TEST_CLIENT);

async function value<T>(method: string, input: unknown): Promise<T> {
  const reply = await call(method, input);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
  return reply.value as T;
}

const prompts = (includeArchived = true) => value<Prompt[]>('listPrompts', { includeArchived });
const stories = () => value<Story[]>('listStories', {});

describe('built-in prompts', () => {
  it('are seeded with at least four per competency', async () => {
    const all = await prompts();
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const competency of COMPETENCIES) {
      expect(all.filter((p) => p.competency === competency).length, competency).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(all.map((p) => p.source))).toEqual(new Set(['built-in']));
    expect(new Set(all.map((p) => p.text)).size).toBe(all.length);
    expect(all[0]).toMatchObject({ archived: false, attemptCount: 0, lastPracticedAt: null, storyIds: [] });
  });

  it('are seeded once: reopening neither duplicates them nor undoes archiving', async () => {
    const before = await prompts();
    const first = before[0] as Prompt;
    await value('updatePrompt', { id: first.id, archived: true });
    await t.reopen();
    const after = await prompts();
    expect(after.map((p) => p.id)).toEqual(before.map((p) => p.id));
    expect(after[0]?.archived).toBe(true);
  });

  it('can be archived and brought back, but not reworded', async () => {
    const [first] = await prompts();
    const id = (first as Prompt).id;
    const reword = await call('updatePrompt', { id, text: 'Something else' });
    expect(reword).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Built-in prompts cannot be reworded/) } });
    expect((await prompts())[0]).toEqual(first);

    await value('updatePrompt', { id, archived: true });
    expect((await prompts(false)).some((p) => p.id === id)).toBe(false);
    expect((await prompts(true)).find((p) => p.id === id)?.archived).toBe(true);
    await value('updatePrompt', { id, archived: false });
    expect((await prompts(false)).some((p) => p.id === id)).toBe(true);
  });
});

describe('custom prompts', () => {
  it('are created, edited and archived', async () => {
    const created = await value<Prompt>('createPrompt', { text: '  Why did you leave your last team?  ', competency: 'adaptability' });
    expect(created).toMatchObject({ text: 'Why did you leave your last team?', competency: 'adaptability', source: 'custom', archived: false });

    const edited = await value<Prompt>('updatePrompt', { id: created.id, text: 'Why are you looking now?', competency: 'initiative' });
    expect(edited).toMatchObject({ id: created.id, text: 'Why are you looking now?', competency: 'initiative' });
    const archived = await value<Prompt>('updatePrompt', { id: created.id, archived: true });
    expect(archived).toMatchObject({ text: 'Why are you looking now?', archived: true });
  });

  it.each([
    [{ text: '   ', competency: 'teamwork' }, 'text: must not be empty'],
    [{ text: 'x'.repeat(501), competency: 'teamwork' }, 'text: must be at most 500 characters'],
    [{ text: 42, competency: 'teamwork' }, 'text: Invalid input: expected string, received number'],
    [{ text: 'Fine', competency: 'bravery' }, 'competency: Invalid option'],
    [{ text: 'Fine' }, 'competency: Invalid option'],
    [{ text: 'Fine', competency: 'teamwork', source: 'built-in' }, 'Unrecognized key: "source"'],
    [null, 'Invalid input: expected object, received null'],
  ])('refuses %j with a clear message and changes nothing', async (input, message) => {
    const before = await prompts();
    const reply = await call('createPrompt', input);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid-input');
    expect(reply.error.message).toContain('Invalid input for createPrompt: ');
    expect(reply.error.message).toContain(message);
    expect(await prompts()).toEqual(before);
  });

  it('reports an unknown id as not found', async () => {
    expect(await call('updatePrompt', { id: 99999, archived: true })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No prompt with id 99999.' },
    });
    expect((await call('updatePrompt', { id: -1, archived: true })).ok).toBe(false);
    expect((await call('updatePrompt', { id: 1.5, archived: true })).ok).toBe(false);
  });
});

describe('stories', () => {
  const outline = { title: 'The slipping release', situation: 'A launch kept moving.', task: 'Ship in six weeks.', action: 'Cut scope.', result: 'Shipped early.' };

  it('are created with prompt links, listed, edited and deleted', async () => {
    const [p1, p2, p3] = (await prompts()) as [Prompt, Prompt, Prompt];
    const story = await value<Story>('createStory', { ...outline, promptIds: [p2.id, p1.id, p2.id] });
    expect(story).toMatchObject({ ...outline, promptIds: [p1.id, p2.id] });
    expect((await prompts()).find((p) => p.id === p1.id)?.storyIds).toEqual([story.id]);
    expect(await stories()).toEqual([story]);

    const edited = await value<Story>('updateStory', { id: story.id, result: 'Shipped a week early.', promptIds: [p3.id] });
    expect(edited).toMatchObject({ ...outline, result: 'Shipped a week early.', promptIds: [p3.id] });
    expect(edited.updatedAt >= story.updatedAt).toBe(true);
    expect((await prompts()).find((p) => p.id === p1.id)?.storyIds).toEqual([]);

    expect(await call('deleteStory', { id: story.id })).toEqual({ ok: true, value: undefined });
    expect(await stories()).toEqual([]);
    expect((await prompts()).find((p) => p.id === p3.id)?.storyIds).toEqual([]);
  });

  it('refuse links to prompts that do not exist, changing nothing', async () => {
    const [p1] = (await prompts()) as [Prompt];
    expect(await call('createStory', { ...outline, promptIds: [p1.id, 99998, 99999] })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No prompt with id 99998, 99999.' },
    });
    expect(await stories()).toEqual([]);

    const story = await value<Story>('createStory', { ...outline, promptIds: [p1.id] });
    const update = await call('updateStory', { id: story.id, title: 'Renamed', promptIds: [99999] });
    expect(update.ok).toBe(false);
    expect(await stories()).toEqual([story]);
  });

  it.each([
    [{ ...outline, title: '' }, 'title: must not be empty'],
    [{ ...outline, situation: 's'.repeat(4001) }, 'situation: must be at most 4000 characters'],
    [{ ...outline, promptIds: ['1'] }, 'promptIds.0: Invalid input: expected number, received string'],
    [{ ...outline }, 'promptIds: Invalid input: expected array, received undefined'],
  ])('refuse invalid input %#', async (input, message) => {
    const reply = await call('createStory', input);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(reply.ok ? '' : reply.error.message).toContain(message);
    expect(await stories()).toEqual([]);
  });

  it('report unknown ids as not found', async () => {
    expect(await call('updateStory', { id: 4242, title: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('deleteStory', { id: 4242 })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'No story with id 4242.' } });
  });
});

describe('settings', () => {
  it('start at the defaults, take partial updates and survive a restart', async () => {
    expect(await value('getSettings', {})).toEqual(DEFAULT_SETTINGS);
    const updated = await value('updateSettings', { audioOnly: true, thinkSeconds: 5, cameraId: 'cam-1' });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, audioOnly: true, thinkSeconds: 5, cameraId: 'cam-1' });
    await value('updateSettings', { cameraId: null });
    await t.reopen();
    expect(await value('getSettings', {})).toEqual({ ...DEFAULT_SETTINGS, audioOnly: true, thinkSeconds: 5 });
  });

  it('validate what is read back from disk, key by key', async () => {
    await value('updateSettings', { audioOnly: true, thinkSeconds: 5 });
    const db = new Sqlite(join(t.dataDir, 'retake.db'));
    db.prepare(`UPDATE settings SET value = '"lots"' WHERE key = 'thinkSeconds'`).run();
    db.prepare(`INSERT INTO settings (key, value) VALUES ('targetSeconds', '{not json'), ('retired', '1')`).run();
    db.close();
    expect(await value('getSettings', {})).toEqual({ ...DEFAULT_SETTINGS, audioOnly: true });
  });

  it('refuse invalid updates', async () => {
    const reply = await call('updateSettings', { thinkSeconds: -1, volume: 3 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/thinkSeconds: .*; Unrecognized key: "volume"|Unrecognized key: "volume".*thinkSeconds/);
    expect(await value('getSettings', {})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('dispatch', () => {
  it.each([['noSuchMethod'], ['toString'], ['__proto__'], ['constructor'], ['hasOwnProperty'], [42], [null]])(
    'refuses the method %j',
    async (method) => {
      expect(await call(method, {})).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^Unknown method/) } });
    },
  );

  it('reports an unexpected error without its internals', async () => {
    const broken = {
      log: t.services.log,
      handlers: {
        ...t.services.handlers,
        listStories: () => {
          throw new Error('SQLITE_CORRUPT at /home/someone/secret/retake.db');
        },
      },
    };
    const reply = await dispatch(broken, 'listStories', {}, TEST_CLIENT);
    const logFile = join(t.dataDir, 'logs', 'retake.log');
    expect(reply).toEqual({
      ok: false,
      error: { code: 'failed', message: `Something went wrong in listStories; the details are in the log at ${logFile}.` },
    });
    // The log has what the reply leaves out: the method and the error with its stack.
    const logged = readFileSync(logFile, 'utf8');
    expect(logged).toMatch(/ ERROR \[dispatch\] listStories failed unexpectedly\n/);
    expect(logged).toContain('SQLITE_CORRUPT at /home/someone/secret/retake.db');
    expect(logged).toMatch(/\n {4}\s*at /);
  });
});
