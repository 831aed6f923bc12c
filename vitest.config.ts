import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Tests run in WIB, where the users and many servers are, not in UTC: code (or SQL) that mixes up
// local time and UTC fails here instead of in production. Set before the test PostgreSQL starts,
// so its sessions use WIB too.
process.env.TZ = "Asia/Jakarta";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}$1` },
      // The real package throws unless bundled for React Server Components.
      { find: /^server-only$/, replacement: `${root}tests/integration/setup/empty.ts` },
    ],
  },
  test: {
    // A child process per test file: Prisma's pg pool and module state never leak between files.
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/setup/global-setup.ts"],
          setupFiles: ["tests/integration/setup/per-file.ts"],
          // Files mostly wait on Postgres and the WASM engine, so two at a time pay off even on 2 cores.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
