import { beforeAll, describe, expect, test } from "vitest";
import { awalMinggu, isHariKerja, tambahHari } from "@/lib/domain/hari-kerja";
import { hitunganMenu, type JenisTugas, type Tugas } from "@/lib/domain/tugas";
import { getActor, type Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getTugasAnda } from "@/lib/server/queries/tugas";
import { sqlStatementCount } from "@/lib/server/query-count";
import { actAs } from "./helpers/session";
import { buildPelaksanaanOrg, hariKe, isoHariKe, type PelaksanaanOrg } from "./pelaksanaan-fixtures";
import { buatEntri } from "./progres-harian-entri-fixtures";

let org: PelaksanaanOrg;
let bulanIni: { id: string };
let diajukan: { id: string };
let n = 0;

async function pegawaiBaru(nama: string, atasanId: string | null, instansiId = org.instansi.id) {
  n += 1;
  return db.pegawai.create({
    data: { instansiId, nip: `19910101201601${String(2000 + n).slice(-4)}`, nama, jenisJabatan: "PELAKSANA", jabatan: "Analis", atasanId, passwordHash: "x" },
  });
}

async function skpDiajukan(pegawaiId: string, hariLalu: number) {
  const skp = await db.skp.create({
    data: {
      pegawaiId,
      penilaiId: org.atasan.id,
      tahunId: org.t2026.id,
      status: "PENGAJUAN",
      periodeAwal: hariKe(-120),
      periodeAkhir: hariKe(120),
      pendekatan: "KUANTITATIF",
      layout: "STANDAR",
      snapshot: {},
    },
  });
  await db.riwayatStatus.create({
    data: { entitas: "SKP", entitasId: skp.id, dari: "DRAFT", ke: "PENGAJUAN", aktorId: pegawaiId, createdAt: new Date(Date.now() - hariLalu * 86_400_000) },
  });
  return skp;
}

beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  // A monthly periode whose batas pengisian is 10 days away: inside the 14-day window.
  bulanIni = await db.periodePenilaian.create({
    data: { tahunId: org.t2026.id, jenis: "BULANAN", urutan: 1, awal: hariKe(-10), akhir: hariKe(3), batasPengisian: hariKe(10) },
  });
  const baru = await pegawaiBaru("Bawahan Baru", org.atasan.id);
  diajukan = await skpDiajukan(baru.id, 5);
  await pegawaiBaru("Bawahan Tanpa SKP", org.atasan.id);
  await buatEntri(org, "staff", { tanggal: isoHariKe(-8) });
  await buatEntri(org, "staffLain", { tanggal: isoHariKe(-8), jam: [13 * 60, 14 * 60] });
  await buatEntri(org, "staffLain", { tanggal: isoHariKe(-9), status: "SESUAI" });
});

async function sebagai(id: string): Promise<Actor> {
  await actAs(id);
  return (await getActor())!;
}

async function tugasOf(id: string): Promise<Tugas[]> {
  return getTugasAnda(await sebagai(id));
}

const jenis = (list: Tugas[]) => list.map((t) => t.jenis);
const satu = (list: Tugas[], j: JenisTugas) => list.find((t) => t.jenis === j);

