import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { STATUS } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import { kembalikanSkp, setujuiSkp } from "@/lib/server/actions/skp-review";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getRincianMonitoring } from "@/lib/server/monitoring/rincian";
import { listBawahan } from "@/lib/server/queries/profil";
import { listSkpForPegawai } from "@/lib/server/queries/skp";
import { listSkpBawahan } from "@/lib/server/queries/skp-bawahan";
import { sqlStatementCount } from "@/lib/server/query-count";
import { GET as unduhXlsx } from "@/app/api/admin/monitoring/xlsx/route";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

// Issue 13 point 1: a Draft the atasan sent back reads "Dikembalikan" in every list that shows
// SKP status, and an approved SKP reads the same word on the badge, the filter chip, the
// monitoring names and the XLSX.
let org: SkpOrg;
let skpId: string;

const actor = async (id: string) => {
  await actAs(id);
  const a = await getActor();
  if (!a) throw new Error("no actor");
  return a;
};

async function ajukanLangsung(id: string) {
  const skp = await db.skp.update({ where: { id }, data: { status: "PENGAJUAN", penilaiId: org.atasan.id } });
  await db.riwayatStatus.create({ data: { entitas: "SKP", entitasId: id, dari: "DRAFT", ke: "PENGAJUAN", aktorId: skp.pegawaiId } });
  return skp.version;
}

async function statusXlsx(nip: string): Promise<unknown> {
  await actAs(org.admin.id);
  const response = await unduhXlsx(new NextRequest("http://localhost/api/admin/monitoring/xlsx?tahun=2026"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  let status: unknown = null;
  workbook.getWorksheet("Pegawai")?.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (values[0] === formatNip(nip)) status = values[4];
  });
  return status;
}

beforeAll(async () => {
  org = await buildSkpOrg();
  const skp = await seedSkp(org.staff.id, org.t2026.id, 2026, ["Memproses usulan mutasi"]);
  skpId = skp.id;
  await db.riwayatStatus.create({ data: { entitas: "SKP", entitasId: skpId, dari: null, ke: "DRAFT", aktorId: org.staff.id, createdAt: new Date("2026-01-05T03:00:00Z") } });
  const version = await ajukanLangsung(skpId);
  await actAs(org.atasan.id);
  expect(await kembalikanSkp({ skpId, version, catatan: "Lengkapi indikator kualitas." })).toMatchObject({ ok: true });
  // A Draft its owner has only just made is no return.
  const baru = await seedSkp(org.staffLain.id, org.t2026.id, 2026, ["RHK baru"]);
  await db.riwayatStatus.create({ data: { entitas: "SKP", entitasId: baru.id, dari: null, ke: "DRAFT", aktorId: org.staffLain.id } });
});

describe("a returned SKP lists as Dikembalikan", () => {
  test("in SKP Saya, in SKP Bawahan with its own filter chip, in Pegawai bawahan, in monitoring and in the XLSX", async () => {
    const [saya] = await listSkpForPegawai(await actor(org.staff.id));
    expect(saya).toMatchObject({ id: skpId, status: "DRAFT", statusTampil: "DIKEMBALIKAN" });

    const atasan = await actor(org.atasan.id);
    const bawahan = await listSkpBawahan(atasan, { tahun: 2026 });
    expect(bawahan.items.map((r) => [r.pegawai.nama, r.status])).toEqual([
      ["Staff Uji", "DIKEMBALIKAN"],
      ["Staff Lain", "DRAFT"],
    ]);
    expect(bawahan.jumlahPerStatus).toMatchObject({ DIKEMBALIKAN: 1, DRAFT: 1 });
    expect((await listSkpBawahan(atasan, { tahun: 2026, status: "DIKEMBALIKAN" })).items.map((r) => r.pegawai.nama)).toEqual(["Staff Uji"]);
    const pegawaiBawahan = await listBawahan(atasan, 1);
    expect(pegawaiBawahan.rows.map((r) => [r.nama, r.statusSkp])).toEqual(
      expect.arrayContaining([
        ["Staff Uji", "DIKEMBALIKAN"],
        ["Staff Lain", "DRAFT"],
      ]),
    );

    // Monitoring counts it under Draft, its official status, and names it as returned.
    const admin = await actor(org.admin.id);
    const rincian = await getRincianMonitoring(admin, { tahun: 2026, unit: org.unit.id, status: "DRAFT" });
    expect(rincian.baris.map((b) => [b.nama, b.statusSkp])).toEqual([
      ["Staff Lain", "DRAFT"],
      ["Staff Uji", "DIKEMBALIKAN"],
    ]);
    expect(await statusXlsx(org.staff.nip)).toBe("Dikembalikan");
  });

  test("derives it inside the list's own queries: SKP Saya costs the same with one SKP or three", async () => {
    const a = await actor(org.staff.id);
    const awal = sqlStatementCount();
    await listSkpForPegawai(a);
    const satu = sqlStatementCount() - awal;
    const dikembalikan = await seedSkp(org.staff.id, org.t2025.id, 2025);
    await db.riwayatStatus.create({ data: { entitas: "SKP", entitasId: dikembalikan.id, dari: "PENGAJUAN", ke: "DRAFT", aktorId: org.atasan.id } });
    await seedSkp(org.staff.id, org.t2025.id, 2025);
    const mulai = sqlStatementCount();
    const daftar = await listSkpForPegawai(a);
    expect(sqlStatementCount() - mulai).toBe(satu);
    expect(daftar.map((s) => s.statusTampil).sort()).toEqual(["DIKEMBALIKAN", "DIKEMBALIKAN", "DRAFT"]);
  });
});

describe("an approved SKP reads one word everywhere", () => {
  test("Persetujuan on its badge, the SKP Bawahan chip, monitoring and the XLSX", async () => {
    const version = await ajukanLangsung(skpId);
    await actAs(org.atasan.id);
    expect(await setujuiSkp({ skpId, version })).toMatchObject({ ok: true });
    const kata = STATUS.skp.PERSETUJUAN.label;
    expect(kata).toBe("Persetujuan");

    const saya = (await listSkpForPegawai(await actor(org.staff.id))).find((s) => s.id === skpId);
    expect(STATUS.skp[saya!.statusTampil].label).toBe(kata);
    const bawahan = await listSkpBawahan(await actor(org.atasan.id), { tahun: 2026, status: "PERSETUJUAN" });
    expect(bawahan.items.map((r) => STATUS.skp[r.status].label)).toEqual([kata]);
    const rincian = await getRincianMonitoring(await actor(org.admin.id), { tahun: 2026, unit: org.unit.id, status: "PERSETUJUAN" });
    expect(rincian.baris.map((b) => STATUS.skp[b.statusSkp].label)).toEqual([kata]);
    expect(await statusXlsx(org.staff.nip)).toBe(kata);
  });
});
