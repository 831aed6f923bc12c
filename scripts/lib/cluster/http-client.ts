import http from "node:http";

/**
 * A tiny HTTP client for the cluster checks. node:http rather than fetch, because a check must
 * choose the address it connects from (`from`, any 127.x.y.z) to play different clients, and
 * send an X-Forwarded-For header of its own choosing.
 */
export type Reply = { status: number; body: string; setCookies: string[]; location?: string };

type Options = { method?: "GET" | "POST"; headers?: Record<string, string>; body?: string; from?: string };

export function request(url: string, { method = "GET", headers = {}, body, from }: Options = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, localAddress: from }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: text, setCookies: res.headers["set-cookie"] ?? [], location: res.headers.location }),
      );
    });
    req.setTimeout(60_000, () => req.destroy(new Error(`${url} tidak menjawab dalam 60 detik`)));
    req.once("error", reject);
    req.end(body);
  });
}

/** name=value pairs from Set-Cookie headers, merged into a Cookie header value. */
export function cookieHeader(...setCookies: string[][]): string {
  return setCookies
    .flat()
    .map((cookie) => cookie.split(";")[0] ?? "")
    .filter((pair) => pair.includes("=") && !pair.endsWith("="))
    .join("; ");
}

export type SignIn = { ok: true; cookie: string } | { ok: false; message: string };

/** Signs in through next-auth's credentials endpoint exactly as the sign-in form does. */
export async function signIn(baseUrl: string, nip: string, password: string, options: Pick<Options, "from" | "headers"> = {}): Promise<SignIn> {
  const csrf = await request(`${baseUrl}/api/auth/csrf`, options);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const reply = await request(`${baseUrl}/api/auth/callback/credentials`, {
    ...options,
    method: "POST",
    headers: { ...options.headers, "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf.setCookies) },
    body: new URLSearchParams({ nip, password, csrfToken, callbackUrl: `${baseUrl}/beranda`, json: "true" }).toString(),
  });
  const session = cookieHeader(reply.setCookies.filter((c) => c.includes("session-token")));
  if (session) return { ok: true, cookie: session };
  const url = (JSON.parse(reply.body || "{}") as { url?: string }).url ?? "";
  return { ok: false, message: new URL(url, baseUrl).searchParams.get("error") ?? `HTTP ${reply.status}` };
}
