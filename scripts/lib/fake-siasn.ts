import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeTulis, isTulisPath, type FakeKiriman } from "./fake-siasn-tulis";

/**
 * A stand-in for BKN's SIASN on loopback, with the shape described in shared/siasn.md: WSO2
 * and Keycloak token endpoints, both tokens checked on every call, the `{ code, message, data }`
 * envelope, and 404 with code 0 for an unknown NIP. Tests steer its failures with `setBehaviour`.
 */
export type FakeRecord = Record<string, unknown>;

export type FakeSiasnPns = {
  dataUtama: FakeRecord;
  rwJabatan: FakeRecord[];
  rwGolongan: FakeRecord[];
  rwSkp22: FakeRecord[];
};

/** `pns` is keyed by NIP; `refUnor` rows use SIASN's PascalCase keys. */
export type FakeSiasnData = { pns: Record<string, FakeSiasnPns>; refUnor: FakeRecord[] };

export type FakeSiasnCredentials = {
  consumerKey: string;
  consumerSecret: string;
  clientId: string;
  username: string;
  password: string;
  /** A ready-made SSO token the fake always accepts, as BKN hands out to some instansi. */
  ssoToken?: string;
};

export const FAKE_SIASN_CREDENTIALS: FakeSiasnCredentials = {
  consumerKey: "ekinerja-demo-key",
  consumerSecret: "ekinerja-demo-secret",
  clientId: "ekinerja-demo",
  username: "199204182019032011",
  password: "siasn-demo",
};

/** Failures to force. `…Calls` count down one per API call (token requests are not counted). */
export type FakeSiasnBehaviour = {
  /** Answer 401 and revoke every issued token, as when tokens expire early. */
  unauthorizedCalls?: number;
  serverErrorCalls?: number;
  emptyBodyCalls?: number;
  nonJsonCalls?: number;
  /** Delay before every API answer. */
  latencyMs?: number;
  /** Units dissolved in SIASN: gone from ref-unor, though data-utama may still point at them. */
  inactiveUnorIds?: string[];
  /** Fields the save endpoints treat as missing, to force SIASN's validation message. */
  rejectFields?: string[];
  /** Saves that SIASN stores but never answers, as when the gateway times out after the write. */
  lostAnswerSaves?: number;
};

export type FakeSiasnStats = { apimTokens: number; ssoTokens: number; apiCalls: number };

export type FakeSiasn = {
  url: string;
  stop: () => Promise<void>;
  /** Replaces the whole behaviour; `setBehaviour({})` restores normal service. */
  setBehaviour: (behaviour: FakeSiasnBehaviour) => void;
  stats: () => FakeSiasnStats;
  /** Every post to a save endpoint, in order, and what SIASN holds for a riwayat id. */
  kiriman: () => FakeKiriman[];
  riwayat: (id: string) => Record<string, unknown> | null;
};

const API = "/apisiasn/1.0";
const SSO_TOKEN_PATH = "/auth/realms/public-siasn/protocol/openid-connect/token";

