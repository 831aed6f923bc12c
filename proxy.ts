import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";
import { refuseServerAction } from "@/lib/http/server-action-guard";

// Only whether a session cookie is present: the quick redirect saves a round of rendering for
// signed-out visitors. Every page, query and action still checks the session itself.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

// App pages only: not the public sign-in, reset, status and email turn-off pages, next-auth, other route handlers,
// Next's own files or anything with a file extension (icons, images).
const NEEDS_SESSION = /^\/(?!masuk|lupa-password|reset-password|status|berhenti-notifikasi|api\/|_next\/|.*\..*)/;

/**
 * Runs before every page and route handler: security headers with a fresh CSP nonce on every
 * response, server-action requests from another site (or too large) refused with a message the
 * form can show, and the signed-out redirect of app pages.
 */
export function proxy(request: NextRequest) {
  const appUrl = new URL(env().APP_URL);
  const https = appUrl.protocol === "https:";
  const csp = contentSecurityPolicy({ nonce: createNonce(), https, dev: process.env.NODE_ENV === "development" });

  const response = respond(request, appUrl, csp);
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function respond(request: NextRequest, appUrl: URL, csp: string): NextResponse {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = refuseServerAction({ origin: request.headers.get("origin"), contentLength: request.headers.get("content-length") }, appUrl.host);
    // text/plain exactly: Next's client then hands this text to the form as the action's error.
    if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain" } });
  }

  const { pathname, search } = request.nextUrl;
  if (NEEDS_SESSION.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/masuk", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const headers = new Headers(request.headers);
  // Next takes the nonce for its scripts from the request's copy of the policy.
  headers.set("Content-Security-Policy", csp);
  // Next's own server-action origin check trusts X-Forwarded-Host; whatever a client sent,
  // the host it compares against is the public one from APP_URL.
  headers.set("X-Forwarded-Host", appUrl.host);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything but Next's build files, which carry the static headers of next.config.ts.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
