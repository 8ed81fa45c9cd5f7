/**
 * Opening real services on a fresh data folder, and driving a recording through them the
 * way a renderer does. Plain Node: no test-runner imports.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Attempt, RecordingMode } from '../../src/shared/attempts';
import { type OpenedRetake, openRetake } from '../../src/main/services/app';
import type { CallContext } from '../../src/main/services/retake';
import { withCheckedOutputs } from './checked-outputs';

// Paths, not URLs: under the renderer's DOM environment `URL` is the DOM's, which Node's fileURLToPath refuses.
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');

export const TEST_CLIENT: CallContext = { clientId: 'test-client' };

/** A new empty folder under the system temp folder. */
export function makeTempDir(prefix = 'retake-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TestRetake {
  dataDir: string;
  /** The currently open services; replaced by `reopen`. */
  services: OpenedRetake;
  /** Closes the services and opens the same data folder again, as an app restart does. */
  reopen(): Promise<OpenedRetake>;
  /** Closes the services and deletes the data folder. */
  dispose(): Promise<void>;
}

/**
 * Services on a fresh data folder, with the repo's built-in prompts. Every answer is checked
 * against the contract unless `checkOutputs` is false (for floods, where the check is the cost).
 * Body language is measured only when asked for, unless `bodyLanguageInBackground` says otherwise.
 */
export function openTestRetake(dataDir = makeTempDir(), options: { checkOutputs?: boolean; bodyLanguageInBackground?: boolean } = {}): TestRetake {
  const bodyLanguageInBackground = options.bodyLanguageInBackground ?? false;
  const open = () => {
    const services = openRetake({ dataDir, resourcesDir: RESOURCES_DIR, bodyLanguageInBackground });
    return options.checkOutputs === false ? services : withCheckedOutputs(services);
  };
  const t: TestRetake = {
    dataDir,
    services: open(),
    async reopen() {
      await t.services.close();
      t.services = open();
      return t.services;
    },
    async dispose() {
      await t.services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}

export interface RecordOptions {
  promptId?: number;
  mode?: RecordingMode;
  ctx?: CallContext;
}

/** Starts an attempt and appends every chunk in order; returns the attempt, still recording. */
export async function startRecording(services: OpenedRetake, chunks: readonly Uint8Array<ArrayBuffer>[], options: RecordOptions = {}): Promise<Attempt> {
  const { handlers } = services;
  const ctx = options.ctx ?? TEST_CLIENT;
  const promptId = options.promptId ?? (await handlers.listPrompts({}, ctx))[0]?.id;
  if (promptId === undefined) throw new Error('No prompt to record an answer to.');
  const mode = options.mode ?? 'video';
  const attempt = await handlers.startAttempt({ promptId, mode, mimeType: `${mode}/webm`, targetSeconds: 120 }, ctx);
  for (const [seq, data] of chunks.entries()) await handlers.appendChunk({ attemptId: attempt.id, seq, data }, ctx);
  return attempt;
}

/** Records the chunks, stops, and waits for finalising; returns the final attempt. */
export async function recordAttempt(services: OpenedRetake, chunks: readonly Uint8Array<ArrayBuffer>[], options: RecordOptions = {}): Promise<Attempt> {
  const ctx = options.ctx ?? TEST_CLIENT;
  const { id } = await startRecording(services, chunks, options);
  await services.handlers.stopAttempt({ attemptId: id }, ctx);
  await services.settled();
  return services.handlers.getAttempt({ attemptId: id }, ctx);
}

/**
 * Records the first `chunksToSend` chunks in a separate process that is then killed,
 * leaving the data folder as a crash would. Resolves with the attempt id.
 */
export async function recordThenCrash(dataDir: string, recording: string, durationMs: number, chunksToSend: number): Promise<number> {
  const script = join(import.meta.dirname, 'crash-while-recording.ts');
  const args = ['--import', 'tsx', script, dataDir, recording, String(durationMs), String(chunksToSend)];
  const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
    execFile(process.execPath, args, { cwd: REPO_ROOT }, (err, stdout, stderr) => {
      // Dying by SIGKILL is the point; anything else is a broken script.
      if (err && err.signal !== 'SIGKILL') reject(new Error(`${err.message}\n${stderr}`));
      else resolve({ stdout });
    }),
  );
  return Number(stdout.trim());
}
