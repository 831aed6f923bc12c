import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { readMessages, startSmtpSink, type SinkMessage } from "../../scripts/lib/smtp-sink";

// A real SMTP server on free ports; the mail settings must be set before lib/env.ts is first read.
const mailDir = await mkdtemp(path.join(os.tmpdir(), "ekinerja-ringkasan-"));
const sink = await startSmtpSink({ smtpPort: 0, httpPort: 0, dir: mailDir });
process.env.SMTP_HOST = "127.0.0.1";
process.env.SMTP_PORT = String(sink.smtpPort);

const { parseCrontab, runOnce } = await import("graphile-worker");
const { db } = await import("@/lib/server/db");
const { daftarTugas, jadwalTugas } = await import("@/lib/server/antrean/daftar-tugas");
const { bacaTokenBerhenti } = await import("@/lib/server/notifikasi/tautan-berhenti");
const { tambahTugasLatar } = await import("@/lib/server/antrean/tambah");
const { hariIniDi, momenLokal } = await import("@/lib/domain/zona-waktu");
const { SEMUA_JENIS } = await import("@/lib/domain/ringkasan-harian");
const { buildPelaksanaanOrg, hariKe } = await import("./pelaksanaan-fixtures");

type Org = Awaited<ReturnType<typeof buildPelaksanaanOrg>>;
let org: Org;
let bulanIni: { id: string };

// Today 07.00 on each clock: the WIB run is at 00.00 UTC, the WITA run an hour earlier.
const hariIni = hariIniDi("WIB", new Date());
const jam7Wib = momenLokal("WIB", hariIni, 7);
const jam7Wita = momenLokal("WITA", hariIni, 7);

beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  bulanIni = await db.periodePenilaian.create({
    data: { tahunId: org.t2026.id, jenis: "BULANAN", urutan: 1, awal: hariKe(-10), akhir: hariKe(3), batasPengisian: hariKe(10) },
  });
  await db.pegawai.update({ where: { id: org.staff.id }, data: { email: "staff@uji.go.id" } });
  await db.pegawai.update({ where: { id: org.staffLain.id }, data: { email: "lain@uji.go.id" } });
  const instansi = await db.instansi.create({ data: { kode: "UJI-WITA", nama: "Pemkot Makassar Uji", lokasi: "Makassar", zonaWaktu: "WITA" } });
  await db.tahun.create({ data: { instansiId: instansi.id, tahun: hariIni.getUTCFullYear(), terbuka: true } });
  await db.pegawai.create({
    data: { instansiId: instansi.id, nip: "199202022018012001", nama: "Andi Makassar", email: "andi@uji.go.id", jenisJabatan: "PELAKSANA", jabatan: "Analis", passwordHash: "x" },
  });
});

