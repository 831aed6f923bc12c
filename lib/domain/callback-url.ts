/** Where signing in sends someone when the link to /masuk names no usable page. */
export const DEFAULT_AFTER_SIGN_IN = "/beranda";

// Browsers drop tabs and newlines from URLs and read a backslash as a slash, so "/\t/evil" or
// "/\evil" would leave the site after the check passed. Any control character is refused.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/**
 * The page inside this app that a `callbackUrl` names, as the URL parser (the same one the
 * browser uses) reads it against `appUrl`; `/beranda` for anything else: another origin, a
 * protocol-relative `//host`, characters a browser would silently drop, or no value at all.
 * The answer is re-serialised by the parser, so it is plain ASCII and safe in a Location header.
 */
export function safeCallbackPath(value: unknown, appUrl: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return DEFAULT_AFTER_SIGN_IN;
  if (UNSAFE_CHARACTERS.test(value)) return DEFAULT_AFTER_SIGN_IN;
  let base: URL;
  let parsed: URL;
  try {
    base = new URL(appUrl);
    parsed = new URL(value, base);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (parsed.origin !== base.origin) return DEFAULT_AFTER_SIGN_IN;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
