/**
 * Run as its own process: opens Retake on a data folder, starts the answer to one question
 * of a running mock interview, appends the first chunks, prints the attempt id and dies by
 * SIGKILL: no stop, no close.
 *
 *   node --import tsx crash-during-mock-answer.ts <dataDir> <interviewId> <position> <recording.webm> <durationMs> <chunks>
 */
import { splitIntoChunks } from './media';
import { startAnswer } from './mock';
import { openTestRetake } from './services';

const [dataDir, interviewId, position, recording, durationMs, count] = process.argv.slice(2);
if (!dataDir || !interviewId || !position || !recording || !durationMs || !count) {
  throw new Error('usage: <dataDir> <interviewId> <position> <recording.webm> <durationMs> <chunks>');
}
const t = openTestRetake(dataDir);
const chunks = splitIntoChunks(recording, Number(durationMs)).slice(0, Number(count));
const attempt = await startAnswer(t, Number(interviewId), Number(position), chunks);
process.stdout.write(`${attempt.id}\n`, () => process.kill(process.pid, 'SIGKILL'));
