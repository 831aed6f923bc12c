import { expect, inject, test } from "vitest";
import { db } from "@/lib/server/db";

test("each test file works in its own migrated copy of the database", async () => {
  const url = new URL(process.env.DATABASE_URL ?? "");
  expect(url.pathname).toMatch(/^\/t_[0-9a-f]{12}$/);
  expect(url.origin).toBe(new URL(inject("pgServerUrl")).origin);

  expect(await db.instansi.count()).toBe(0);
  const created = await db.instansi.create({ data: { kode: "UJI-01", nama: "Dinas Uji Coba Harness", lokasi: "Bandung" } });
  const found = await db.instansi.findUniqueOrThrow({ where: { id: created.id } });
  expect(found.nama).toBe("Dinas Uji Coba Harness");
});
