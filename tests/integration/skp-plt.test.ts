import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { ajukanSkp } from "@/lib/server/actions/skp";
import { setujuiSkp } from "@/lib/server/actions/skp-review";
import { db } from "@/lib/server/db";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

const DAY = 86_400_000;
let org: SkpOrg;
let skpId: string;
let plhId: string;

// Atasan Uji leads Subbidang Mutasi under Kabid Uji's bidang; a PLH stands in for them this week.
beforeAll(async () => {
  org = await buildSkpOrg();
  const bidang = await db.unitKerja.create({ data: { instansiId: org.instansi.id, nama: "Bidang Mutasi", pimpinanId: org.kabid.id } });
  await db.unitKerja.update({ where: { id: org.unit.id }, data: { parentId: bidang.id, pimpinanId: org.atasan.id } });
  await db.pegawai.update({ where: { id: org.kabid.id }, data: { unitId: bidang.id } });
  const plh = await db.pegawai.create({
    data: {
      instansiId: org.instansi.id,
      nip: "198801012010011099",
      nama: "Plh Uji",
      jenisJabatan: "FUNGSIONAL",
      jabatan: "Analis SDM Aparatur Ahli Muda",
      unitId: org.unit.id,
      atasanId: org.atasan.id,
      passwordHash: "x",
    },
  });
  plhId = plh.id;
  await db.pelaksanaTugas.create({
    data: { unitId: org.unit.id, pegawaiId: plhId, jenis: "PLH", mulai: new Date(Date.now() - DAY), selesai: new Date(Date.now() + 5 * DAY) },
  });

  const rhkAtasan = (await seedSkp(org.atasan.id, org.t2026.id, 2026, ["Terlaksananya mutasi pegawai"])).rhk[0]!;
  const skp = await seedSkp(org.staff.id, org.t2026.id, 2026);
  skpId = skp.id;
  await db.rhk.create({
    data: {
      skpId,
      jenis: "UTAMA",
      teks: "Memproses usulan mutasi",
      urutan: 0,
      parentRhkId: rhkAtasan.id,
      indikator: { create: { aspek: "KUANTITAS", teks: "Usulan diproses", targetMin: "12", satuan: "Dokumen", urutan: 0 } },
    },
  });
});

describe("a PLH standing in for the atasan", () => {
  test("becomes the penilai of an SKP submitted during the PLH, and the stored atasan stays as it was", async () => {
    await actAs(org.staff.id);
    const { version } = await db.skp.findUniqueOrThrow({ where: { id: skpId } });
    expect(await ajukanSkp({ skpId, version })).toMatchObject({ ok: true });
    const skp = await db.skp.findUniqueOrThrow({ where: { id: skpId } });
    expect(skp.penilaiId).toBe(plhId);
    expect(skp.snapshot).toMatchObject({ penilai: { nama: "Plh Uji" } });
    expect((await db.pegawai.findUniqueOrThrow({ where: { id: org.staff.id } })).atasanId).toBe(org.atasan.id);
  });

  test("approves it, while the absent definitive atasan cannot", async () => {
    const { version } = await db.skp.findUniqueOrThrow({ where: { id: skpId } });
    await actAs(org.atasan.id);
    expect((await setujuiSkp({ skpId, version })).ok).toBe(false);
    await actAs(plhId);
    expect(await setujuiSkp({ skpId, version })).toMatchObject({ ok: true });
    expect((await db.skp.findUniqueOrThrow({ where: { id: skpId } })).status).toBe("PERSETUJUAN");
  });
});
