/**
 * The security headers of every response, built per request in proxy.ts (the CSP carries a
 * fresh nonce, HSTS depends on APP_URL) and statically in next.config.ts (the rest). Pure, so
 * a unit test can read the policy without a server.
 */

/** Headers that never change; next.config.ts sets them on every path, static files included. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  // Old browsers that ignore CSP's frame-ancestors still honour this: no site may frame a page.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The app uses none of these; a script that got in anyway cannot reach them either.
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), browsing-topics=()",
  },
];

/**
 * The Content-Security-Policy of one response. Next.js reads the nonce from the request's copy
 * of this header and puts it on its own scripts; 'strict-dynamic' lets those load the page's
 * chunks, and nothing else runs. Styles: <style> and stylesheets need the nonce or our origin,
 * but React components set `style` attributes (progress bars, widths computed per row) and a
 * nonce cannot cover an attribute, so style-src-attr allows inline attributes only. A style
 * attribute cannot run script; the worst an injected one can do is change how a page looks.
 * The toasts (sonner) add their own stylesheet as a <style> element, empty first and then
 * filled, with no way to pass the nonce: the hashes of exactly those two contents are allowed,
 * and tests/unit/csp-sonner.test.ts fails when an upgrade of sonner changes its stylesheet.
 */
export function contentSecurityPolicy(options: { nonce: string; https: boolean; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${options.nonce}' ${SONNER_STYLE_HASHES.map((h) => `'${h}'`).join(" ")}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over https: on a plain-http intranet install it would send every asset to a dead port.
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** sha256 of "" and of the stylesheet sonner 2.0.8 inserts (see contentSecurityPolicy). */
export const SONNER_STYLE_HASHES = [
  "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
  "sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY=",
] as const;

/**
 * One year, without includeSubDomains: the app often lives on one subdomain of a government
 * domain whose other hosts it has no say over.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