export async function startFakeSiasn(options: {
  port?: number;
  data: FakeSiasnData;
  credentials?: FakeSiasnCredentials;
  tokenTtlSeconds?: number;
}): Promise<FakeSiasn> {
  const credentials = options.credentials ?? FAKE_SIASN_CREDENTIALS;
  const ttl = options.tokenTtlSeconds ?? 3600;
  const tokens = { apim: new Map<string, number>(), sso: new Map<string, number>() };
  const stats: FakeSiasnStats = { apimTokens: 0, ssoTokens: 0, apiCalls: 0 };
  const timers = new Set<NodeJS.Timeout>();
  let behaviour: FakeSiasnBehaviour = {};
  const tulis = createFakeTulis();

  const issue = (kind: "apim" | "sso") => {
    const token = randomBytes(24).toString("hex");
    tokens[kind].set(token, Date.now() + ttl * 1000);
    stats[kind === "apim" ? "apimTokens" : "ssoTokens"]++;
    return { access_token: token, token_type: "Bearer", expires_in: ttl };
  };

  const handleApimToken = (req: http.IncomingMessage, form: URLSearchParams, res: http.ServerResponse) => {
    const [key, secret] = basicAuth(req.headers.authorization);
    if (key !== credentials.consumerKey || secret !== credentials.consumerSecret) {
      return sendJson(res, 401, { error: "invalid_client", error_description: `A valid OAuth client could not be found for client_id: ${key ?? ""}` });
    }
    if (form.get("grant_type") !== "client_credentials") {
      return sendJson(res, 400, { error: "unsupported_grant_type", error_description: "Unsupported grant_type value" });
    }
    sendJson(res, 200, { ...issue("apim"), scope: "am_application_scope default" });
  };

  const handleSsoToken = (form: URLSearchParams, res: http.ServerResponse) => {
    if (form.get("client_id") !== credentials.clientId) {
      return sendJson(res, 401, { error: "invalid_client", error_description: "Invalid client or Invalid client credentials" });
    }
    if (form.get("grant_type") !== "password") {
      return sendJson(res, 400, { error: "unsupported_grant_type", error_description: "Unsupported grant_type" });
    }
    if (form.get("username") !== credentials.username || form.get("password") !== credentials.password) {
      return sendJson(res, 401, { error: "invalid_grant", error_description: "Invalid user credentials" });
    }
    sendJson(res, 200, { ...issue("sso"), refresh_expires_in: ttl, scope: "profile email" });
  };

  const handleApi = (req: http.IncomingMessage, url: URL, raw: string, res: http.ServerResponse) => {
    if (take("unauthorizedCalls")) {
      tokens.apim.clear();
      tokens.sso.clear();
    }
    if (!valid(tokens.apim, bearer(req.headers.authorization))) {
      return sendJson(res, 401, { fault: { code: 900901, message: "Invalid Credentials", description: "Access failure for API: /apisiasn/1.0, version: 1.0. Make sure you have given the correct access token" } });
    }
    const sso = bearer(header(req, "auth"));
    if (!(valid(tokens.sso, sso) || (sso !== null && sso === credentials.ssoToken))) {
      return sendJson(res, 401, { code: 0, message: "Token SSO tidak valid atau sudah kedaluwarsa" });
    }
    if (take("serverErrorCalls")) return sendJson(res, 500, { code: 0, message: "Internal Server Error" });
    if (take("emptyBodyCalls")) return send(res, 200, "application/json", "");
    if (take("nonJsonCalls")) return send(res, 200, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");

    const path = url.pathname.slice(API.length);
    if (req.method === "POST") {
      if (!isTulisPath(path)) return sendJson(res, 404, { fault: { code: 404, message: "No matching resource found for given API Request" } });
      const answer = tulis.save(path, raw, behaviour.rejectFields ?? []);
      // The answer is dropped; the client's own timeout ends the exchange.
      if (take("lostAnswerSaves")) return;
      return sendJson(res, answer.status, answer.body);
    }
    const pns = /^\/pns\/(data-utama|rw-jabatan|rw-golongan|rw-skp22|rw-kinerjaperiodik)\/([^/]+)$/.exec(path);
    if (pns) {
      const record = options.data.pns[decodeURIComponent(pns[2] ?? "")];
      const rows = record ? riwayatOf(pns[1]!, record) : null;
      if (!record || (Array.isArray(rows) && rows.length === 0)) return sendJson(res, 404, { code: 0, data: "Data tidak ditemukan" });
      return sendJson(res, 200, { code: 1, message: "success", data: rows });
    }
    if (path === "/referensi/ref-unor") {
      const inactive = new Set(behaviour.inactiveUnorIds ?? []);
      const rows = options.data.refUnor.filter((u) => !inactive.has(String(u.Id)));
      const offset = Number(url.searchParams.get("offset") ?? 0) || 0;
      const limit = Number(url.searchParams.get("limit") ?? rows.length) || rows.length;
      return sendJson(res, 200, { code: 1, message: "success", data: rows.slice(offset, offset + limit) });
    }
    sendJson(res, 404, { fault: { code: 404, type: "Status report", message: "Runtime Error", description: "No matching resource found for given API Request" } });
  };

  // What the rw-* reads list: the seeded history plus what was saved for this PNS's GUID.
  const riwayatOf = (kind: string, record: FakeSiasnPns): unknown => {
    const pnsId = String(record.dataUtama.id ?? "");
    if (kind === "data-utama") return record.dataUtama;
    if (kind === "rw-jabatan") return record.rwJabatan;
    if (kind === "rw-golongan") return record.rwGolongan;
    if (kind === "rw-skp22") return [...record.rwSkp22, ...tulis.daftar("/skp22/save", pnsId)];
    return tulis.daftar("/kinerjaperiodik/save", pnsId);
  };

  const take = (counter: "unauthorizedCalls" | "serverErrorCalls" | "emptyBodyCalls" | "nonJsonCalls" | "lostAnswerSaves") => {
    const left = behaviour[counter] ?? 0;
    if (left <= 0) return false;
    behaviour = { ...behaviour, [counter]: left - 1 };
    return true;
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake-siasn");
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const form = new URLSearchParams(raw);
      if (req.method === "POST" && url.pathname === "/oauth2/token") return handleApimToken(req, form, res);
      if (req.method === "POST" && url.pathname === SSO_TOKEN_PATH) return handleSsoToken(form, res);
      if ((req.method === "GET" || req.method === "POST") && url.pathname.startsWith(`${API}/`)) {
        stats.apiCalls++;
        const delay = behaviour.latencyMs ?? 0;
        if (delay <= 0) return handleApi(req, url, raw, res);
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) handleApi(req, url, raw, res);
        }, delay);
        timers.add(timer);
        return;
      }
      sendJson(res, 404, { error: "not_found" });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    setBehaviour: (next) => {
      behaviour = { ...next };
    },
    stats: () => ({ ...stats }),
    kiriman: tulis.kiriman,
    riwayat: tulis.riwayat,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The SIASN_* variables that point the app's client at a running fake. */
export function fakeSiasnEnv(url: string, credentials: FakeSiasnCredentials = FAKE_SIASN_CREDENTIALS): Record<string, string> {
  return {
    SIASN_APIM_URL: url,
    SIASN_SSO_URL: url,
    SIASN_CONSUMER_KEY: credentials.consumerKey,
    SIASN_CONSUMER_SECRET: credentials.consumerSecret,
    SIASN_CLIENT_ID: credentials.clientId,
    SIASN_USERNAME: credentials.username,
    SIASN_PASSWORD: credentials.password,
  };
}

function valid(issued: Map<string, number>, token: string | null): boolean {
  const expiresAt = token ? issued.get(token) : undefined;
  return expiresAt !== undefined && expiresAt > Date.now();
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function bearer(value: string | undefined): string | null {
  const match = /^bearer\s+(\S+)$/i.exec(value ?? "");
  return match?.[1] ?? null;
}

function basicAuth(value: string | undefined): [string | null, string | null] {
  const match = /^basic\s+(\S+)$/i.exec(value ?? "");
  if (!match?.[1]) return [null, null];
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? [decoded, null] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  send(res, status, "application/json", JSON.stringify(body));
}

function send(res: http.ServerResponse, status: number, contentType: string, body: string) {
  res.writeHead(status, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}
