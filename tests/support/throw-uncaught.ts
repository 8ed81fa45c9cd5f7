/** A process that fails twice where nothing catches it, then exits 0 if it is still alive. Usage: <data dir>. */
import { logProcessErrors } from '../../src/main/process-errors';
import { createFileLogger, logFileIn } from '../../src/main/services/log/logger';

logProcessErrors(createFileLogger({ file: logFileIn(process.argv[2]!) }));
setTimeout(() => {
  throw new Error('thrown from a timer');
});
void Promise.reject(new Error('rejected and forgotten'));
setTimeout(() => process.exit(0), 200);
