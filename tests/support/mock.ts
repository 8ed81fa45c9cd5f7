/**
 * Driving mock interviews through the validated dispatch, and recording their answers the
 * way a renderer does: startMockAnswer, then the ordinary appendChunk and stopAttempt.
 * Plain Node: no test-runner imports.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Attempt } from '../../src/shared/attempts';
import type { CreateMockSetInput } from '../../src/shared/mock-interviews';
import { ok } from './journal';
import { REPO_ROOT, type TestRetake, TEST_CLIENT } from './services';

/** The first `count` built-in questions' ids. */
export async function promptIds(t: TestRetake, count: number): Promise<number[]> {
  return (await ok(t, 'listPrompts', {})).slice(0, count).map((p) => p.id);
}

export async function makeSet(t: TestRetake, overrides: Partial<CreateMockSetInput> = {}) {
  return ok(t, 'createMockSet', { thinkSeconds: 0, capSeconds: 120, mode: 'realistic', promptIds: await promptIds(t, 3), ...overrides });
}

/** Starts the answer and appends every chunk; the attempt is still recording. */
export async function startAnswer(t: TestRetake, interviewId: number, position: number, chunks: readonly Uint8Array<ArrayBuffer>[]): Promise<Attempt> {
  const attempt = await ok(t, 'startMockAnswer', { interviewId, position, mode: 'audio', mimeType: 'audio/webm' });
  for (const [seq, data] of chunks.entries()) await t.services.handlers.appendChunk({ attemptId: attempt.id, seq, data }, TEST_CLIENT);
  return attempt;
}

/** Records a whole answer and waits until it is finalised. */
export async function answer(t: TestRetake, interviewId: number, position: number, chunks: readonly Uint8Array<ArrayBuffer>[]): Promise<Attempt> {
  const { id } = await startAnswer(t, interviewId, position, chunks);
  await ok(t, 'stopAttempt', { attemptId: id });
  await t.services.settled();
  return ok(t, 'getAttempt', { attemptId: id });
}

/**
 * In a process of its own: starts the answer to one question, appends the first chunks of a
 * recording, then dies by SIGKILL, as an app does mid-answer. Resolves with the attempt id.
 */
export async function answerThenCrash(dataDir: string, interviewId: number, position: number, recording: string, durationMs: number, chunks: number): Promise<number> {
  const script = fileURLToPath(new URL('./crash-during-mock-answer.ts', import.meta.url));
  const args = ['--import', 'tsx', script, dataDir, String(interviewId), String(position), recording, String(durationMs), String(chunks)];
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, args, { cwd: REPO_ROOT }, (err, out, stderr) => {
      if (err && err.signal !== 'SIGKILL') reject(new Error(`${err.message}\n${stderr}`));
      else resolve(out);
    }),
  );
  return Number(stdout.trim());
}
