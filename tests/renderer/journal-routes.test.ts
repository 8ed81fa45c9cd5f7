import { describe, expect, it } from 'vitest';
import { navSection, parseRoute, routeHref, type Route } from '../../src/renderer/lib/router';

describe('journal routes', () => {
  it('round-trips the journal, a new interview and an existing one', () => {
    const routes: Route[] = [{ name: 'journal' }, { name: 'interview', interviewId: null }, { name: 'interview', interviewId: 12 }];
    expect(routes.map(routeHref)).toEqual(['#/journal', '#/journal/new', '#/journal/12']);
    for (const route of routes) {
      expect(parseRoute(routeHref(route))).toEqual(route);
      expect(navSection(route)).toBe('journal');
    }
  });

  it('round-trips the monthly review, for the month today is in or one of the three', () => {
    const routes: Route[] = [
      { name: 'month-review', month: null },
      { name: 'month-review', month: 1 },
      { name: 'month-review', month: 3 },
    ];
    expect(routes.map(routeHref)).toEqual(['#/journal/review', '#/journal/review/1', '#/journal/review/3']);
    for (const route of routes) {
      expect(parseRoute(routeHref(route))).toEqual(route);
      expect(navSection(route)).toBe('journal');
    }
    for (const hash of ['#/journal/review/0', '#/journal/review/4', '#/journal/review/x', '#/journal/review/1/2']) {
      expect(parseRoute(hash).name).toBe('not-found');
    }
  });

  it('treats a malformed interview address as not found', () => {
    for (const hash of ['#/journal/0', '#/journal/abc', '#/journal/12/edit', '#/journal/-3']) {
      expect(parseRoute(hash).name).toBe('not-found');
    }
  });
});
