/**
 * Everything the renderer may ask of main, composed from one contract table per feature.
 *
 * To add a method:
 * 1. Add an entry `{ input, output }` (zod schemas, with a one-line JSDoc) to the feature's
 *    table, e.g. `review-api.ts`; a new feature gets its own `<feature>-api.ts`, listed below.
 * 2. Write its handler in the feature's service (`HandlersOf<typeof reviewApi>` makes it a
 *    compile error to forget). Dispatch validates the input from the table; nothing to add.
 * 3. Add one `call('name')` line to `createBridge` in `client.ts` (also a compile error to forget:
 *    the preload cannot import zod, so it cannot read the table at run time).
 */
import { attemptsApi } from './attempts-api';
import { backupApi } from './backup-api';
import { bodyLanguageApi } from './body-language-api';
import { comebackApi } from './comeback-api';
import { type ApiOf, composeContracts } from './contract';
import { diagnosticsApi } from './diagnostics-api';
import type { RetakeEvent } from './events';
import { focusApi } from './focus-api';
import { journalApi } from './journal-api';
import { libraryApi } from './library-api';
import { mockInterviewsApi } from './mock-interviews-api';
import { reviewApi } from './review-api';
import { shareApi } from './share-api';
import type { ExportFile, SaveOutcome } from './exports';

export const retakeContract = composeContracts(
  libraryApi,
  attemptsApi,
  reviewApi,
  focusApi,
  shareApi,
  journalApi,
  comebackApi,
  mockInterviewsApi,
  diagnosticsApi,
  backupApi,
  bodyLanguageApi,
);
export type RetakeContract = typeof retakeContract;

export type RetakeApi = ApiOf<RetakeContract>;
export type ApiMethod = keyof RetakeApi;
export type ApiInput<M extends ApiMethod> = Parameters<RetakeApi[M]>[0];
export type ApiOutput<M extends ApiMethod> = Awaited<ReturnType<RetakeApi[M]>>;

export type MediaKind = 'video' | 'poster';

/** What a host adds around the api: push events and how media is addressed. */
export interface RetakeBridge extends RetakeApi {
  /** Subscribe to pushed events; returns the unsubscribe function. */
  onEvent(listener: (event: RetakeEvent) => void): () => void;
  /** The URL the renderer may load an attempt's media from; never a file path. */
  mediaUrl(attemptId: number, kind: MediaKind): string;
  /** Hands an export to the person: a save dialog in Electron, a download in a browser. */
  saveExport(file: ExportFile): Promise<SaveOutcome>;
}
