/**
 * Run as its own process: opens Retake on a data folder, starts an attempt, appends the
 * first chunks of a recording, prints the attempt id, and then dies with SIGKILL, as an
 * app does when it crashes or loses power mid-answer: no stop, no close.
 *
 *   node --import tsx crash-while-recording.ts <dataDir> <recording.webm> <durationMs> <chunksToSend>
 */
import { splitIntoChunks } from './media';
import { openTestRetake, startRecording } from './services';

const [dataDir, recording, durationMs, count] = process.argv.slice(2);
if (!dataDir || !recording || !durationMs || !count) throw new Error('usage: <dataDir> <recording.webm> <durationMs> <chunksToSend>');

const { services } = openTestRetake(dataDir);
const chunks = splitIntoChunks(recording, Number(durationMs)).slice(0, Number(count));
const attempt = await startRecording(services, chunks);
process.stdout.write(`${attempt.id}\n`, () => process.kill(process.pid, 'SIGKILL'));
