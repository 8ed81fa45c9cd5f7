/**
 * Run as its own process under `prlimit --fsize=<bytes>`, so every file it (or ffmpeg) writes
 * stops growing at that size: the kernel's own "file too large", as a full disk gives "no
 * space left". Prints one JSON line with what happened.
 *
 *   node --import tsx under-size-limit.ts record <dataDir> <recording.webm> <durationMs>
 *     appends every chunk until one is refused, sends one more, waits for finalising
 *   node --import tsx under-size-limit.ts recover <dataDir>
 *     opens the library (finalising what a crash left) and waits for finalising
 */
import type { Attempt } from '../../src/shared/attempts';
import { splitIntoChunks } from './media';
import { openTestRetake, startRecording, TEST_CLIENT } from './services';

const [mode, dataDir, recording, durationMs] = process.argv.slice(2);
if (!dataDir || (mode === 'record' && (!recording || !durationMs)) || (mode !== 'record' && mode !== 'recover')) {
  throw new Error('usage: record <dataDir> <recording.webm> <durationMs> | recover <dataDir>');
}

const t = openTestRetake(dataDir);
const { handlers } = t.services;
const result: { refusedAt?: number; refusal?: string; afterRefusal?: string; attempts?: Attempt[] } = {};

if (mode === 'record') {
  const chunks = splitIntoChunks(recording!, Number(durationMs));
  const attempt = await startRecording(t.services, []);
  for (const [seq, data] of chunks.entries()) {
    try {
      await handlers.appendChunk({ attemptId: attempt.id, seq, data }, TEST_CLIENT);
    } catch (err) {
      result.refusedAt = seq;
      result.refusal = (err as Error).message;
      const next = chunks[seq + 1];
      if (next) {
        try {
          await handlers.appendChunk({ attemptId: attempt.id, seq: seq + 1, data: next }, TEST_CLIENT);
        } catch (later) {
          result.afterRefusal = (later as Error).message;
        }
      }
      break;
    }
  }
}
await t.services.settled();
result.attempts = await handlers.listAttempts({}, TEST_CLIENT);
await t.services.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
