import "server-only";
import { createHash } from "node:crypto";
import { SiasnError } from "@/lib/domain/siasn/errors";
import type { SiasnConfig } from "./config";
import { fetchText, isTransientStatus, parseJsonBody, retrying, TransientFailure } from "./http";

export type SiasnTokens = { apim: string; sso: string };

type Cached = { token: Promise<string>; expiresAt: number };

/**
 * Tokens are cached in this process until shortly before they expire. This is the one piece
 * of in-process state the app keeps, and it is safe: a token is a per-process credential,
 * not shared data. Each app server holds its own token and needs nothing from the others; a
 * restart only costs one token request. Keyed by endpoint and credentials, so two configurations
 * never share a token. Caching the promise makes concurrent syncs wait for one request.
 */
const cache = new Map<string, Cached>();

export async function getTokens(config: SiasnConfig): Promise<SiasnTokens> {
  const [apim, sso] = await Promise.all([
    cached(apimKey(config), () => fetchApimToken(config)),
    config.username && config.password
      ? cached(ssoKey(config), () => fetchSsoToken(config))
      : Promise.resolve(config.ssoToken ?? ""),
  ]);
  return { apim, sso };
}

/** After a 401 both tokens are suspect: SIASN does not say which one it refused. */
export function dropTokens(config: SiasnConfig): void {
  cache.delete(apimKey(config));
  cache.delete(ssoKey(config));
}

// Hashed so the cache never holds a secret in the clear.
function apimKey(config: SiasnConfig): string {
  return fingerprint(["apim", config.apimUrl, config.consumerKey, config.consumerSecret]);
}

function ssoKey(config: SiasnConfig): string {
  return fingerprint(["sso", config.ssoUrl, config.clientId, config.username, config.password]);
}

function fingerprint(parts: Array<string | null>): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

type Issued = { token: string; lifetimeMs: number };

function cached(key: string, fetchToken: () => Promise<Issued>): Promise<string> {
  const hit = cache.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.token;

  const entry: Cached = { token: Promise.resolve(""), expiresAt: Number.POSITIVE_INFINITY };
  entry.token = fetchToken().then(
    ({ token, lifetimeMs }) => {
      // Renew a little early so a token never expires between the check and SIASN reading it.
      entry.expiresAt = Date.now() + lifetimeMs - Math.min(60_000, lifetimeMs / 10);
      return token;
    },
    (error: unknown) => {
      if (cache.get(key) === entry) cache.delete(key);
      throw error;
    },
  );
  cache.set(key, entry);
  return entry.token;
}

/** WSO2 client-credentials grant with the consumer key and secret as HTTP Basic auth. */
function fetchApimToken(config: SiasnConfig): Promise<Issued> {
  const basic = Buffer.from(`${config.consumerKey}:${config.consumerSecret}`).toString("base64");
  return requestToken(config, `${config.apimUrl}/oauth2/token`, { grant_type: "client_credentials" }, {
    Authorization: `Basic ${basic}`,
  });
}

/** Keycloak password grant in the `public-siasn` realm, signing in as the operator. */
function fetchSsoToken(config: SiasnConfig): Promise<Issued> {
  const url = `${config.ssoUrl}/auth/realms/public-siasn/protocol/openid-connect/token`;
  return requestToken(config, url, {
    grant_type: "password",
    client_id: config.clientId ?? "",
    username: config.username ?? "",
    password: config.password ?? "",
  });
}

async function requestToken(
  config: SiasnConfig,
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Issued> {
  return retrying(config, async () => {
    const response = await fetchText(
      url,
      {
        method: "POST",
        headers: { ...headers, Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form).toString(),
      },
      config.timeoutMs,
    );
    const where = `${new URL(url).pathname} (HTTP ${response.status})`;
    if (isTransientStatus(response.status)) {
      throw new TransientFailure(new SiasnError("unavailable", where));
    }
    // Both servers answer refused credentials with 400 or 401 (`invalid_client`, `invalid_grant`).
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      throw new SiasnError("credentials", `${where}: ${response.body.slice(0, 200)}`);
    }
    if (response.status !== 200) throw new SiasnError("unavailable", where);

    const body = parseJsonBody(response, url) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body?.access_token !== "string" || body.access_token === "") {
      throw new SiasnError("malformed", `${where}: no access_token`);
    }
    const seconds = Number(body.expires_in);
    // Without a stated lifetime, assume a short one rather than hold a dead token for an hour.
    return { token: body.access_token, lifetimeMs: (Number.isFinite(seconds) && seconds > 0 ? seconds : 300) * 1000 };
  });
}
