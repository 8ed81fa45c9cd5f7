const TOKEN_KEY = 'retake.token';

/**
 * The web host's per-run token arrives once, in the URL it printed. Keep it for this tab
 * only (sessionStorage survives a reload, not the browser) and take it out of the address
 * bar so it is not bookmarked, shared in a screenshot, or left in history.
 */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** A fresh id per page load: when this page's event stream closes, the host knows this page is gone. */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
