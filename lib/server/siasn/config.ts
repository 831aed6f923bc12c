import "server-only";

/** Where SIASN is and how to sign in to it. Built from env by `siasnConfigFromEnv`. */
export type SiasnConfig = {
  /** WSO2 gateway, e.g. `https://apimws.bkn.go.id:8243`; the API lives under `/apisiasn/1.0`. */
  apimUrl: string;
  /** Keycloak, e.g. `https://sso-siasn.bkn.go.id`. Unused when a ready-made SSO token is given. */
  ssoUrl: string | null;
  consumerKey: string;
  consumerSecret: string;
  /** Operator NIP, password and Keycloak client for the password grant. */
  username: string | null;
  password: string | null;
  clientId: string | null;
  /** A ready-made SSO token, for instansi that receive one instead of operator credentials. */
  ssoToken: string | null;
  /** Per HTTP exchange, including reading the body. */
  timeoutMs: number;
  /** Extra attempts after the first on network errors, timeouts, 5xx and unreadable bodies. */
  retries: number;
  /** Wait before the first retry; doubles on each next one. */
  backoffMs: number;
};

const VARS = {
  apimUrl: "SIASN_APIM_URL",
  ssoUrl: "SIASN_SSO_URL",
  consumerKey: "SIASN_CONSUMER_KEY",
  consumerSecret: "SIASN_CONSUMER_SECRET",
  username: "SIASN_USERNAME",
  password: "SIASN_PASSWORD",
  clientId: "SIASN_CLIENT_ID",
  ssoToken: "SIASN_SSO_TOKEN",
  timeoutMs: "SIASN_TIMEOUT_MS",
  retries: "SIASN_RETRIES",
} as const;

/** Every variable `siasnConfigFromEnv` reads, for documentation and for lib/env.ts. */
export const SIASN_ENV_VARS = Object.values(VARS);

/**
 * Null when no SIASN variable is set: the app then runs without SIASN sync. A half-filled
 * configuration throws, naming what is missing, so a typo fails at start and not at the first
 * sync a user tries.
 */
export function siasnConfigFromEnv(env: Record<string, string | undefined>): SiasnConfig | null {
  const read = (name: string) => env[name]?.trim() || null;
  if (SIASN_ENV_VARS.every((name) => read(name) === null)) return null;

  const ssoToken = read(VARS.ssoToken);
  const required: string[] = [VARS.apimUrl, VARS.consumerKey, VARS.consumerSecret];
  if (!ssoToken) required.push(VARS.ssoUrl, VARS.clientId, VARS.username, VARS.password);
  const missing = required.filter((name) => read(name) === null);
  if (missing.length > 0) {
    throw new Error(`Konfigurasi SIASN belum lengkap: ${missing.join(", ")} belum diisi.`);
  }

  return {
    apimUrl: withoutTrailingSlash(read(VARS.apimUrl) ?? ""),
    ssoUrl: read(VARS.ssoUrl) && withoutTrailingSlash(read(VARS.ssoUrl) ?? ""),
    consumerKey: read(VARS.consumerKey) ?? "",
    consumerSecret: read(VARS.consumerSecret) ?? "",
    username: read(VARS.username),
    password: read(VARS.password),
    clientId: read(VARS.clientId),
    ssoToken,
    timeoutMs: positiveInt(read(VARS.timeoutMs), VARS.timeoutMs, 25_000, 1),
    retries: positiveInt(read(VARS.retries), VARS.retries, 3, 0),
    backoffMs: 500,
  };
}

function positiveInt(value: string | null, name: string, fallback: number, min: number): number {
  if (value === null) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    throw new Error(`${name} harus bilangan bulat ≥ ${min}, bukan "${value}".`);
  }
  return number;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
