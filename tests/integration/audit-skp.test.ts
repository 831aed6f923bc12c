import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { simpanEkspektasi } from "@/lib/server/actions/ekspektasi";
import { deleteIndikator, saveIndikator } from "@/lib/server/actions/indikator";
import { addLampiran, deleteLampiran } from "@/lib/server/actions/lampiran";
import { deleteRhk, moveRhk, saveRhk } from "@/lib/server/actions/rhk";
import { db } from "@/lib/server/db";
import { expectNoAudit, expectOneAudit } from "./helpers/audit";
import { actAs } from "./helpers/session";
import { setRequestHeaders } from "./helpers/session-store";
import { buildSkpOrg, indikatorInput, seedSkp, type SkpOrg } from "./skp-fixtures";

// Every change a pegawai makes to their SKP draft, and the penilai's ekspektasi, leaves one
// audit row: who, from which address, what changed.
let org: SkpOrg;
let skpId: string;
beforeAll(async () => {
  org = await buildSkpOrg();
  skpId = (await seedSkp(org.tanpaAtasan.id, org.t2026.id, 2026)).id;
  setRequestHeaders({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" });
});
afterAll(() => setRequestHeaders(null));

const version = async () => (await db.skp.findUniqueOrThrow({ where: { id: skpId } })).version;
const rhkInput = (teks: string, over: Record<string, unknown> = {}) => ({
  jenis: "UTAMA" as const,
  klasifikasi: "" as const,
  teks,
  parentRhkId: "",
  penugasanDari: "",
  ...over,
});
const addRhk = async (teks: string) => {
  const r = await saveRhk({ ...rhkInput(teks), skpId, version: await version() });
  if (!r.ok) throw new Error(r.message);
  return r.data.id;
};

describe("RHK", () => {
  test("create, update, move and delete each write one row with actor, address and diff", async () => {
    await actAs(org.tanpaAtasan.id);
    const mine = { aktorId: org.tanpaAtasan.id, instansiId: org.instansi.id, alamat: "203.0.113.7", entitas: "Rhk" };

    const tambah = await expectOneAudit(async () => saveRhk({ ...rhkInput("Tersusunnya jadwal mutasi"), skpId, version: await version() }));
    if (!tambah.result.ok) return;
    const rhkId = tambah.result.data.id;
    expect(tambah.row).toMatchObject({ ...mine, aksi: "TAMBAH_RHK", entitasId: rhkId, data: { skpId, jenis: "UTAMA", teks: "Tersusunnya jadwal mutasi" } });

    const ubah = await expectOneAudit(async () =>
      saveRhk({ ...rhkInput("Tersusunnya jadwal mutasi tepat waktu", { penugasanDari: "Kepala BKPSDM" }), skpId, rhkId, version: await version() }),
    );
    expect(ubah.row).toMatchObject({ ...mine, aksi: "UBAH_RHK", entitasId: rhkId });
    expect(ubah.row.data).toEqual({
      teks: { lama: "Tersusunnya jadwal mutasi", baru: "Tersusunnya jadwal mutasi tepat waktu" },
      penugasanDari: { lama: null, baru: "Kepala BKPSDM" },
    });

    await addRhk("Terlaksananya verifikasi berkas");
    const pindah = await expectOneAudit(async () => moveRhk({ skpId, rhkId, arah: "turun", version: await version() }));
    expect(pindah.row).toMatchObject({ ...mine, aksi: "PINDAH_RHK", entitasId: rhkId, data: { urutan: { lama: 1, baru: 2 } } });

    const hapus = await expectOneAudit(async () => deleteRhk({ skpId, rhkId, version: await version() }));
    expect(hapus.row).toMatchObject({ ...mine, aksi: "HAPUS_RHK", entitasId: rhkId, data: { skpId, teks: "Tersusunnya jadwal mutasi tepat waktu" } });
    expect(await db.rhk.count({ where: { id: rhkId } })).toBe(0);
  });

  test("refused changes write nothing: someone else's SKP, a stale version, an RHK already gone", async () => {
    const rhkId = await addRhk("Terlaksananya rapat koordinasi");
    await actAs(org.staff.id);
    await expectNoAudit(async () => saveRhk({ ...rhkInput("Bukan SKP saya"), skpId, version: await version() }));
    await actAs(org.tanpaAtasan.id);
    await expectNoAudit(async () => deleteRhk({ skpId, rhkId, version: (await version()) - 1 }));
    await deleteRhk({ skpId, rhkId, version: await version() });
    const gone = await expectNoAudit(async () => deleteRhk({ skpId, rhkId, version: await version() }));
    expect(gone).toMatchObject({ message: "RHK tidak ditemukan." });
  });
});

describe("indikator", () => {
  test("create, update and delete each write one row; an unchanged target is not in the diff", async () => {
    await actAs(org.tanpaAtasan.id);
    const rhkId = await addRhk("Terprosesnya usulan kenaikan pangkat");
    const tambah = await expectOneAudit(async () => saveIndikator({ ...indikatorInput({ targetMin: "12,50" }), skpId, rhkId, version: await version() }));
    if (!tambah.result.ok) return;
    const indikatorId = tambah.result.data.id;
    expect(tambah.row).toMatchObject({
      aksi: "TAMBAH_INDIKATOR",
      entitas: "Indikator",
      entitasId: indikatorId,
      aktorId: org.tanpaAtasan.id,
      alamat: "203.0.113.7",
      data: { rhkId, teks: "Jumlah usulan mutasi yang diproses", targetMin: "12.5", satuan: "Dokumen" },
    });

    const ubah = await expectOneAudit(async () =>
      saveIndikator({ ...indikatorInput({ targetMin: "12,5", satuan: "Berkas" }), skpId, rhkId, indikatorId, version: await version() }),
    );
    expect(ubah.row).toMatchObject({ aksi: "UBAH_INDIKATOR", entitasId: indikatorId });
    expect(ubah.row.data).toEqual({ satuan: { lama: "Dokumen", baru: "Berkas" } });

    const hapus = await expectOneAudit(async () => deleteIndikator({ skpId, indikatorId, version: await version() }));
    expect(hapus.row).toMatchObject({ aksi: "HAPUS_INDIKATOR", entitasId: indikatorId, data: { rhkId, satuan: "Berkas", targetMin: "12.5" } });
    await expectNoAudit(async () => deleteIndikator({ skpId, indikatorId, version: await version() }));
  });
});

describe("lampiran", () => {
  test("add and delete each write one row with the text", async () => {
    await actAs(org.tanpaAtasan.id);
    const tambah = await expectOneAudit(async () => addLampiran({ skpId, version: await version(), jenis: "KONSEKUENSI", teks: "Teguran tertulis" }));
    if (!tambah.result.ok) return;
    const lampiranId = tambah.result.data.id;
    expect(tambah.row).toMatchObject({ aksi: "TAMBAH_LAMPIRAN", entitas: "LampiranItem", entitasId: lampiranId, alamat: "203.0.113.7", data: { jenis: "KONSEKUENSI", teks: "Teguran tertulis" } });
    const hapus = await expectOneAudit(async () => deleteLampiran({ skpId, version: await version(), lampiranId }));
    expect(hapus.row).toMatchObject({ aksi: "HAPUS_LAMPIRAN", entitasId: lampiranId, aktorId: org.tanpaAtasan.id, data: { skpId, jenis: "KONSEKUENSI", teks: "Teguran tertulis" } });
    await actAs(org.staff.id);
    await expectNoAudit(async () => addLampiran({ skpId, version: await version(), jenis: "KONSEKUENSI", teks: "Bukan milik saya" }));
  });
});

describe("ekspektasi khusus", () => {
  test("the penilai's save writes one row on the owner's instansi with what changed per core value", async () => {
    const skp = await seedSkp(org.staff.id, org.t2026.id, 2026);
    await db.skp.update({ where: { id: skp.id }, data: { status: "PENGAJUAN", penilaiId: org.atasan.id } });
    const v = async () => (await db.skp.findUniqueOrThrow({ where: { id: skp.id } })).version;
    await actAs(org.atasan.id);
    await simpanEkspektasi({ skpId: skp.id, version: await v(), AKUNTABEL: "Laporan mingguan", KOMPETEN: "Ikut pelatihan" });

    const simpan = await expectOneAudit(async () => simpanEkspektasi({ skpId: skp.id, version: await v(), AKUNTABEL: "", KOMPETEN: "Ikut 2 pelatihan", LOYAL: "Menjaga rahasia" }));
    expect(simpan.row).toMatchObject({ aksi: "SIMPAN_EKSPEKTASI", entitas: "Skp", entitasId: skp.id, aktorId: org.atasan.id, instansiId: org.instansi.id, alamat: "203.0.113.7" });
    expect(simpan.row.data).toEqual({
      AKUNTABEL: { lama: "Laporan mingguan", baru: null },
      KOMPETEN: { lama: "Ikut pelatihan", baru: "Ikut 2 pelatihan" },
      LOYAL: { lama: null, baru: "Menjaga rahasia" },
    });

    await actAs(org.staff.id);
    await expectNoAudit(async () => simpanEkspektasi({ skpId: skp.id, version: await v(), LOYAL: "Saya isi sendiri" }));
  });
});
