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
  | { name: 'attempt'; attemptId: number }
  | { name: 'not-found'; path: string };

export type RouteName = Route['name'];

function toId(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

type Matcher = (parts: string[]) => Route | null;

const table: Record<string, Matcher> = {
  '': (p) => (p.length === 0 ? { name: 'library' } : null),
  library: (p) => (p.length === 0 ? { name: 'library' } : null),
  questions: (p) => (p.length === 0 ? { name: 'questions' } : null),
  stories: (p) => (p.length === 0 ? { name: 'stories' } : null),
  practice: (p) => {
    const promptId = p.length === 1 ? toId(p[0]) : null;
    return promptId === null ? null : { name: 'practice', promptId };
  },
  attempt: (p) => {
    const attemptId = p.length === 1 ? toId(p[0]) : null;
    return attemptId === null ? null : { name: 'attempt', attemptId };
  },
};

/** "#/practice/12" → { name: 'practice', promptId: 12 }; anything unknown is not-found. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '');
  const parts = path.split('/').filter((part) => part !== '');
  const [head = '', ...rest] = parts;
  const matcher = Object.hasOwn(table, head) ? table[head] : undefined;
  return matcher?.(rest) ?? { name: 'not-found', path: path || '/' };
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
      return `#/attempt/${route.attemptId}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

/** Which top-navigation item a route belongs to, if any. */
export function navSection(route: Route): 'library' | 'questions' | 'stories' | null {
  switch (route.name) {
    case 'library':
    case 'practice':
    case 'attempt':
      return 'library';
    case 'questions':
      return 'questions';
    case 'stories':
      return 'stories';
    default:
      return null;
  }
}
