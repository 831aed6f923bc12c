import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { seedDemo } from "./demo";

// Manual use: DATABASE_URL=postgresql://… npx tsx prisma/seed/run.ts
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL belum diisi.");
  process.exit(1);
}

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
try {
  const { seeded } = await seedDemo(db);
  console.log(seeded ? "Data demo dibuat." : "Database sudah berisi instansi; seed dilewati.");
  console.table(Object.values(DEMO_ACCOUNTS).map(({ label, nama, nip }) => ({ label, nama, nip })));
  console.log(`Kata sandi semua akun demo: ${DEMO_PASSWORD}`);
} finally {
  await db.$disconnect();
}
