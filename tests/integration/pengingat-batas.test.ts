import { beforeAll, describe, expect, test } from "vitest";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { db } from "@/lib/server/db";
import { kirimPengingatBatasPengisian } from "@/lib/server/pengingat/batas-pengisian";
import { buatInstansi, jumlahNotifikasi, notifikasiUntuk, pegawaiDenganSkp, type InstansiUji } from "./pengingat-fixtures";

const JENIS = "PENGINGAT_BATAS_PENGISIAN";
// Triwulan IV 2026, batas 10 Januari 2027. 01.00 UTC is 08.00 WIB; 00.00 UTC is 08.00 WITA.
const H3_WIB = new Date("2027-01-07T01:00:00Z");

let wib: InstansiUji;
let wita: InstansiUji;
let w: Record<string, Awaited<ReturnType<typeof pegawaiDenganSkp>>>;

beforeAll(async () => {
  wib = await buatInstansi("WIB");
  wita = await buatInstansi("WITA");
  const lain = await buatInstansi("WIB", "2027-01-15");
  w = {
    kosong: await pegawaiDenganSkp(wib, "Belum Mengisi"),
    separuh: await pegawaiDenganSkp(wib, "Separuh Terisi", { terisi: 1 }),
    lengkap: await pegawaiDenganSkp(wib, "Sudah Lengkap", { terisi: 2 }),
    final: await pegawaiDenganSkp(wib, "Sudah Final"),
    nonaktif: await pegawaiDenganSkp(wib, "Sudah Pensiun", { aktif: false }),
    draft: await pegawaiDenganSkp(wib, "Masih Draft", { status: "DRAFT" }),
    dibuka: await pegawaiDenganSkp(wib, "Dibuka Kembali"),
    wita: await pegawaiDenganSkp(wita, "Di Makassar"),
    lain: await pegawaiDenganSkp(lain, "Batas Lain"),
  };
  await db.penilaian.create({ data: { skpId: w.final!.skp.id, periodeId: wib.periode.id, status: "FINAL" } });
  await db.penilaian.create({ data: { skpId: w.dibuka!.skp.id, periodeId: wib.periode.id, pengisianDibukaHingga: fromIsoDate("2027-01-20") } });
  await db.preferensiNotifikasi.create({ data: { pegawaiId: w.separuh!.pegawai.id, jenis: JENIS, saluran: "APLIKASI" } });
  // A narrative of spaces is no realisasi (lib/domain/pelaksanaan-progress.ts).
  await db.realisasi.create({ data: { indikatorId: w.separuh!.indikator[1]!.id, periodeId: wib.periode.id, narasi: "   " } });
});

