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
