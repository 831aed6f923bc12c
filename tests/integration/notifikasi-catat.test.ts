import { describe, expect, test } from "vitest";
import { createPegawaiWithPassword } from "./helpers/session";
import { db } from "@/lib/server/db";
import { catatNotifikasi } from "@/lib/server/notifikasi/catat";

async function emailJobsFor(notifikasiId: string): Promise<number> {
  const rows = await db.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM graphile_worker.jobs
    WHERE task_identifier = 'kirim-email-notifikasi' AND key = ${`email-notifikasi:${notifikasiId}`}`;
  return Number(rows[0]?.n);
}

describe("catatNotifikasi", () => {
  test("writes the notification and queues its email in the same transaction", async () => {
    const p = await createPegawaiWithPassword({ nip: "199301012015011301", password: "Rahasia123" });

    await db.$transaction((tx) =>
      catatNotifikasi(tx, [{ penerimaId: p.id, jenis: "SKP_DIKEMBALIKAN", judul: "SKP 2026 dikembalikan", tautan: "/skp" }]),
    );

    const n = await db.notifikasi.findFirstOrThrow({ where: { penerimaId: p.id } });
    expect(n).toMatchObject({ judul: "SKP 2026 dikembalikan", dibacaPada: null, tautan: "/skp" });
    expect(await emailJobsFor(n.id)).toBe(1);
  });

  test("a rolled-back change leaves neither the notification nor its email", async () => {
    const p = await createPegawaiWithPassword({ nip: "199301012015011302", password: "Rahasia123" });

    await expect(
      db.$transaction(async (tx) => {
        await catatNotifikasi(tx, [{ penerimaId: p.id, jenis: "SKP_DISETUJUI", judul: "SKP disetujui", tautan: "/skp" }]);
        throw new Error("gagal setelahnya");
      }),
    ).rejects.toThrow("gagal setelahnya");

    expect(await db.notifikasi.count({ where: { penerimaId: p.id } })).toBe(0);
    const jobs = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'kirim-email-notifikasi'`;
    expect(Number(jobs[0]?.n)).toBe(1);
  });

  test("queues no email for a kind the person keeps in the app, or sends in the digest", async () => {
    const p = await createPegawaiWithPassword({ nip: "199301012015011303", password: "Rahasia123" });
    await db.preferensiNotifikasi.create({ data: { pegawaiId: p.id, jenis: "SKP_DISETUJUI", saluran: "APLIKASI" } });

    await db.$transaction((tx) =>
      catatNotifikasi(tx, [
        { penerimaId: p.id, jenis: "SKP_DISETUJUI", judul: "SKP disetujui", tautan: "/skp" },
        { penerimaId: p.id, jenis: "PROGRES_PERLU_PERBAIKAN", judul: "Entri perlu perbaikan", tautan: "/progres-harian" },
      ]),
    );

    const dibuat = await db.notifikasi.findMany({ where: { penerimaId: p.id } });
    expect(dibuat).toHaveLength(2);
    for (const n of dibuat) expect(await emailJobsFor(n.id)).toBe(0);
  });
});
