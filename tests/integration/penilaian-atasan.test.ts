import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { pdfText } from "./helpers/pdf-teks";
import { actAs } from "./helpers/session";
import { GET as getEvaluasi } from "@/app/api/penilaian/[id]/evaluasi/route";
import { bukaKembaliPenilaian, finalkanPenilaian, simpanPenilaian } from "@/lib/server/actions/penilaian-atasan";
import { setCapaianOrganisasi } from "@/lib/server/actions/capaian-organisasi";
import { readPenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { db } from "@/lib/server/db";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let periodeId: string;
let bidangId: string;

beforeAll(async () => {
  org = await buildSkpOrg();
  periodeId = (
    await db.periodePenilaian.create({
      data: { tahunId: org.t2026.id, jenis: "TRIWULAN", urutan: 1, awal: new Date("2026-01-01"), akhir: new Date("2026-03-31"), batasPengisian: new Date("2026-04-10") },
    })
  ).id;
  // Kabid leads the Bidang; the atasan leads the Subbidang under it, where the staff work.
  bidangId = (await db.unitKerja.create({ data: { instansiId: org.instansi.id, nama: "Bidang Mutasi", pimpinanId: org.kabid.id } })).id;
  await db.unitKerja.update({ where: { id: org.unit.id }, data: { parentId: bidangId, pimpinanId: org.atasan.id } });
});

async function approvedSkp(pegawaiId: string, penilaiId: string) {
  const skp = await seedSkp(pegawaiId, org.t2026.id, 2026, ["Memproses usulan mutasi"]);
  await db.indikator.create({ data: { rhkId: skp.rhk[0]!.id, teks: "Jumlah usulan", targetMin: 12, satuan: "Usulan", urutan: 0 } });
  await db.skp.update({ where: { id: skp.id }, data: { status: "PERSETUJUAN", penilaiId } });
  return { skpId: skp.id, rhkId: skp.rhk[0]!.id };
}

function form(skpId: string, version: number, over: Record<string, unknown> = {}) {
  return { skpId, periodeId, version, ratingHasil: "", ratingPerilaku: "", catatan: "", umpanBalikRhk: [], umpanBalikPerilaku: [], ...over } as Parameters<typeof simpanPenilaian>[0];
}

const penilaianOf = (skpId: string) => db.penilaian.findUnique({ where: { skpId_periodeId: { skpId, periodeId } } });

describe("rating a bawahan", () => {
  let skpId: string;
  let rhkId: string;
  beforeAll(async () => ({ skpId, rhkId } = await approvedSkp(org.staff.id, org.atasan.id)));

  test("the penilai saves umpan balik and ratings; the predikat follows", async () => {
    await actAs(org.atasan.id);
    const result = await simpanPenilaian(
      form(skpId, 1, {
        ratingHasil: "DI_ATAS_EKSPEKTASI",
        ratingPerilaku: "SESUAI_EKSPEKTASI",
        umpanBalikRhk: [{ rhkId, reaksi: "👍", teks: "Rapi" }],
        umpanBalikPerilaku: [{ coreValue: "AKUNTABEL", reaksi: "", teks: "Tepat waktu" }],
      }),
    );
    expect(result).toEqual({ ok: true, data: { status: "DRAFT", version: 2, predikat: "BAIK" } });
    const row = await penilaianOf(skpId);
    expect(row).toMatchObject({ status: "DRAFT", predikat: "BAIK", version: 2 });
    expect(await db.umpanBalikRhk.findMany({ where: { penilaianId: row!.id } })).toMatchObject([{ reaksi: "👍", teks: "Rapi" }]);
    expect(await db.umpanBalikPerilaku.count({ where: { penilaianId: row!.id } })).toBe(1);
  });

  test("the owner, a colleague, another instansi's admin and guessed ids are refused", async () => {
    await actAs(org.staff.id);
    expect(await simpanPenilaian(form(skpId, 2))).toMatchObject({ ok: false, message: /Hanya pejabat penilai/ });
    for (const id of [org.staffLain.id, org.adminLain.id]) {
      await actAs(id);
      expect(await simpanPenilaian(form(skpId, 2))).toEqual({ ok: false, message: "SKP tidak ditemukan." });
    }
    await actAs(org.atasan.id);
    expect(await simpanPenilaian(form(randomUUID(), 2))).toEqual({ ok: false, message: "SKP tidak ditemukan." });
    expect(await simpanPenilaian({ ...form(skpId, 2), periodeId: randomUUID() })).toMatchObject({ ok: false, message: /Periode penilaian tidak ditemukan/ });
    expect((await penilaianOf(skpId))?.version).toBe(2);
  });

  test("bad input is refused per field, and a stale version is reported", async () => {
    await actAs(org.atasan.id);
    const bad = await simpanPenilaian(form(skpId, 2, { ratingHasil: "LUMAYAN", umpanBalikRhk: [{ rhkId, reaksi: "🔥", teks: "" }] }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && Object.keys(bad.fieldErrors ?? {})).toEqual(expect.arrayContaining(["ratingHasil", "umpanBalikRhk"]));
    expect(await simpanPenilaian(form(skpId, 1))).toMatchObject({ ok: false, message: /sudah diubah orang lain/ });
  });

  test("Finalkan needs both ratings, then locks with riwayat and snapshot; buka kembali reopens", async () => {
    await actAs(org.atasan.id);
    const tanpa = await finalkanPenilaian({ ...form(skpId, 2, { ratingHasil: "DI_ATAS_EKSPEKTASI" }), konfirmasiKurva: false });
    expect(tanpa).toMatchObject({ ok: false, fieldErrors: { ratingPerilaku: [expect.stringContaining("Rating Perilaku")] } });

    const ok = await finalkanPenilaian({ ...form(skpId, 2, { ratingHasil: "DI_ATAS_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI", catatan: "Pertahankan" }), konfirmasiKurva: false });
    expect(ok).toEqual({ ok: true, data: { status: "FINAL", version: 4, predikat: "BAIK" } });
    const row = (await penilaianOf(skpId))!;
    expect(row).toMatchObject({ status: "FINAL", finalizedById: org.atasan.id });
    const snap = readPenilaianSnapshot(row.snapshot);
    expect(snap).toMatchObject({ predikat: "BAIK", catatan: "Pertahankan", periode: { label: "Triwulan I", tahun: 2026 } });
    expect(snap.rhk[0]?.umpanBalik).toEqual({ reaksi: "👍", teks: "Rapi" });
    expect(await db.riwayatStatus.findMany({ where: { entitas: "PENILAIAN", entitasId: row.id } })).toMatchObject([{ dari: "DRAFT", ke: "FINAL" }]);

    expect(await simpanPenilaian(form(skpId, 4))).toMatchObject({ ok: false, message: /sudah final/ });
    await actAs(org.staff.id);
    expect(await bukaKembaliPenilaian({ skpId, periodeId, version: 4 })).toMatchObject({ ok: false, message: /Hanya pejabat penilai/ });
    await actAs(org.atasan.id);
    expect(await bukaKembaliPenilaian({ skpId, periodeId, version: 4 })).toMatchObject({ ok: true, data: { status: "DRAFT" } });
    expect(await penilaianOf(skpId)).toMatchObject({ status: "DRAFT", snapshot: null, finalizedAt: null });
  });

  test("a closed tahun freezes ratings and a final penilaian", async () => {
    await actAs(org.atasan.id);
    await finalkanPenilaian({ ...form(skpId, 5, { ratingHasil: "SESUAI_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI" }), konfirmasiKurva: true });
    await db.tahun.update({ where: { id: org.t2026.id }, data: { terbuka: false } });
    expect(await bukaKembaliPenilaian({ skpId, periodeId, version: 7 })).toMatchObject({ ok: false, message: /sudah ditutup/ });
    await db.tahun.update({ where: { id: org.t2026.id }, data: { terbuka: true } });
  });
});

describe("kurva distribusi at Finalkan", () => {
  test("PERINGATAN asks for confirmation; BLOKIR refuses with the violations", async () => {
    const { skpId } = await approvedSkp(org.staffLain.id, org.atasan.id);
    await actAs(org.kabid.id);
    expect(await setCapaianOrganisasi({ unitId: org.unit.id, periodeId, capaian: "BAIK" })).toMatchObject({ ok: true });

    await actAs(org.atasan.id);
    const isi = form(skpId, 1, { ratingHasil: "SESUAI_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI" });
    const warned = await finalkanPenilaian({ ...isi, konfirmasiKurva: false });
    expect(warned).toMatchObject({ ok: false, message: /tidak sesuai kurva/, fieldErrors: { konfirmasiKurva: expect.any(Array) } });
    expect((await penilaianOf(skpId))?.status ?? "DRAFT").toBe("DRAFT");

    await db.instansi.update({ where: { id: org.instansi.id }, data: { modeKurva: "BLOKIR" } });
    const blocked = await finalkanPenilaian({ ...isi, konfirmasiKurva: true });
    expect(blocked).toMatchObject({ ok: false, message: /tidak dapat difinalkan[\s\S]*Baik paling banyak 70%/ });
    await db.instansi.update({ where: { id: org.instansi.id }, data: { modeKurva: "PERINGATAN" } });

    const confirmed = await finalkanPenilaian({ ...isi, konfirmasiKurva: true });
    expect(confirmed).toMatchObject({ ok: true, data: { status: "FINAL" } });
    const row = (await penilaianOf(skpId))!;
    expect(readPenilaianSnapshot(row.snapshot).organisasi).toMatchObject({ unit: "Subbidang Mutasi", capaian: "BAIK", distribusi: { BAIK: 2 } });
    const [riwayat] = await db.riwayatStatus.findMany({ where: { entitasId: row.id } });
    expect(riwayat?.catatan).toMatch(/peringatan kurva/);
  });
});

describe("a unit head's Rating Hasil Kerja follows the unit's capaian", () => {
  test("refused until the capaian is set, then taken from it whatever the form says", async () => {
    const { skpId } = await approvedSkp(org.atasan.id, org.kabid.id);
    await db.capaianOrganisasiUnit.deleteMany({ where: { unitId: org.unit.id } });
    await actAs(org.kabid.id);
    const isi = form(skpId, 1, { ratingHasil: "DI_BAWAH_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI" });
    const refused = await finalkanPenilaian({ ...isi, konfirmasiKurva: true });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { ratingHasil: [expect.stringMatching(/belum ditetapkan/)] } });

    await setCapaianOrganisasi({ unitId: org.unit.id, periodeId, capaian: "ISTIMEWA" });
    const ok = await finalkanPenilaian({ ...isi, konfirmasiKurva: true });
    expect(ok).toMatchObject({ ok: true, data: { predikat: "BAIK" } });
    expect(await penilaianOf(skpId)).toMatchObject({ ratingHasil: "DI_ATAS_EKSPEKTASI", predikat: "BAIK" });
  });

  test("the Evaluasi prints the capaian the rating came from: the led unit's, with the kurva unit beside the chart", async () => {
    const row = (await db.penilaian.findFirst({ where: { periodeId, skp: { pegawaiId: org.atasan.id } }, select: { id: true, snapshot: true } }))!;
    expect(readPenilaianSnapshot(row.snapshot).organisasi).toMatchObject({ unit: "Subbidang Mutasi", capaian: "ISTIMEWA", unitDistribusi: "Bidang Mutasi" });
    await actAs(org.atasan.id);
    const response = await getEvaluasi(new Request(`http://localhost/api/penilaian/${row.id}/evaluasi`), { params: Promise.resolve({ id: row.id }) });
    const text = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("CAPAIAN KINERJA ORGANISASI POLA DISTRIBUSI PREDIKAT PEGAWAI Istimewa");
    expect(text).toContain("Unit kerja: Subbidang Mutasi");
    expect(text).toContain("Unit kerja: Bidang Mutasi");
    expect(text).not.toContain("Belum ditetapkan");
  });
});

describe("setCapaianOrganisasi: who may", () => {
  test("the pimpinan above and an admin of the instansi; not the unit's own head nor another instansi", async () => {
    await actAs(org.atasan.id);
    expect(await setCapaianOrganisasi({ unitId: org.unit.id, periodeId, capaian: "KURANG" })).toMatchObject({ ok: false, message: /pimpinan unit di atasnya/ });
    await actAs(org.adminLain.id);
    expect(await setCapaianOrganisasi({ unitId: org.unit.id, periodeId, capaian: "KURANG" })).toEqual({ ok: false, message: "Unit kerja tidak ditemukan." });
    await actAs(org.admin.id);
    expect(await setCapaianOrganisasi({ unitId: bidangId, periodeId, capaian: "BAIK" })).toMatchObject({ ok: true });
    expect(await setCapaianOrganisasi({ unitId: bidangId, periodeId, capaian: "HEBAT" as "BAIK" })).toMatchObject({ ok: false, fieldErrors: { capaian: expect.any(Array) } });
    expect(await db.auditLog.count({ where: { aksi: "TETAPKAN_CAPAIAN_ORGANISASI" } })).toBe(3);
  });
});
