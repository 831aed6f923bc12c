import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getMatriksPeranHasil } from "@/lib/server/queries/matriks-peran-hasil";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let staffSkpId: string;
let ketigaId: string;

const actor = async (id: string) => {
  await actAs(id);
  const a = await getActor();
  if (!a) throw new Error("no actor");
  return a;
};

beforeAll(async () => {
  org = await buildSkpOrg();
  const atasanSkp = await seedSkp(org.atasan.id, org.t2026.id, 2026, ["Terlaksananya mutasi pegawai", "Tersusunnya formasi"]);
  const [mutasi] = atasanSkp.rhk;
  const staffSkp = await seedSkp(org.staff.id, org.t2026.id, 2026);
  staffSkpId = staffSkp.id;
  await db.skp.update({ where: { id: staffSkpId }, data: { status: "PENGAJUAN", penilaiId: org.atasan.id } });
  await db.rhk.createMany({
    data: [
      { skpId: staffSkpId, jenis: "UTAMA", teks: "Memproses usulan mutasi", urutan: 0, parentRhkId: mutasi!.id },
      { skpId: staffSkpId, jenis: "UTAMA", teks: "Memverifikasi berkas mutasi", urutan: 1, parentRhkId: mutasi!.id },
      { skpId: staffSkpId, jenis: "TAMBAHAN", teks: "Menjadi panitia", urutan: 2 },
    ],
  });
  // A third bawahan with an SKP but no RHK that intervenes the atasan's.
  const ketiga = await db.pegawai.create({
    data: { instansiId: org.instansi.id, nip: "199601012020121001", nama: "Bawahan Ketiga", jenisJabatan: "PELAKSANA", jabatan: "Pengadministrasi", atasanId: org.atasan.id, passwordHash: "x" },
  });
  ketigaId = ketiga.id;
  await seedSkp(ketiga.id, org.t2026.id, 2026, ["RHK tanpa intervensi"]);
});

describe("getMatriksPeranHasil", () => {
  test("each RHK of the atasan with the bawahan RHK that intervene it", async () => {
    const m = await getMatriksPeranHasil(await actor(org.atasan.id), { tahun: 2026 });
    expect(m.skp).toHaveLength(1);
    const [mutasi, formasi] = m.skp[0]!.rhk;
    expect(mutasi!.teks).toBe("Terlaksananya mutasi pegawai");
    expect(mutasi!.intervensi.map((i) => [i.pegawai.nama, i.teks, i.skp.status, i.skp.sayaPenilai])).toEqual([
      ["Staff Uji", "Memproses usulan mutasi", "PENGAJUAN", true],
      ["Staff Uji", "Memverifikasi berkas mutasi", "PENGAJUAN", true],
    ]);
    expect(formasi!.intervensi).toEqual([]);
  });

  test("lists the bawahan who intervene none of the atasan's RHK, with or without an SKP", async () => {
    const m = await getMatriksPeranHasil(await actor(org.atasan.id), { tahun: 2026 });
    expect(m.belumMengintervensi.map((p) => [p.nama, p.skpTahunIni?.status ?? null])).toEqual([
      ["Bawahan Ketiga", "DRAFT"],
      ["Staff Lain", null],
    ]);
    expect(m.belumMengintervensi.some((p) => p.id === org.staff.id)).toBe(false);
    expect(m.belumMengintervensi[0]!.id).toBe(ketigaId);
  });

  test("an atasan without an SKP for the year gets nothing to show, so the page can say to create one", async () => {
    const m = await getMatriksPeranHasil(await actor(org.kabid.id), { tahun: 2026 });
    expect(m).toMatchObject({ tahun: 2026, skp: [], belumMengintervensi: [] });
  });

  test("a pegawai only ever sees their own SKP's RHK", async () => {
    const m = await getMatriksPeranHasil(await actor(org.staff.id), { tahun: 2026 });
    expect(m.skp.map((s) => s.id)).toEqual([staffSkpId]);
    expect(m.skp[0]!.rhk.every((r) => r.intervensi.length === 0)).toBe(true);
    expect(m.belumMengintervensi).toEqual([]);
  });
});
