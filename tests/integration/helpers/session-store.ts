/** The cookie jar that the mocked `cookies()` of next/headers serves in integration tests. */
type Cookie = { name: string; value: string };

let sessionCookie: Cookie | null = null;

export function setSessionCookie(cookie: Cookie | null): void {
  sessionCookie = cookie;
}

export function testCookieStore() {
  const all = sessionCookie ? [sessionCookie] : [];
  return {
    get: (name: string) => all.find((c) => c.name === name),
    getAll: () => all,
    has: (name: string) => all.some((c) => c.name === name),
    size: all.length,
  };
}

/**
 * The request headers that the mocked `headers()` of next/headers serves: empty unless a test
 * sets some, e.g. `setRequestHeaders({ "x-forwarded-for": "203.0.113.7" })` to stand for the
 * address the app server trusted. `setRequestHeaders(null)` goes back to empty.
 */
let requestHeaders: Record<string, string> = {};

export function setRequestHeaders(headers: Record<string, string> | null): void {
  requestHeaders = headers ?? {};
}

export function testHeaderStore(): Headers {
  return new Headers(requestHeaders);
}