describe("Tugas Anda of a pegawai", () => {
  test("realisasi and bukti still missing for a batas within 14 days, with the days left", async () => {
    const tugas = await tugasOf(org.staff.id);
    const pengisian = tugas.filter((t) => t.jenis === "PENGISIAN_BELUM_LENGKAP");
    // Triwulan II's batas is 15 days away: not yet.
    expect(pengisian).toHaveLength(1);
    expect(pengisian[0]).toMatchObject({
      judul: "Lengkapi realisasi Januari 2026",
      keterangan: "3 realisasi dan 2 bukti dukung belum diisi",
      tenggat: "10 hari lagi",
      jumlah: 5,
      tautan: `/penilaian/${org.skp.id}/${bulanIni.id}`,
    });
    expect(jenis(tugas)).not.toContain("SKP_BELUM_DIBUAT");
  });

  test("the working days of this week before today without an entry", async () => {
    const hariIni = isoHariKe(0);
    const kosong = [0, 1, 2, 3, 4, 5]
      .map((i) => tambahHari(awalMinggu(hariIni), i))
      .filter((t) => t < hariIni && isHariKerja(t, { hariKerjaPerMinggu: 5, libur: new Set() }));
    const item = satu(await tugasOf(org.staff.id), "PROGRES_HARIAN_KOSONG");
    if (kosong.length === 0) expect(item).toBeUndefined();
    else expect(item).toMatchObject({ jumlah: kosong.length, tautan: "/progres-harian" });
  });

  test("a returned SKP with the atasan's catatan; an SKP waiting is information only", async () => {
    const p = await pegawaiBaru("Pegawai Dikembalikan", org.kabid.id);
    const skp = await skpDiajukan(p.id, 1);
    expect(satu(await tugasOf(p.id), "SKP_MENUNGGU_PERSETUJUAN")).toMatchObject({ informasi: true, tautan: `/skp/${skp.id}` });

    await db.skp.update({ where: { id: skp.id }, data: { status: "DRAFT" } });
    await db.riwayatStatus.create({
      data: { entitas: "SKP", entitasId: skp.id, dari: "PENGAJUAN", ke: "DRAFT", aktorId: org.atasan.id, catatan: "Target RHK 1 terlalu rendah" },
    });
    const tugas = await tugasOf(p.id);
    expect(satu(tugas, "SKP_DIKEMBALIKAN")).toMatchObject({ keterangan: "Catatan atasan: Target RHK 1 terlalu rendah", tautan: `/skp/${skp.id}` });
    expect(jenis(tugas)).not.toContain("SKP_MENUNGGU_PERSETUJUAN");
    await db.skp.delete({ where: { id: skp.id } });
  });

  test("no SKP for the open year, and a penilaian just finalised with its predikat", async () => {
    const p = await pegawaiBaru("Pegawai Baru Masuk", org.kabid.id);
    expect(satu(await tugasOf(p.id), "SKP_BELUM_DIBUAT")).toMatchObject({ judul: "Buat SKP 2026", tautan: "/skp" });

    await db.penilaian.create({
      data: { skpId: org.skp.id, periodeId: org.tw1.id, status: "FINAL", predikat: "BAIK", finalizedAt: new Date() },
    });
    expect(satu(await tugasOf(org.staff.id), "PENILAIAN_FINAL")).toMatchObject({
      judul: "Penilaian Triwulan I 2026 sudah final",
      keterangan: "Predikat: Baik",
      informasi: true,
    });
    await db.penilaian.deleteMany({ where: { skpId: org.skp.id } });
  });
});

describe("Tugas Anda of an atasan", () => {
  test("SKP waiting with the oldest wait, penilaian to rate, bawahan without SKP, entries to verify", async () => {
    const tugas = await tugasOf(org.atasan.id);
    expect(satu(tugas, "SKP_BAWAHAN_MENUNGGU")).toMatchObject({ jumlah: 1, keterangan: "Yang terlama sudah menunggu 5 hari", tautan: "/skp-bawahan" });
    expect(satu(tugas, "PENILAIAN_BAWAHAN")).toMatchObject({ jumlah: 2, tautan: `/penilaian-bawahan?periode=${org.tw1.id}` });
    expect(satu(tugas, "BAWAHAN_TANPA_SKP")).toMatchObject({ jumlah: 1 });
    expect(satu(tugas, "PROGRES_BAWAHAN_MENUNGGU")).toMatchObject({ jumlah: 2, tautan: "/progres-harian-bawahan" });
    expect(hitunganMenu(tugas)).toMatchObject({ "/skp-bawahan": 1, "/penilaian-bawahan": 2, "/progres-harian-bawahan": 2 });
  });

  test("entries to verify: a direct bawahan's, and those on an SKP the atasan rates of someone who moved away, each once", async () => {
    await db.pegawai.update({ where: { id: org.staffLain.id }, data: { atasanId: org.kabid.id } });
    expect(satu(await tugasOf(org.atasan.id), "PROGRES_BAWAHAN_MENUNGGU")?.jumlah).toBe(2);
    expect(satu(await tugasOf(org.kabid.id), "PROGRES_BAWAHAN_MENUNGGU")?.jumlah).toBe(1);
    await db.pegawai.update({ where: { id: org.staffLain.id }, data: { atasanId: org.atasan.id } });
  });

  test("never counts another atasan's bawahan", async () => {
    const tugas = await tugasOf(org.kabid.id);
    expect(jenis(tugas)).not.toContain("SKP_BAWAHAN_MENUNGGU");
    expect(jenis(tugas)).not.toContain("PROGRES_BAWAHAN_MENUNGGU");
    expect(jenis(tugas)).not.toContain("PENILAIAN_BAWAHAN");
    expect(jenis(await tugasOf(org.staff.id)).filter((j) => j.startsWith("SKP_BAWAHAN"))).toEqual([]);
  });

  test("the pimpinan above a unit sets its capaian organisasi; a PLH standing in takes it over", async () => {
    const induk = await db.unitKerja.create({ data: { instansiId: org.instansi.id, nama: "Bidang Mutasi", pimpinanId: org.kabid.id } });
    await db.unitKerja.update({ where: { id: org.unit.id }, data: { parentId: induk.id } });
    expect(satu(await tugasOf(org.kabid.id), "CAPAIAN_ORGANISASI")).toMatchObject({ jumlah: 1, tautan: `/capaian-organisasi?periode=${org.tw1.id}` });

    await db.pelaksanaTugas.create({ data: { unitId: induk.id, pegawaiId: org.atasan.id, jenis: "PLH", mulai: hariKe(-1), selesai: hariKe(1) } });
    expect(satu(await tugasOf(org.kabid.id), "CAPAIAN_ORGANISASI")).toBeUndefined();
    expect(satu(await tugasOf(org.atasan.id), "CAPAIAN_ORGANISASI")).toMatchObject({ jumlah: 1 });

    await db.capaianOrganisasiUnit.create({ data: { unitId: org.unit.id, periodeId: org.tw1.id, capaian: "BAIK" } });
    expect(satu(await tugasOf(org.atasan.id), "CAPAIAN_ORGANISASI")).toBeUndefined();
    await db.capaianOrganisasiUnit.deleteMany({ where: { unitId: org.unit.id } });
    await db.pelaksanaTugas.deleteMany({ where: { unitId: induk.id } });
    await db.unitKerja.update({ where: { id: org.unit.id }, data: { parentId: null } });
    await db.unitKerja.delete({ where: { id: induk.id } });
  });
});

