import { z } from 'zod';
import { Attempt } from './attempts';
import { NoInput, type ContractTable } from './contract';
import { ById } from './ids';
import {
  CreateMockSetInput,
  DeleteMockInterviewInput,
  DrawMockQuestionsInput,
  DrawnQuestions,
  ListMockInterviewsInput,
  MockInterview,
  MockInterviewSummary,
  MockSet,
  RateMockInterviewInput,
  RenameMockSetInput,
  StartMockAnswerInput,
  StartMockInterviewInput,
} from './mock-interviews';

/** Mock interviews: sets, draws and runs. Answers stream and stop through appendChunk and stopAttempt, as any attempt. */
export const mockInterviewsApi = {
  createMockSet: { input: CreateMockSetInput, output: MockSet },
  /** Named sets, newest first. */
  listMockSets: { input: NoInput, output: z.array(MockSet) },
  getMockSet: { input: ById, output: MockSet },
  renameMockSet: { input: RenameMockSetInput, output: MockSet },
  drawMockQuestions: { input: DrawMockQuestionsInput, output: DrawnQuestions },
  /** Only one interview runs at a time; its archived questions are left out and listed as missing. */
  startMockInterview: { input: StartMockInterviewInput, output: MockInterview },
  /** Starts the attempt for one question; it then records exactly like any attempt. */
  startMockAnswer: { input: StartMockAnswerInput, output: Attempt },
  /** Ends it, whether every question was answered or not; what was recorded is kept. */
  finishMockInterview: { input: ById, output: MockInterview },
  getMockInterview: { input: ById, output: MockInterview },
  /** Newest first; the running one, if any, among them. */
  listMockInterviews: { input: ListMockInterviewsInput, output: z.array(MockInterviewSummary) },
  rateMockInterview: { input: RateMockInterviewInput, output: MockInterview },
  /** keepAnswers: the answers stay as ordinary attempts; otherwise they are deleted with it. */
  deleteMockInterview: { input: DeleteMockInterviewInput, output: z.void() },
} satisfies ContractTable;
