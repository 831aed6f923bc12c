import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/http/server-action-guard";

const nextConfig: NextConfig = {
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "nodemailer"],
  poweredByHeader: false,
  // Lets two builds (say, the demo and an e2e run) live side by side on one machine.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The build checks the app's own types; `npm run typecheck` checks tests and scripts too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  experimental: {
    serverActions: {
      // Read when the server starts (next start loads this file again), so it follows APP_URL at
      // run time. proxy.ts already refuses any other Origin with a 403; this keeps Next's own
      // check on the same host when a proxy in front forwards its internal one.
      allowedOrigins: appHost() ? [appHost() as string] : [],
      bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES,
    },
  },
  // The headers that never change, on every path including Next's build files. The CSP (with
  // its per-request nonce) and HSTS (only when APP_URL is https) come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

function appHost(): string | undefined {
  try {
    return new URL(process.env.APP_URL ?? "http://localhost:3000").host;
  } catch {
    return undefined;
  }
}

export default nextConfig;
