import { parseRoute, routeHref, type Route } from './router';

/** The current route, kept in step with `location.hash`. */
class Router {
  route = $state<Route>(parseRoute(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(window.location.hash);
    });
  }

  /** Go to a route. `replace` swaps the history entry, e.g. when a flow moves on by itself. */
  navigate(route: Route, options: { replace?: boolean } = {}): void {
    const href = routeHref(route);
    if (options.replace) {
      window.history.replaceState(window.history.state, '', href);
      this.route = parseRoute(href);
    } else if (window.location.hash !== href) {
      window.location.hash = href;
    }
  }
}

export const router = new Router();