afterAll(async () => {
  await sink.stop();
  await rm(mailDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await fetch(`http://127.0.0.1:${sink.httpPort}/api/messages`, { method: "DELETE" });
});

/** The hourly job as graphile-worker's cron queues it for a moment, then a real worker pass runs it and the emails it queues. */
async function jalankanPada(now: Date): Promise<SinkMessage[]> {
  await db.$transaction((tx) => tambahTugasLatar(tx, "ringkasan-harian", { _cron: { ts: now.toISOString() } }));
  await runOnce({ connectionString: process.env.DATABASE_URL!, taskList: daftarTugas });
  await new Promise((r) => setTimeout(r, 150));
  return readMessages(mailDir);
}

describe("the 07.00 digest", () => {
  test("is scheduled hourly on the worker's crontab", () => {
    // Hourly, and a tick missed while no worker ran is caught up within two hours.
    expect(parseCrontab(jadwalTugas).filter((c) => c.task === "ringkasan-harian")).toEqual([
      expect.objectContaining({ task: "ringkasan-harian", options: expect.objectContaining({ backfillPeriod: 7_200_000 }) }),
    ]);
  });

  test("goes at 07.00 WITA to the WITA instansi only, and at 07.00 WIB to the WIB one only", async () => {
    const pagiWita = await jalankanPada(jam7Wita);
    expect(pagiWita.map((m) => m.to)).toEqual(["andi@uji.go.id"]);
    expect(pagiWita[0]!.text).toContain(`Buat SKP ${hariIni.getUTCFullYear()}`);
    expect(pagiWita[0]!.text).toContain("http://localhost:3000/skp");

    await fetch(`http://127.0.0.1:${sink.httpPort}/api/messages`, { method: "DELETE" });
    const pagiWib = await jalankanPada(jam7Wib);
    expect(pagiWib.map((m) => m.to).sort()).toEqual(["lain@uji.go.id", "staff@uji.go.id"]);
  });

  test("lists today's tasks and the digest kinds' notifications, each with its link, and how to turn it off", async () => {
    const besok = new Date(jam7Wib.getTime() + 86_400_000);
    await db.notifikasi.createMany({
      data: [
        { penerimaId: org.staff.id, jenis: "PROGRES_PERLU_PERBAIKAN", judul: "Entri 2 Desember perlu perbaikan", isi: "Lampirkan bukti.", tautan: "/progres-harian" },
        { penerimaId: org.staff.id, jenis: "SKP_DISETUJUI", judul: "SKP Anda disetujui", tautan: `/skp/${org.skp.id}` },
      ],
    });
    const [mail, ...lain] = (await jalankanPada(besok)).filter((m) => m.to === "staff@uji.go.id");
    expect(lain).toEqual([]);
    expect(mail!.text).toContain("Lengkapi realisasi Januari 2026 (9 hari lagi · 3 realisasi dan 2 bukti dukung belum diisi)");
    expect(mail!.text).toContain(`http://localhost:3000/penilaian/${org.skp.id}/${bulanIni.id}`);
    expect(mail!.text).toContain("Entri 2 Desember perlu perbaikan (Lampirkan bukti.)");
    // An email-at-once kind was already emailed; it is not repeated in the digest.
    expect(mail!.text).not.toContain("SKP Anda disetujui");
    // The off link is the signed one that turns this kind off without signing in.
    const token = /Progres harian perlu perbaikan: http:\/\/localhost:3000\/berhenti-notifikasi\?token=(\S+)/.exec(mail!.text)?.[1];
    expect(bacaTokenBerhenti(decodeURIComponent(token ?? ""))).toEqual({ pegawaiId: org.staff.id, jenis: "PROGRES_PERLU_PERBAIKAN" });
    expect(mail!.html).toContain(`<a href="http://localhost:3000/penilaian/${org.skp.id}/${bulanIni.id}">`);
  });

  test("goes once a day, however many times the hour runs", async () => {
    const lusa = new Date(jam7Wib.getTime() + 2 * 86_400_000);
    expect((await jalankanPada(lusa)).filter((m) => m.to === "staff@uji.go.id")).toHaveLength(1);
    await fetch(`http://127.0.0.1:${sink.httpPort}/api/messages`, { method: "DELETE" });
    expect(await jalankanPada(lusa)).toEqual([]);
    expect(await jalankanPada(new Date(lusa.getTime() + 30 * 60_000))).toEqual([]);
    const kunci = await db.pengingatTerkirim.findMany({ where: { penerimaId: org.staff.id, kunci: { startsWith: "ringkasan:" } } });
    expect(kunci).toHaveLength(3);
  });

  test("sends nothing to someone who keeps every kind in the app or by email at once", async () => {
    await db.preferensiNotifikasi.createMany({
      data: SEMUA_JENIS.map((jenis, i) => ({ pegawaiId: org.staffLain.id, jenis, saluran: i % 2 === 0 ? ("APLIKASI" as const) : ("EMAIL_SEGERA" as const) })),
    });
    await db.notifikasi.create({ data: { penerimaId: org.staffLain.id, jenis: "PROGRES_PERLU_PERBAIKAN", judul: "Entri perlu perbaikan", tautan: "/progres-harian" } });
    const nanti = new Date(jam7Wib.getTime() + 3 * 86_400_000);
    const mails = await jalankanPada(nanti);
    expect(mails.map((m) => m.to)).toEqual(["staff@uji.go.id"]);
  });
});
