import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { countQueries } from "@/lib/server/query-count";

// One client per process, kept on globalThis: Next bundles pages, actions and route handlers
// into separate module graphs, and dev reloads re-run modules; each would otherwise open a pool.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient =
  globalForPrisma.prisma ??
  new PrismaClient({
    // The pool is ours so that lib/server/query-count.ts can tally statements; $disconnect still closes it.
    adapter: new PrismaPg(countQueries(new pg.Pool({ connectionString: env().DATABASE_URL })), { disposeExternalPool: true }),
  });

globalForPrisma.prisma = db;

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
