// `npm run db:migrate`: applies pending migrations to the database in DATABASE_URL.
import { existsSync } from "node:fs";
import { applyMigrations } from "./lib/migrator";

// Same files Next.js reads, same precedence: the shell wins, then .env.local, then .env.
for (const file of [".env.local", ".env"]) {
  if (existsSync(file)) process.loadEnvFile(file);
}

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    "DATABASE_URL belum diisi, jadi tidak ada basis data yang bisa dimigrasi.\n" +
      "Tanpa DATABASE_URL, `npm start` memakai PostgreSQL tertanam dan menjalankan migrasinya sendiri.\n" +
      "Untuk basis data Anda sendiri: DATABASE_URL=postgresql://user:sandi@host:5432/ekinerja npm run db:migrate",
  );
  process.exit(1);
}

try {
  const applied = await applyMigrations(databaseUrl);
  if (applied.length === 0) {
    console.log("Basis data sudah mutakhir; tidak ada migrasi baru.");
  } else {
    console.log(`${applied.length} migrasi diterapkan:`);
    for (const name of applied) console.log(`  - ${name}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
