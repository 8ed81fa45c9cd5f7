import type { ApiInput, ApiMethod, ApiOutput, MediaKind, RetakeBridge } from './api';
import type { Envelope } from './errors';
import type { ExportFile, SaveOutcome } from './exports';
import { RetakeError } from './errors';
import type { RetakeEvent } from './events';

export interface Transport {
  invoke(method: ApiMethod, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: RetakeEvent) => void): () => void;
  mediaUrl(attemptId: number, kind: MediaKind): string;
  saveExport(file: ExportFile): Promise<SaveOutcome>;
}

/**
 * The one client both the Electron preload and the browser web client expose. Written
 * out method by method because the sandboxed preload cannot bundle zod to read the contract
 * table; `satisfies RetakeBridge` makes a missing or extra method a compile error.
 */
export function createBridge(transport: Transport) {
  const call =
    <M extends ApiMethod>(method: M) =>
    async (input: ApiInput<M>): Promise<ApiOutput<M>> => {
      const reply = await transport.invoke(method, input ?? {});
      if (!reply.ok) throw new RetakeError(reply.error.code, reply.error.message);
      return reply.value as ApiOutput<M>;
    };
  return {
    listPrompts: call('listPrompts'),
    createPrompt: call('createPrompt'),
    updatePrompt: call('updatePrompt'),
    listStories: call('listStories'),
    createStory: call('createStory'),
    updateStory: call('updateStory'),
    deleteStory: call('deleteStory'),
    getSettings: call('getSettings'),
    updateSettings: call('updateSettings'),
    listAttempts: call('listAttempts'),
    getAttempt: call('getAttempt'),
    startAttempt: call('startAttempt'),
    appendChunk: call('appendChunk'),
    stopAttempt: call('stopAttempt'),
    retryFinalise: call('retryFinalise'),
    getPeaks: call('getPeaks'),
    acknowledgeRecovery: call('acknowledgeRecovery'),
    deleteAttempt: call('deleteAttempt'),
    getReview: call('getReview'),
    createNote: call('createNote'),
    updateNote: call('updateNote'),
    deleteNote: call('deleteNote'),
    setSection: call('setSection'),
    clearSection: call('clearSection'),
    setRating: call('setRating'),
    setReflection: call('setReflection'),
    searchNotes: call('searchNotes'),
    getProgress: call('getProgress'),
    getDelivery: call('getDelivery'),
    listInterviews: call('listInterviews'),
    getInterview: call('getInterview'),
    createInterview: call('createInterview'),
    updateInterview: call('updateInterview'),
    deleteInterview: call('deleteInterview'),
    addInterviewQuestion: call('addInterviewQuestion'),
    getPatterns: call('getPatterns'),
    getWeek: call('getWeek'),
    updateWeek: call('updateWeek'),
    addWin: call('addWin'),
    deleteWin: call('deleteWin'),
    exportJournal: call('exportJournal'),
    createFocusPoint: call('createFocusPoint'),
    listFocusPoints: call('listFocusPoints'),
    getFocusCheckIn: call('getFocusCheckIn'),
    checkInFocusPoint: call('checkInFocusPoint'),
    reopenFocusPoint: call('reopenFocusPoint'),
    deleteFocusPoint: call('deleteFocusPoint'),
    getFocusPair: call('getFocusPair'),
    getFocusHistory: call('getFocusHistory'),
    reportError: call('reportError'),
    getLogLocation: call('getLogLocation'),
    listCommitments: call('listCommitments'),
    startCommitment: call('startCommitment'),
    addCommitmentAction: call('addCommitmentAction'),
    setCommitmentVerdict: call('setCommitmentVerdict'),
    getPlanReview: call('getPlanReview'),
    startPlan: call('startPlan'),
    endPlan: call('endPlan'),
    setMonthNote: call('setMonthNote'),
    getChallenge: call('getChallenge'),
    startChallenge: call('startChallenge'),
    setChallengeDay: call('setChallengeDay'),
    createMockSet: call('createMockSet'),
    listMockSets: call('listMockSets'),
    getMockSet: call('getMockSet'),
    renameMockSet: call('renameMockSet'),
    drawMockQuestions: call('drawMockQuestions'),
    startMockInterview: call('startMockInterview'),
    startMockAnswer: call('startMockAnswer'),
    finishMockInterview: call('finishMockInterview'),
    getMockInterview: call('getMockInterview'),
    listMockInterviews: call('listMockInterviews'),
    rateMockInterview: call('rateMockInterview'),
    deleteMockInterview: call('deleteMockInterview'),
    createReviewPack: call('createReviewPack'),
    exportAttempt: call('exportAttempt'),
    importFeedback: call('importFeedback'),
    getBackupStatus: call('getBackupStatus'),
    createBackup: call('createBackup'),
    cancelBackup: call('cancelBackup'),
    restoreBackup: call('restoreBackup'),
    beginBackupUpload: call('beginBackupUpload'),
    appendBackupUpload: call('appendBackupUpload'),
    finishBackupUpload: call('finishBackupUpload'),
    cancelBackupUpload: call('cancelBackupUpload'),
    getBodyLanguage: call('getBodyLanguage'),
    analyseBodyLanguage: call('analyseBodyLanguage'),
    cancelBodyLanguage: call('cancelBodyLanguage'),
    onEvent: (listener) => transport.onEvent(listener),
    mediaUrl: (attemptId, kind) => transport.mediaUrl(attemptId, kind),
    saveExport: (file) => transport.saveExport(file),
  } satisfies RetakeBridge;
}