describe("pengingat batas pengisian", () => {
  test("H-3 at 08.00 WIB reaches exactly the pegawai of WIB instansi with realisasi missing, linking to their periode", async () => {
    expect(await kirimPengingatBatasPengisian(H3_WIB)).toBe(2);

    const [kosong] = await notifikasiUntuk(w.kosong!.pegawai.id, JENIS);
    expect(kosong).toMatchObject({
      judul: "Batas pengisian Triwulan IV 2026: 3 hari lagi (10 Januari 2027)",
      isi: "Realisasi 2 dari 2 indikator SKP Anda belum diisi. Lengkapi realisasi dan bukti dukungnya sebelum batas pengisian.",
      tautan: `/penilaian/${w.kosong!.skp.id}/${wib.periode.id}`,
    });
    const [separuh] = await notifikasiUntuk(w.separuh!.pegawai.id, JENIS);
    expect(separuh?.isi).toMatch(/^Realisasi 1 dari 2 indikator/);
    for (const k of ["lengkap", "final", "nonaktif", "draft", "dibuka", "wita", "lain"]) {
      expect(await notifikasiUntuk(w[k]!.pegawai.id, JENIS), k).toHaveLength(0);
    }
    const kunci = await db.pengingatTerkirim.findMany({ where: { penerimaId: w.kosong!.pegawai.id } });
    expect(kunci.map((k) => k.kunci)).toEqual([`batas:${wib.periode.id}:H-3`]);
  });

  test("queues the email for a pegawai who wants it at once, not for one who keeps reminders in the app", async () => {
    const emails = await db.$queryRaw<Array<{ penerimaId: string }>>`
      SELECT n."penerimaId"::text FROM graphile_worker.jobs j JOIN "Notifikasi" n ON j.key = 'email-notifikasi:' || n.id
      WHERE n.jenis = 'PENGINGAT_BATAS_PENGISIAN' AND j.task_identifier = 'kirim-email-notifikasi'`;
    expect(emails).toEqual([{ penerimaId: w.kosong!.pegawai.id }]);
  });

  test("a restart re-running the same moment sends nothing new", async () => {
    expect(await kirimPengingatBatasPengisian(H3_WIB)).toBe(0);
    expect(await jumlahNotifikasi(JENIS)).toBe(2);
  });

  test("no reminder the days around H-3, or at another hour of H-3; another instansi's batas has its own days", async () => {
    for (const saat of ["2027-01-06T01:00:00Z", "2027-01-08T01:00:00Z", "2027-01-07T02:00:00Z", "2027-01-06T23:00:00Z", "2027-01-10T01:00:00Z", "2027-01-11T01:00:00Z"]) {
      await kirimPengingatBatasPengisian(new Date(saat));
      expect(await notifikasiUntuk(w.kosong!.pegawai.id, JENIS), saat).toHaveLength(1);
    }
    expect(await notifikasiUntuk(w.lain!.pegawai.id, JENIS)).toMatchObject([{ judul: "Batas pengisian Triwulan IV 2026: 7 hari lagi (15 Januari 2027)" }]);
  });

  test("the WITA instansi's H-3 and H-1 fire at its own 08.00, an hour before WIB's", async () => {
    await kirimPengingatBatasPengisian(new Date("2027-01-07T00:00:00Z"));
    await kirimPengingatBatasPengisian(new Date("2027-01-09T00:00:00Z"));
    expect(await notifikasiUntuk(w.wita!.pegawai.id, JENIS)).toMatchObject([
      { judul: "Batas pengisian Triwulan IV 2026: 3 hari lagi (10 Januari 2027)" },
      { judul: "Batas pengisian Triwulan IV 2026: besok (10 Januari 2027)" },
    ]);
    expect(await notifikasiUntuk(w.kosong!.pegawai.id, JENIS)).toHaveLength(1);

    await kirimPengingatBatasPengisian(new Date("2027-01-09T01:00:00Z"));
    expect(await notifikasiUntuk(w.kosong!.pegawai.id, JENIS)).toHaveLength(2);
    expect(await notifikasiUntuk(w.wita!.pegawai.id, JENIS)).toHaveLength(2);
  });

  test("a pegawai whose pengisian was reopened hears H-3 of their own date instead", async () => {
    await kirimPengingatBatasPengisian(new Date("2027-01-17T01:00:00Z"));
    const dibuka = await notifikasiUntuk(w.dibuka!.pegawai.id, JENIS);
    expect(dibuka).toMatchObject([{ judul: "Batas pengisian Triwulan IV 2026: 3 hari lagi (20 Januari 2027)" }]);
    expect(dibuka[0]?.isi).toMatch(/^Admin instansi membuka kembali pengisian untuk Anda\./);
    expect(await notifikasiUntuk(w.kosong!.pegawai.id, JENIS)).toHaveLength(2);
    expect(await notifikasiUntuk(w.lain!.pegawai.id, JENIS)).toHaveLength(1);
    expect(await db.pengingatTerkirim.findMany({ where: { penerimaId: w.dibuka!.pegawai.id } })).toMatchObject([
      { kunci: `batas:${wib.periode.id}:dibuka-2027-01-20:H-3` },
    ]);
  });
});
