import { isIP } from "node:net";
import type { IncomingHttpHeaders } from "node:http";

/**
 * Which client address the app may believe. A client can send any X-Forwarded-* header it
 * likes, so they count only when the TCP peer is one of our own reverse proxies (TRUSTED_PROXY).
 * The app's HTTP server (scripts/serve.ts) applies this to every request before Next sees it.
 */

/** "10.0.0.2, 10.0.0.3" → the set of proxy addresses; empty (trust none) when unset. */
export function parseTrustedProxies(value: string | undefined): Set<string> {
  return new Set(
    (value ?? "")
      .split(",")
      .map((entry) => normalizeAddress(entry))
      .filter(Boolean),
  );
}

// An IPv4 client on a dual-stack socket shows up as ::ffff:1.2.3.4; it is the same client.
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/**
 * The one address to trust: the peer itself unless it is a trusted proxy; behind trusted proxies,
 * the rightmost X-Forwarded-For entry that is not one of them (entries further left were
 * written by the client and prove nothing).
 */
export function trustedClientAddress(peer: string, forwardedFor: string | string[] | undefined, trusted: Set<string>): string {
  const peerAddress = normalizeAddress(peer);
  if (!trusted.has(peerAddress)) return peerAddress;
  const hops = [forwardedFor ?? []].flat().flatMap((value) => value.split(",")).map(normalizeAddress).filter(Boolean);
  const client = [...hops].reverse().find((hop) => !trusted.has(hop)) ?? hops[0];
  return client && isIP(client) ? client : peerAddress;
}

/**
 * Rewrites the forwarded headers of one request in place: X-Forwarded-For becomes exactly the
 * trusted client address, and an untrusted peer's X-Forwarded-Host/-Proto/-Port are dropped so
 * that Next's origin check and our URLs never use what a client made up.
 */
export function applyTrustedForwarding(headers: IncomingHttpHeaders, peer: string, trusted: Set<string>): void {
  headers["x-forwarded-for"] = trustedClientAddress(peer, headers["x-forwarded-for"], trusted);
  if (!trusted.has(normalizeAddress(peer))) {
    delete headers["x-forwarded-host"];
    delete headers["x-forwarded-proto"];
    delete headers["x-forwarded-port"];
  }
}
