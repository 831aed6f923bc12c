import { NextResponse, type NextRequest } from "next/server";

// Only whether a session cookie is present: the quick redirect saves a round of rendering for
// signed-out visitors. Every page, query and action still checks the session itself.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();

  const signIn = new URL("/masuk", request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // App pages only: not the public sign-in, reset and status pages, next-auth, other route handlers,
  // Next's own files or anything with a file extension (icons, images).
  matcher: ["/((?!masuk|lupa-password|reset-password|status|api/|_next/|.*\\..*).*)"],
};
