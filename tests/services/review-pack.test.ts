import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/shared/attempts';
import { isSafeEntryName } from '../../src/main/services/exports/zip';
import { attemptFiles } from '../../src/main/services/media/attempt-files';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, ok, readyAttempt } from '../support/review';
import type { TestRetake } from '../support/services';
import { readZip } from '../support/zip';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((made) => (chunks = made));

let t: TestRetake;
let first: Attempt;
let second: Attempt;
useTestRetake(async (opened) => {
  t = opened;
  first = await readyAttempt(t, chunks);
  second = await readyAttempt(t, chunks, first.promptId);
});

const exportsDir = () => join(t.dataDir, 'exports');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const note = (attempt: Attempt, text: string) => ok(t, 'createNote', { attemptId: attempt.id, startMs: 300, category: 'content', text });

describe('review pack', () => {
  it('holds one attempt, its chosen notes and a self-contained page, as a folder and a zip', async () => {
    const shared = await note(first, 'Shared: lead with the number');
    await note(first, 'Private: I hated this take');
    await note(second, 'Another attempt entirely');
    await ok(t, 'setSection', { attemptId: first.id, section: 'action', startMs: 1000 });

    const file = await ok(t, 'createReviewPack', { attemptIds: [first.id], noteIds: [shared.id] });
    expect(file).toMatchObject({ mimeType: 'application/zip', id: file.fileName });
    expect(file.fileName).toMatch(new RegExp(`^retake-review-${first.id}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.zip$`));
    const folder = file.fileName.replace(/\.zip$/, '');

    const zip = await readZip(join(exportsDir(), file.fileName));
    expect(zip.names.sort()).toEqual(
      [`attempt-${first.id}-peaks.json`, `attempt-${first.id}.webm`, 'index.html', 'pack.json'].map((n) => `${folder}/${n}`).sort(),
    );
    expect(zip.names.every(isSafeEntryName)).toBe(true);
    // The same files, unzipped, in the folder beside it; nothing written into media/.
    expect(readdirSync(join(exportsDir(), folder)).sort()).toEqual(zip.names.map((n) => n.slice(folder.length + 1)).sort());
    expect(readdirSync(join(t.dataDir, 'media', String(first.id))).some((n) => n.includes('retake-'))).toBe(false);
    expect(zip.read(`${folder}/attempt-${first.id}.webm`).equals(readFileSync(attemptFiles(join(t.dataDir, 'media'), first.id).answer))).toBe(true);

    const page = zip.read(`${folder}/index.html`).toString('utf8');
    const data = JSON.parse(zip.read(`${folder}/pack.json`).toString('utf8'));
    expect(data).toMatchObject({ format: 'retake-review-pack', version: 1, packId: expect.stringMatching(/^[a-f0-9]{32}$/) });
    expect(data.attempts).toHaveLength(1);
    expect(data.attempts[0]).toMatchObject({
      attemptId: first.id,
      startedAt: first.startedAt,
      question: first.promptText,
      video: `attempt-${first.id}.webm`,
      sections: [{ section: 'action', startMs: 1000 }],
      notes: [{ startMs: 300, endMs: null, category: 'content', text: 'Shared: lead with the number' }],
    });
    for (const text of [page, JSON.stringify(data)]) {
      expect(text).not.toContain('Private');
      expect(text).not.toContain('Another attempt');
    }

    // Only the page's own inline style and script may run; nothing may be fetched but media beside it.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    const script = /<script>([\s\S]*)<\/script>\s*<\/body>/.exec(page)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${sha256(script)}`);
    expect(csp).toContain(`style-src ${sha256(style)}`);
    expect(csp).toContain("media-src 'self'");
    expect(page).not.toMatch(/\b(https?:)?\/\/[a-z]/i);
    expect(page.match(/<script/g)).toHaveLength(2); // the JSON data block and the page's script
  });

  it('keeps text that looks like markup inert inside the page', async () => {
    const sneaky = await note(first, '</script><script>alert(1)</script> & <!-- more');
    const file = await ok(t, 'createReviewPack', { attemptIds: [first.id], noteIds: [sneaky.id] });
    const folder = file.fileName.replace(/\.zip$/, '');
    const page = readFileSync(join(exportsDir(), folder, 'index.html'), 'utf8');
    expect(page.match(/<script/g)).toHaveLength(2);
    const block = /<script type="application\/json" id="pack-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(JSON.parse(block).attempts[0].notes[0].text).toBe(sneaky.text);
  });

  it('packs a compare pair, earlier first, and gives a second pack in the same minute its own name', async () => {
    const a = await ok(t, 'createReviewPack', { attemptIds: [first.id, second.id], noteIds: [] });
    const b = await ok(t, 'createReviewPack', { attemptIds: [first.id, second.id], noteIds: [] });
    expect(a.fileName).toMatch(new RegExp(`^retake-compare-${first.id}-${second.id}-`));
    expect(b.fileName).not.toBe(a.fileName);
    const zip = await readZip(join(exportsDir(), a.fileName));
    expect(zip.names.filter((n) => n.endsWith('.webm'))).toHaveLength(2);
    const data = JSON.parse(zip.read(zip.names.find((n) => n.endsWith('pack.json'))!).toString());
    expect(data.attempts.map((x: { label: string }) => x.label)).toEqual([expect.stringMatching(/^Before/), expect.stringMatching(/^After/)]);
  });

  it('refuses notes from elsewhere and attempts that cannot be shared, writing nothing', async () => {
    const elsewhere = await note(second, 'Not in this pack');
    const refusals = [
      [{ attemptIds: [first.id], noteIds: [elsewhere.id] }, 'invalid-input'],
      [{ attemptIds: [first.id, first.id], noteIds: [] }, 'invalid-input'],
      [{ attemptIds: [], noteIds: [] }, 'invalid-input'],
      [{ attemptIds: [9999], noteIds: [] }, 'not-found'],
    ] as const;
    for (const [input, code] of refusals) {
      const reply = await call(t, 'createReviewPack', input);
      expect(reply.ok ? 'accepted' : reply.error.code).toBe(code);
    }
    expect(existsSync(exportsDir()) ? readdirSync(exportsDir()) : []).toEqual([]);
  });

  it('accepts only entry names that stay inside the folder they are unpacked into', () => {
    for (const name of ['pack/index.html', 'a/attempt-1.webm', 'index.html']) expect(isSafeEntryName(name), name).toBe(true);
    for (const name of ['../x', '/etc/passwd', 'a/../b', 'a/./b', 'C:\\x', 'a\\b', '', 'a//b', '.hidden', 'x/..', 'c:/x']) {
      expect(isSafeEntryName(name), name).toBe(false);
    }
  });
});
