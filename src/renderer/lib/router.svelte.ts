import { parseRoute, routeHref, type Route } from './router';

/** The current route, kept in step with the window's `location.hash`. */
export class Router {
  route = $state<Route>() as Route;
  readonly #window: Window;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- listeners are bookkeeping, never rendered
  #listeners = new Set<() => void>();

  constructor(win: Window) {
    this.#window = win;
    this.route = parseRoute(win.location.hash);
    win.addEventListener('hashchange', () => this.#set(parseRoute(win.location.hash)));
  }

  /** Called before each change of screen, while the old screen is still shown. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(route: Route): void {
    if (routeHref(route) === routeHref(this.route)) return;
    for (const listener of this.#listeners) listener();
    this.route = route;
  }

  /** Go to a route. `replace` swaps the history entry, e.g. when a flow moves on by itself. */
  navigate(route: Route, options: { replace?: boolean } = {}): void {
    const href = routeHref(route);
    const { history, location } = this.#window;
    if (options.replace) {
      history.replaceState(history.state, '', href);
      this.#set(parseRoute(href));
    } else if (location.hash !== href) {
      location.hash = href;
    }
  }
}

export const router = new Router(window);
