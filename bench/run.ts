import { benchBodyLanguage } from './body-language';
import { benchCompareDrift } from './compare-drift';
import { benchFinalise } from './finalise';
import { benchMockStop } from './mock-stop';
import { benchRecordingHeap } from './recording-heap';
import { benchRecordingLoss } from './recording-loss';
import { benchReviewOpen } from './review-open';
import { benchScale } from './scale';

/** `npm run bench`: every benchmark, or only those named on the command line. */
const all: Record<string, () => Promise<void>> = {
  finalise: benchFinalise,
  'recording-heap': benchRecordingHeap,
  'recording-loss': benchRecordingLoss,
  'review-open': benchReviewOpen,
  'compare-drift': benchCompareDrift,
  'mock-stop': benchMockStop,
  scale: benchScale,
  'body-language': benchBodyLanguage,
};

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(all)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  await run();
}
