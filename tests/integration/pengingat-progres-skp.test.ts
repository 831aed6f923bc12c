import { beforeAll, describe, expect, test } from "vitest";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { db } from "@/lib/server/db";
import { kirimPengingatProgresHarian } from "@/lib/server/pengingat/progres-harian";
import { kirimPengingatSkpMenunggu } from "@/lib/server/pengingat/skp-menunggu";
import { buatInstansi, notifikasiUntuk, pegawaiDenganSkp, skpDiajukan, type InstansiUji } from "./pengingat-fixtures";

// Friday 4 December 2026: 08.00 UTC is 15.00 WIB, 07.00 UTC is 15.00 WITA.
const JUMAT_WIB = new Date("2026-12-04T08:00:00Z");

async function isiHari(p: Awaited<ReturnType<typeof pegawaiDenganSkp>>, u: InstansiUji, tanggal: string[]) {
  const rencana = await db.rencanaAksi.create({ data: { rhkId: p.skp.rhk[0]!.id, periodeId: u.periode.id, teks: "Memproses berkas", urutan: 1 } });
  await db.progresHarian.createMany({
    data: tanggal.map((t) => ({
      pegawaiId: p.pegawai.id, skpId: p.skp.id, rencanaAksiId: rencana.id, tanggal: fromIsoDate(t),
      jamMulai: 480, jamSelesai: 600, kegiatan: "Memproses berkas", realisasi: 1, satuan: "Berkas",
    })),
  });
}

describe("pengingat progres harian", () => {
  let wib: InstansiUji;
  let w: Record<string, Awaited<ReturnType<typeof pegawaiDenganSkp>>>;
  const JENIS = "PENGINGAT_PROGRES_HARIAN";

  beforeAll(async () => {
    wib = await buatInstansi("WIB");
    const wita = await buatInstansi("WITA");
    w = {
      penuh: await pegawaiDenganSkp(wib, "Rajin Mengisi"),
      bolong: await pegawaiDenganSkp(wib, "Kadang Lupa"),
      draft: await pegawaiDenganSkp(wib, "SKP Masih Draft", { status: "DRAFT" }),
      wita: await pegawaiDenganSkp(wita, "Di Makassar"),
    };
    await isiHari(w.penuh!, wib, ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]);
    // Monday and Tuesday filled, Wednesday on cuti, Thursday a holiday of the instansi: Friday is the one empty day.
    await isiHari(w.bolong!, wib, ["2026-11-30", "2026-12-01"]);
    await db.keteranganHari.create({ data: { pegawaiId: w.bolong!.pegawai.id, tanggal: fromIsoDate("2026-12-02"), jenis: "CUTI" } });
    await db.hariLibur.create({ data: { instansiId: wib.instansi.id, tanggal: fromIsoDate("2026-12-03"), nama: "Libur daerah", jenis: "CUTI_BERSAMA" } });
  });

  test("Friday 15.00 WIB: only the pegawai with an empty working day hears, with the days and a link to the week", async () => {
    expect(await kirimPengingatProgresHarian(JUMAT_WIB)).toBe(1);
    expect(await notifikasiUntuk(w.bolong!.pegawai.id, JENIS)).toMatchObject([
      {
        judul: "Progres Harian minggu ini: 1 hari kerja belum diisi",
        isi: expect.stringMatching(/^Belum ada entri pada Jumat, 4 Desember 2026\. /),
        tautan: "/progres-harian?tampilan=minggu&tanggal=2026-11-30",
      },
    ]);
    for (const k of ["penuh", "draft", "wita"]) expect(await notifikasiUntuk(w[k]!.pegawai.id, JENIS), k).toHaveLength(0);
    expect(await db.pengingatTerkirim.findMany({ where: { penerimaId: w.bolong!.pegawai.id } })).toMatchObject([{ kunci: "progres:2026-W49" }]);
  });

  test("nothing again that week, nor on another day or hour; the WITA instansi at its own Friday 15.00", async () => {
    for (const saat of [JUMAT_WIB, new Date("2026-12-03T08:00:00Z"), new Date("2026-12-04T09:00:00Z")]) expect(await kirimPengingatProgresHarian(saat)).toBe(0);
    expect(await kirimPengingatProgresHarian(new Date("2026-12-04T07:00:00Z"))).toBe(1);
    expect(await notifikasiUntuk(w.wita!.pegawai.id, JENIS)).toMatchObject([{ judul: "Progres Harian minggu ini: 5 hari kerja belum diisi" }]);
  });
});

describe("pengingat SKP menunggu keputusan", () => {
  let u: InstansiUji;
  const JENIS = "PENGINGAT_SKP_MENUNGGU";

  beforeAll(async () => {
    u = await buatInstansi("WIB");
  });

  test("the atasan hears once the SKP has waited more than 3 days, once per submission", async () => {
    const lama = await skpDiajukan(u, "Menunggu Lama", "2026-12-01T02:00:00Z");
    await skpDiajukan(u, "Baru Diajukan", "2026-12-02T10:00:00Z");

    // 4 December 08.00 WIB: 2 days 23 hours. Not yet.
    expect(await kirimPengingatSkpMenunggu(new Date("2026-12-04T01:00:00Z"))).toBe(0);
    expect(await kirimPengingatSkpMenunggu(new Date("2026-12-05T01:00:00Z"))).toBe(1);
    expect(await notifikasiUntuk(u.atasan.id, JENIS)).toMatchObject([
      {
        judul: "SKP Menunggu Lama sudah 3 hari menunggu keputusan Anda",
        isi: expect.stringMatching(/^Diajukan 1 Desember 2026 09\.00 WIB\. /),
        tautan: `/skp-bawahan/${lama.skp.id}`,
      },
    ]);
    // The next days: the newer SKP in its turn, the old one not again.
    expect(await kirimPengingatSkpMenunggu(new Date("2026-12-06T01:00:00Z"))).toBe(1);
    expect(await kirimPengingatSkpMenunggu(new Date("2026-12-07T01:00:00Z"))).toBe(0);

    // Returned, then submitted again: a new occasion.
    await db.riwayatStatus.create({ data: { entitas: "SKP", entitasId: lama.skp.id, dari: "DRAFT", ke: "PENGAJUAN", aktorId: lama.pegawai.id, createdAt: new Date("2026-12-08T03:00:00Z") } });
    expect(await kirimPengingatSkpMenunggu(new Date("2026-12-12T01:00:00Z"))).toBe(1);
    expect(await notifikasiUntuk(u.atasan.id, JENIS)).toHaveLength(3);
  });

  test("a decided SKP, or one checked at another hour, brings nothing", async () => {
    const diputuskan = await skpDiajukan(u, "Sudah Disetujui", "2026-12-01T02:00:00Z");
    await db.skp.update({ where: { id: diputuskan.skp.id }, data: { status: "PERSETUJUAN" } });
    const sebelum = (await notifikasiUntuk(u.atasan.id, JENIS)).length;
    await kirimPengingatSkpMenunggu(new Date("2026-12-20T01:00:00Z"));
    await skpDiajukan(u, "Diperiksa Siang", "2026-12-01T02:00:00Z");
    expect(await kirimPengingatSkpMenunggu(new Date("2026-12-20T05:00:00Z"))).toBe(0);
    expect(await notifikasiUntuk(u.atasan.id, JENIS)).toHaveLength(sebelum);
  });
});