describe("Tugas Anda of an admin", () => {
  test("permintaan pending, units without pimpinan, pegawai without atasan, failed sync, tahun without periode", async () => {
    const pa = await db.permintaanAtasan.create({ data: { pegawaiId: org.tanpaAtasan.id, atasanDiusulkanId: org.atasan.id, alasan: "Pindah subbidang" } });
    const job = await db.job.create({ data: { instansiId: org.instansi.id, jenis: "SINKRON_PEGAWAI", status: "GAGAL" } });
    const t2027 = await db.tahun.create({ data: { instansiId: org.instansi.id, tahun: 2027 } });
    const tanpaAtasan = await db.pegawai.count({ where: { instansiId: org.instansi.id, aktif: true, atasanId: null } });

    const tugas = await tugasOf(org.admin.id);
    expect(tugas.filter((t) => t.peran === "admin").map((t) => [t.jenis, t.jumlah])).toEqual([
      ["PERMINTAAN_ATASAN", 1],
      ["UNIT_TANPA_PIMPINAN", 1],
      ["PEGAWAI_TANPA_ATASAN", tanpaAtasan],
      ["SINKRON_GAGAL", 1],
      ["TAHUN_TANPA_PERIODE", 1],
    ]);
    expect(satu(tugas, "TAHUN_TANPA_PERIODE")?.judul).toContain("2027");
    expect(hitunganMenu(tugas)).toMatchObject({ "/admin/permintaan-atasan": 1, "/admin/unit-kerja": 1, "/admin/sinkron": 1 });

    // The admin of another instansi sees none of it.
    const lain = await tugasOf(org.adminLain.id);
    expect(jenis(lain)).not.toContain("PERMINTAAN_ATASAN");
    expect(jenis(lain)).not.toContain("SINKRON_GAGAL");
    expect(jenis(lain)).not.toContain("TAHUN_TANPA_PERIODE");
    // A non-admin gets no admin tasks.
    expect((await tugasOf(org.staff.id)).filter((t) => t.peran === "admin")).toEqual([]);

    await db.permintaanAtasan.delete({ where: { id: pa.id } });
    await db.job.delete({ where: { id: job.id } });
    await db.tahun.delete({ where: { id: t2027.id } });
  });
});

describe("cost", () => {
  test("one statement for any role, the same with ten times the bawahan", async () => {
    const ukur = async (id: string) => {
      const actor = await sebagai(id);
      const before = sqlStatementCount();
      await getTugasAnda(actor);
      return sqlStatementCount() - before;
    };
    const awal = [await ukur(org.staff.id), await ukur(org.atasan.id), await ukur(org.admin.id)];
    expect(awal).toEqual([1, 1, 1]);

    for (let i = 0; i < 20; i += 1) {
      const b = await pegawaiBaru(`Bawahan Skala ${i}`, org.atasan.id);
      await skpDiajukan(b.id, i);
    }
    expect([await ukur(org.staff.id), await ukur(org.atasan.id), await ukur(org.admin.id)]).toEqual(awal);
    expect(satu(await tugasOf(org.atasan.id), "SKP_BAWAHAN_MENUNGGU")?.jumlah).toBe(21);
    expect(diajukan.id).toBeTruthy();
  });
});
