import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemo } from "../../prisma/seed/demo";

/** Seeds the demo instansi into the database at `databaseUrl` when it has none yet. */
export async function seedDemoDatabase(databaseUrl: string): Promise<{ seeded: boolean }> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}
