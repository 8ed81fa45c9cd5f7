/**
 * Hash routes. Each route is a typed value; `parseRoute` and `routeHref` are the only
 * places that know the URL shapes. A new screen adds one union member, one table row
 * and one `routeHref` case.
 */
export type Route =
  | { name: 'library' }
  | { name: 'questions' }
  | { name: 'stories' }
  | { name: 'practice'; promptId: number }
  /** `atMs`: where to start playing, e.g. a search hit's time ("#/attempt/7?t=12500"). */
  | { name: 'attempt'; attemptId: number; atMs?: number }
  | { name: 'journal' }
  /** `interviewId` null: logging a new interview ("#/journal/new"). */
  | { name: 'interview'; interviewId: number | null }
  /** The 90-day plan's monthly review: "#/journal/review" (the month today is in), "#/journal/review/2". */
  | { name: 'month-review'; month: number | null }
  /** Two attempts side by side: "#/compare/3/9" (Before, After). */
  | { name: 'compare'; beforeId: number; afterId: number }
  /** A question's first and latest attempts side by side: "#/compare/prompt/12". */
  | { name: 'compare-question'; promptId: number }
  /** Every attempt of one question over time: "#/progress/12". */
  | { name: 'progress'; promptId: number }
  /** Mock interviews: recent runs and saved sets ("#/mock"), building one ("#/mock/new"). */
  | { name: 'mock' }
  | { name: 'mock-new' }
  /** Sitting one: "#/mock/4/run"; its review: "#/mock/4". */
  | { name: 'mock-run'; interviewId: number }
  | { name: 'mock-review'; interviewId: number }
  /** Two runs of one set, question by question: "#/mock/compare/2/4" (Before, After). */
  | { name: 'mock-compare'; beforeId: number; afterId: number }
  /** Backup and restore, where the data folder and the log are: "#/settings". */
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

export type RouteName = Route['name'];

function toId(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** A time in ms from a query parameter: a non-negative safe integer, or nothing. */
function toMs(text: string | null): number | null {
  if (text === null || !/^\d{1,12}$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

type Matcher = (parts: string[], query: URLSearchParams) => Route | null;

const table: Record<string, Matcher> = {
  '': (p) => (p.length === 0 ? { name: 'library' } : null),
  library: (p) => (p.length === 0 ? { name: 'library' } : null),
  questions: (p) => (p.length === 0 ? { name: 'questions' } : null),
  stories: (p) => (p.length === 0 ? { name: 'stories' } : null),
  settings: (p) => (p.length === 0 ? { name: 'settings' } : null),
  practice: (p) => {
    const promptId = p.length === 1 ? toId(p[0]) : null;
    return promptId === null ? null : { name: 'practice', promptId };
  },
  attempt: (p, query) => {
    const attemptId = p.length === 1 ? toId(p[0]) : null;
    if (attemptId === null) return null;
    const atMs = toMs(query.get('t'));
    return atMs === null ? { name: 'attempt', attemptId } : { name: 'attempt', attemptId, atMs };
  },
  compare: (p) => {
    if (p.length !== 2) return null;
    if (p[0] === 'prompt') {
      const promptId = toId(p[1]);
      return promptId === null ? null : { name: 'compare-question', promptId };
    }
    const [beforeId, afterId] = [toId(p[0]), toId(p[1])];
    return beforeId === null || afterId === null ? null : { name: 'compare', beforeId, afterId };
  },
  progress: (p) => {
    const promptId = p.length === 1 ? toId(p[0]) : null;
    return promptId === null ? null : { name: 'progress', promptId };
  },
  mock: (p) => {
    if (p.length === 0) return { name: 'mock' };
    if (p.length === 1 && p[0] === 'new') return { name: 'mock-new' };
    if (p.length === 3 && p[0] === 'compare') {
      const [beforeId, afterId] = [toId(p[1]), toId(p[2])];
      return beforeId === null || afterId === null ? null : { name: 'mock-compare', beforeId, afterId };
    }
    const interviewId = toId(p[0]);
    if (interviewId === null) return null;
    if (p.length === 1) return { name: 'mock-review', interviewId };
    return p.length === 2 && p[1] === 'run' ? { name: 'mock-run', interviewId } : null;
  },
  journal: (p) => {
    if (p.length === 0) return { name: 'journal' };
    if (p[0] === 'review') {
      if (p.length === 1) return { name: 'month-review', month: null };
      return p.length === 2 && /^[1-3]$/.test(p[1]!) ? { name: 'month-review', month: Number(p[1]) } : null;
    }
    if (p.length !== 1) return null;
    const interviewId = p[0] === 'new' ? null : toId(p[0]);
    return p[0] === 'new' || interviewId !== null ? { name: 'interview', interviewId } : null;
  },
};

/** "#/practice/12" → { name: 'practice', promptId: 12 }; anything unknown is not-found. */
export function parseRoute(hash: string): Route {
  const bare = hash.replace(/^#/, '');
  const queryAt = bare.indexOf('?');
  const path = queryAt < 0 ? bare : bare.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? '' : bare.slice(queryAt + 1));
  const parts = path.split('/').filter((part) => part !== '');
  const [head = '', ...rest] = parts;
  const matcher = Object.hasOwn(table, head) ? table[head] : undefined;
  return matcher?.(rest, query) ?? { name: 'not-found', path: path || '/' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/library';
    case 'questions':
      return '#/questions';
    case 'stories':
      return '#/stories';
    case 'practice':
      return `#/practice/${route.promptId}`;
    case 'attempt':
      return route.atMs === undefined ? `#/attempt/${route.attemptId}` : `#/attempt/${route.attemptId}?t=${route.atMs}`;
    case 'journal':
      return '#/journal';
    case 'interview':
      return `#/journal/${route.interviewId ?? 'new'}`;
    case 'month-review':
      return route.month === null ? '#/journal/review' : `#/journal/review/${route.month}`;
    case 'compare':
      return `#/compare/${route.beforeId}/${route.afterId}`;
    case 'compare-question':
      return `#/compare/prompt/${route.promptId}`;
    case 'progress':
      return `#/progress/${route.promptId}`;
    case 'mock':
      return '#/mock';
    case 'mock-new':
      return '#/mock/new';
    case 'mock-run':
      return `#/mock/${route.interviewId}/run`;
    case 'mock-review':
      return `#/mock/${route.interviewId}`;
    case 'mock-compare':
      return `#/mock/compare/${route.beforeId}/${route.afterId}`;
    case 'settings':
      return '#/settings';
    case 'not-found':
      return `#${route.path}`;
  }
}

/** Which top-navigation item a route belongs to, if any. */
export function navSection(route: Route): 'library' | 'questions' | 'stories' | 'mock' | 'journal' | 'settings' | null {
  switch (route.name) {
    case 'library':
    case 'practice':
    case 'attempt':
    case 'compare':
    case 'compare-question':
    case 'progress':
      return 'library';
    case 'questions':
      return 'questions';
    case 'stories':
      return 'stories';
    case 'mock':
    case 'mock-new':
    case 'mock-run':
    case 'mock-review':
    case 'mock-compare':
      return 'mock';
    case 'journal':
    case 'interview':
    case 'month-review':
      return 'journal';
    case 'settings':
      return 'settings';
    default:
      return null;
  }
}
