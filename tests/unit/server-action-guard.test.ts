import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { PESAN_ASAL_DITOLAK, PESAN_ISIAN_TERLALU_BESAR, refuseServerAction, SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/http/server-action-guard";

const HOST = "ekinerja.bandung.go.id";

describe("refuseServerAction", () => {
  it("lets a same-origin action through, and one without Origin as Next does", () => {
    expect(refuseServerAction({ origin: `https://${HOST}`, contentLength: "120" }, HOST)).toBeNull();
    expect(refuseServerAction({ origin: null, contentLength: "120" }, HOST)).toBeNull();
  });

  it("refuses a foreign, opaque or malformed Origin with 403", () => {
    for (const origin of ["https://evil.example", `https://${HOST}.evil.example`, `https://${HOST}:8443`, "null", "garbage"]) {
      expect(refuseServerAction({ origin, contentLength: "10" }, HOST), origin).toEqual({ status: 403, message: PESAN_ASAL_DITOLAK });
    }
  });

  it("refuses a body over the limit with 413 and an Indonesian message", () => {
    expect(refuseServerAction({ origin: `https://${HOST}`, contentLength: String(SERVER_ACTION_BODY_LIMIT_BYTES) }, HOST)).toBeNull();
    expect(refuseServerAction({ origin: `https://${HOST}`, contentLength: String(SERVER_ACTION_BODY_LIMIT_BYTES + 1) }, HOST)).toEqual({ status: 413, message: PESAN_ISIAN_TERLALU_BESAR });
    expect(PESAN_ISIAN_TERLALU_BESAR).toMatch(/^Isian terlalu besar/);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows Next's scripts by nonce only, no framing, and upgrades to https only on https", () => {
    const http = contentSecurityPolicy({ nonce: "abc123", https: false, dev: false });
    expect(http).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(http).toContain("frame-ancestors 'none'");
    expect(http).not.toContain("unsafe-eval");
    expect(http).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "abc123", https: true, dev: false })).toContain("upgrade-insecure-requests");
  });
});
