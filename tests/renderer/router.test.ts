import { describe, expect, it } from 'vitest';
import { navSection, parseRoute, routeHref, type Route } from '../../src/renderer/lib/router';

describe('renderer hash router', () => {
  it('parses every route and round-trips through routeHref', () => {
    const routes: Route[] = [
      { name: 'library' },
      { name: 'questions' },
      { name: 'stories' },
      { name: 'settings' },
      { name: 'practice', promptId: 12 },
      { name: 'attempt', attemptId: 7 },
      { name: 'attempt', attemptId: 7, atMs: 12_500 },
      { name: 'attempt', attemptId: 7, atMs: 0 },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('reads a start time from the attempt query and ignores a bad one', () => {
    expect(parseRoute('#/attempt/7?t=1500')).toEqual({ name: 'attempt', attemptId: 7, atMs: 1500 });
    expect(parseRoute('#/attempt/7?t=-5')).toEqual({ name: 'attempt', attemptId: 7 });
    expect(parseRoute('#/attempt/7?t=1.5')).toEqual({ name: 'attempt', attemptId: 7 });
    expect(parseRoute('#/attempt/7?other=1')).toEqual({ name: 'attempt', attemptId: 7 });
    expect(parseRoute('#/library?t=5')).toEqual({ name: 'library' });
  });

  it('treats an empty hash as the library', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('#')).toEqual({ name: 'library' });
  });

  it('refuses ids that are not positive safe integers', () => {
    for (const hash of ['#/practice/0', '#/practice/-1', '#/practice/1.5', '#/practice/abc', '#/attempt/', '#/attempt/99999999999999999999']) {
      expect(parseRoute(hash).name).toBe('not-found');
    }
  });

  it('does not match inherited object keys or extra segments', () => {
    expect(parseRoute('#/constructor').name).toBe('not-found');
    expect(parseRoute('#/__proto__').name).toBe('not-found');
    expect(parseRoute('#/library/extra').name).toBe('not-found');
    expect(parseRoute('#/settings/backup').name).toBe('not-found');
    expect(parseRoute('#/practice/3/4').name).toBe('not-found');
  });

  it('maps screens to their navigation section', () => {
    expect(navSection({ name: 'practice', promptId: 1 })).toBe('library');
    expect(navSection({ name: 'stories' })).toBe('stories');
    expect(navSection({ name: 'settings' })).toBe('settings');
    expect(navSection({ name: 'not-found', path: '/x' })).toBeNull();
  });
});
