import { Logger, run, type Runner } from "graphile-worker";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { NAMA_TUGAS } from "@/lib/server/antrean/nama-tugas";
import { tugasPengingat } from "@/lib/server/pengingat/tugas";
import { buatInstansi, pegawaiDenganSkp, skpDiajukan } from "./pengingat-fixtures";

// Each moment is one reminder's local hour in WIB: H-3 of 10 Januari 2027 at 08.00, Friday
// 4 December 2026 at 15.00, and 08.00 four days after an SKP was submitted.
const MOMEN = [
  { tugas: NAMA_TUGAS.PENGINGAT_BATAS_PENGISIAN, ts: "2027-01-07T01:00:00Z" },
  { tugas: NAMA_TUGAS.PENGINGAT_PROGRES_HARIAN, ts: "2026-12-04T08:00:00Z" },
  { tugas: NAMA_TUGAS.PENGINGAT_SKP_MENUNGGU, ts: "2026-12-05T01:00:00Z" },
];
const PEGAWAI = 40;
const SALINAN_TUGAS = 4;

let runners: Runner[] = [];

afterEach(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  runners = [];
});

/** Two worker processes' worth of graphile-worker on the test database, each running two jobs at once. */
async function mulaiDuaPekerja() {
  const diam = new Logger(() => () => {});
  runners = await Promise.all(
    [1, 2].map(() =>
      run({ connectionString: process.env.DATABASE_URL, taskList: tugasPengingat, concurrency: 2, pollInterval: 50, noHandleSignals: true, logger: diam }),
    ),
  );
}

/** The same moment queued several times over for every reminder, as if cron fired on several instances. */
async function tambahTugasUntukMomenYangSama() {
  for (const m of MOMEN) {
    for (let i = 0; i < SALINAN_TUGAS; i += 1) {
      await db.$executeRaw`SELECT graphile_worker.add_job(${m.tugas}::text, json_build_object('_cron', json_build_object('ts', ${m.ts}::text)))`;
    }
  }
}

async function tungguAntreanKosong() {
  const tugas = MOMEN.map((m) => m.tugas);
  await expect
    .poll(
      async () => {
        const sisa = await db.$queryRaw<Array<{ last_error: string | null }>>`
          SELECT last_error FROM graphile_worker.jobs WHERE task_identifier = ANY(${tugas}::text[])`;
        const galat = sisa.find((j) => j.last_error);
        if (galat) throw new Error(`Tugas pengingat gagal: ${galat.last_error}`);
        return sisa.length;
      },
      { timeout: 25_000, interval: 100 },
    )
    .toBe(0);
}

async function hitunganPerPenerima() {
  const rows = await db.$queryRaw<Array<{ jenis: string; penerima: number; terbanyak: number }>>`
    SELECT jenis::text, count(DISTINCT "penerimaId")::int AS penerima, max(n)::int AS terbanyak
    FROM (SELECT jenis, "penerimaId", count(*) AS n FROM "Notifikasi" GROUP BY jenis, "penerimaId") x
    GROUP BY jenis ORDER BY jenis`;
  return rows;
}

describe("two workers on one database", () => {
  beforeAll(async () => {
    const u = await buatInstansi("WIB");
    for (let i = 0; i < PEGAWAI; i += 1) await pegawaiDenganSkp(u, `Pegawai ${i}`);
    await pegawaiDenganSkp(u, "Sudah Lengkap", { terisi: 2 });
    const lain = await buatInstansi("WIB");
    await skpDiajukan(u, "Menunggu A", "2026-12-01T02:00:00Z");
    await skpDiajukan(lain, "Menunggu B", "2026-12-01T03:00:00Z");
  });

  test("send each reminder exactly once per person", async () => {
    await mulaiDuaPekerja();
    await tambahTugasUntukMomenYangSama();
    await tungguAntreanKosong();

    // Batas: the 40 without realisasi. Progres Harian: every approved SKP (the complete one too), none
    // has an entry. SKP waiting: the atasan of each instansi.
    expect(await hitunganPerPenerima()).toEqual([
      { jenis: "PENGINGAT_BATAS_PENGISIAN", penerima: PEGAWAI, terbanyak: 1 },
      { jenis: "PENGINGAT_PROGRES_HARIAN", penerima: PEGAWAI + 1, terbanyak: 1 },
      { jenis: "PENGINGAT_SKP_MENUNGGU", penerima: 2, terbanyak: 1 },
    ]);
  });

  test("after a restart, the same moments send nothing new", async () => {
    await mulaiDuaPekerja();
    await tambahTugasUntukMomenYangSama();
    await tungguAntreanKosong();

    expect(await db.notifikasi.count()).toBe(PEGAWAI + PEGAWAI + 1 + 2);
  });
});
