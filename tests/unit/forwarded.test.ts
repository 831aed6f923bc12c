import { describe, expect, it } from "vitest";
import { applyTrustedForwarding, parseTrustedProxies, trustedClientAddress } from "@/lib/http/forwarded";

const none = parseTrustedProxies("");
const nginx = parseTrustedProxies("127.0.0.2");

describe("trustedClientAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted (the default)", () => {
    expect(trustedClientAddress("203.0.113.5", "198.51.100.1", none)).toBe("203.0.113.5");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(trustedClientAddress("127.0.0.1", "198.51.100.1", nginx)).toBe("127.0.0.1");
  });

  it("takes the rightmost untrusted entry behind a trusted proxy, not what the client wrote on the left", () => {
    expect(trustedClientAddress("127.0.0.2", "6.6.6.6, 198.51.100.7", nginx)).toBe("198.51.100.7");
  });

  it("walks past a chain of trusted proxies", () => {
    const chain = parseTrustedProxies("10.0.0.1, 10.0.0.2");
    expect(trustedClientAddress("10.0.0.2", ["6.6.6.6, 198.51.100.7", "10.0.0.1"], chain)).toBe("198.51.100.7");
  });

  it("falls back to the peer when a trusted proxy sent no or a malformed header", () => {
    expect(trustedClientAddress("127.0.0.2", undefined, nginx)).toBe("127.0.0.2");
    expect(trustedClientAddress("127.0.0.2", "bukan-alamat", nginx)).toBe("127.0.0.2");
  });

  it("treats an IPv4-mapped IPv6 peer as the IPv4 address", () => {
    expect(trustedClientAddress("::ffff:127.0.0.2", "198.51.100.7", nginx)).toBe("198.51.100.7");
    expect(trustedClientAddress("::ffff:192.0.2.1", undefined, none)).toBe("192.0.2.1");
  });
});

describe("applyTrustedForwarding", () => {
  it("overwrites X-Forwarded-For and drops forwarded host/proto from an untrusted peer", () => {
    const headers = { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "app" };
    applyTrustedForwarding(headers, "192.0.2.9", nginx);
    expect(headers).toEqual({ "x-forwarded-for": "192.0.2.9", host: "app" });
  });

  it("keeps forwarded host/proto from a trusted proxy", () => {
    const headers = { "x-forwarded-for": "198.51.100.7", "x-forwarded-host": "kinerja.example.go.id", "x-forwarded-proto": "https" };
    applyTrustedForwarding(headers, "127.0.0.2", nginx);
    expect(headers).toEqual({ "x-forwarded-for": "198.51.100.7", "x-forwarded-host": "kinerja.example.go.id", "x-forwarded-proto": "https" });
  });
});

describe("parseTrustedProxies", () => {
  it("reads a comma-separated list and ignores blanks", () => {
    expect([...parseTrustedProxies(" 10.0.0.1, ,::1 ")]).toEqual(["10.0.0.1", "::1"]);
  });
});
