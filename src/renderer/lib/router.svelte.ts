import { parseRoute, routeHref, type Route } from './router';

/** The current route, kept in step with `location.hash`. */
class Router {
  route = $state<Route>(parseRoute(window.location.hash));
  #listeners = new Set<() => void>();

  constructor() {
    window.addEventListener('hashchange', () => this.#set(parseRoute(window.location.hash)));
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
    if (options.replace) {
      window.history.replaceState(window.history.state, '', href);
      this.#set(parseRoute(href));
    } else if (window.location.hash !== href) {
      window.location.hash = href;
    }
  }
}

export const router = new Router();
