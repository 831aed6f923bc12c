/**
 * The benchmark talks to the app the way a browser does: next-auth's credentials flow for
 * sessions, and Next's server-action protocol (POST with a Next-Action header) for mutations.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type Session = { nip: string; cookie: string };

export const SESSION_COOKIE = "next-auth.session-token";

/** A CSRF token and its cookie; next-auth's double-submit check accepts the pair many times. */
export async function fetchCsrf(baseUrl: string): Promise<{ csrfToken: string; cookie: string }> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!response.ok) throw new Error(`GET /api/auth/csrf menjawab ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken, cookie: cookieHeader(response.headers.getSetCookie()) };
}

/** The form body next-auth's signIn("credentials", { redirect: false }) posts. */
export function signInBody(csrfToken: string, nip: string, password: string, baseUrl: string): string {
  return new URLSearchParams({ csrfToken, nip, password, callbackUrl: `${baseUrl}/beranda`, json: "true" }).toString();
}

export const SIGN_IN_HEADERS = { "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" };

export async function signIn(baseUrl: string, nip: string, password: string): Promise<Session> {
  const csrf = await fetchCsrf(baseUrl);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...SIGN_IN_HEADERS, cookie: csrf.cookie },
    body: signInBody(csrf.csrfToken, nip, password, baseUrl),
    redirect: "manual",
  });
  const text = await response.text();
  const session = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!response.ok || !session || text.includes("error=")) {
    throw new Error(`Gagal masuk sebagai ${nip}: HTTP ${response.status} ${text.slice(0, 200)}`);
  }
  return { nip, cookie: cookieHeader([session]) };
}

/** Signs every NIP in, a few at a time: argon2 is deliberately slow and the machine has 2 cores. */
export async function signInAll(baseUrl: string, nips: string[], password: string, parallel = 4): Promise<Map<string, Session>> {
  const sessions = new Map<string, Session>();
  const queue = [...new Set(nips)];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let nip = queue.shift(); nip; nip = queue.shift()) sessions.set(nip, await signIn(baseUrl, nip, password));
    }),
  );
  return sessions;
}

export type ActionRef = { id: string; name: string };

/** A server action's id, looked up in the build's manifest by the file and export that define it. */
export function actionRef(distDir: string, filename: string, exportedName: string): ActionRef {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  // Paths are relative to the workspace root Next infers, which may sit above this app.
  const found = Object.entries(manifest.node).find(
    ([, v]) => (v.filename === filename || v.filename?.endsWith(`/${filename}`)) && v.exportedName === exportedName,
  );
  if (!found) throw new Error(`Server action ${exportedName} (${filename}) tidak ada di ${file}.`);
  return { id: found[0], name: exportedName };
}

/** Headers of a server-action call as React's client sends it: the arguments go as a JSON array. */
export function actionHeaders(action: ActionRef, baseUrl: string, cookie: string): Record<string, string> {
  return {
    "next-action": action.id,
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    origin: baseUrl,
    cookie,
  };
}

export type ActionOutcome = { ok: boolean; data?: Record<string, unknown>; message?: string; status: number };

export async function callAction(baseUrl: string, pagePath: string, action: ActionRef, cookie: string, input: unknown): Promise<ActionOutcome> {
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: actionHeaders(action, baseUrl, cookie),
    body: JSON.stringify([input]),
    redirect: "manual",
  });
  const text = await response.text();
  const result = actionResult(text);
  if (!response.ok || !result) return { ok: false, status: response.status, message: text.slice(0, 300) };
  return { ...result, status: response.status };
}

/**
 * The ActionResult inside a React Flight response: the row whose id the root row's `a`
 * points at ("$@1" → row "1:").
 */
export function actionResult(flight: string): { ok: boolean; data?: Record<string, unknown>; message?: string } | null {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = root?.a?.replace("$@", "");
    return ref ? (JSON.parse(rows.get(ref) ?? "null") as { ok: boolean }) : null;
  } catch {
    return null;
  }
}

/** The app's SQL statement tally (lib/server/query-count.ts), from a server run with BENCH_METRICS=1. */
export async function readSqlCount(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/sehat?metrics=1`);
  const body = (await response.json()) as { sqlStatements?: number };
  if (typeof body.sqlStatements !== "number") throw new Error("Server tidak memberi hitungan SQL; jalankan dengan BENCH_METRICS=1.");
  return body.sqlStatements;
}

function cookieHeader(setCookies: string[]): string {
  return setCookies.map((c) => c.split(";")[0]).join("; ");
}
