import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "nodemailer"],
  poweredByHeader: false,
  // Lets two builds (say, the demo and an e2e run) live side by side on one machine.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The build checks the app's own types; `npm run typecheck` checks tests and scripts too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default nextConfig;
