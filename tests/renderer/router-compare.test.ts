import { describe, expect, it } from 'vitest';
import { navSection, parseRoute, routeHref, type Route } from '../../src/renderer/lib/router';

describe('compare and progress routes', () => {
  it('round-trip through routeHref and belong to the library', () => {
    const routes: Route[] = [
      { name: 'compare', beforeId: 3, afterId: 9 },
      { name: 'compare-question', promptId: 12 },
      { name: 'progress', promptId: 12 },
    ];
    for (const route of routes) {
      expect(parseRoute(routeHref(route))).toEqual(route);
      expect(navSection(route)).toBe('library');
    }
    expect(routeHref({ name: 'compare', beforeId: 3, afterId: 9 })).toBe('#/compare/3/9');
    expect(routeHref({ name: 'compare-question', promptId: 12 })).toBe('#/compare/prompt/12');
  });

  it('refuses malformed pairs', () => {
    for (const hash of ['#/compare', '#/compare/3', '#/compare/3/x', '#/compare/prompt', '#/compare/prompt/0', '#/compare/1/2/3', '#/progress', '#/progress/a']) {
      expect(parseRoute(hash).name).toBe('not-found');
    }
  });
});
