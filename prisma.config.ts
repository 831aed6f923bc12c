import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded on our machines; pointing the CLI at
// any existing file stops it trying. Only `prisma generate` is used, which needs no engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
