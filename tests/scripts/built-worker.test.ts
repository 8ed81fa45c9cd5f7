import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { modelFiles } from '../../src/main/services/body-language/model-files';
import type { WorkerMessage } from '../../src/main/services/body-language/protocol';
import { REPO_ROOT } from '../support/services';

const BUILT = join(REPO_ROOT, 'out/main/body-language-worker.js');

// `npm test` builds before it runs vitest; a bare `vitest run` without a build says it skipped this.
describe.skipIf(!existsSync(BUILT))('the built body-language worker', () => {
  it('loads the face model on the WebAssembly backend from the npm packages, in plain Node', async () => {
    const worker = new Worker(BUILT, { workerData: modelFiles() });
    try {
      const first = await new Promise<WorkerMessage>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(first).toEqual({ type: 'ready', backend: 'wasm' });
    } finally {
      await worker.terminate();
    }
  });
});
if (!existsSync(BUILT)) console.warn(`skipped: ${BUILT} is not built (npm run build)`);
