import { actAs } from "./helpers/session";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { setujuiPermintaanAtasan, tolakPermintaanAtasan } from "@/lib/server/actions/admin-permintaan-atasan";
import { listPermintaanMenunggu } from "@/lib/server/queries/admin-permintaan-atasan";
import { getActor } from "@/lib/server/auth";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

const pegawai = (nip: string) => db.pegawai.findUniqueOrThrow({ where: { nip } });
async function signIn(label: DemoAccountLabel) {
  await actAs((await pegawai(DEMO_ACCOUNTS[label].nip)).id);
}
const minta = async (pemohonNip: string, usulanNip: string) =>
  db.permintaanAtasan.create({
    data: { pegawaiId: (await pegawai(pemohonNip)).id, atasanDiusulkanId: (await pegawai(usulanNip)).id, alasan: "Saya sudah pindah ke bidang lain sejak Maret." },
  });

beforeAll(async () => {
  await seedDemo(db);
});

describe("Permintaan atasan", () => {
  it("lists waiting requests with current, proposed and derived atasan", async () => {
    const p = await minta(DEMO_ACCOUNTS.staff.nip, DEMO_ACCOUNTS.kabid.nip);
    await signIn("admin");
    const rows = await listPermintaanMenunggu((await getActor())!);
    expect(rows).toMatchObject([
      {
        id: p.id,
        pemohon: { nama: DEMO_ACCOUNTS.staff.nama, unit: "Subbidang Mutasi" },
        atasanSaatIni: { nama: DEMO_ACCOUNTS.atasan.nama },
        atasanDiusulkan: { nama: DEMO_ACCOUNTS.kabid.nama, aktif: true },
        atasanTurunan: { orang: { nama: DEMO_ACCOUNTS.atasan.nama } },
        alasan: "Saya sudah pindah ke bidang lain sejak Maret.",
      },
    ]);
    await signIn("admin-garut");
    expect(await listPermintaanMenunggu((await getActor())!)).toEqual([]);
  });

  it("approving sets the atasan, records who decided, and cannot happen twice", async () => {
    const p = await db.permintaanAtasan.findFirstOrThrow({ where: { status: "MENUNGGU" } });
    await signIn("admin");
    const admin = (await getActor())!;
    expect((await setujuiPermintaanAtasan({ permintaanId: p.id })).ok).toBe(true);
    expect((await db.pegawai.findUniqueOrThrow({ where: { id: p.pegawaiId } })).atasanId).toBe(p.atasanDiusulkanId);
    expect(await db.permintaanAtasan.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: "DISETUJUI", diputuskanOlehId: admin.id });
    expect(await db.auditLog.count({ where: { aksi: "SETUJUI_PERMINTAAN_ATASAN", entitasId: p.pegawaiId } })).toBe(1);
    expect(await setujuiPermintaanAtasan({ permintaanId: p.id })).toMatchObject({ ok: false, message: expect.stringContaining("sudah diputuskan") });
  });

  it("rejecting needs a catatan and leaves the atasan as it was", async () => {
    const p = await minta(DEMO_ACCOUNTS["staff-skp"].nip, DEMO_ACCOUNTS.kepala.nip);
    await signIn("admin");
    expect(await tolakPermintaanAtasan({ permintaanId: p.id, catatan: "" })).toMatchObject({
      ok: false,
      fieldErrors: { catatan: ["Tulis alasan penolakan agar pegawai tahu langkah berikutnya (minimal 5 karakter)."] },
    });
    expect((await tolakPermintaanAtasan({ permintaanId: p.id, catatan: "Atasan Anda sudah benar sesuai unit kerja." })).ok).toBe(true);
    expect(await db.permintaanAtasan.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "DITOLAK",
      catatanKeputusan: "Atasan Anda sudah benar sesuai unit kerja.",
    });
    expect((await pegawai(DEMO_ACCOUNTS["staff-skp"].nip)).atasanId).toBe((await pegawai(DEMO_ACCOUNTS.atasan.nip)).id);
  });

  it("refuses non-admins and another instansi's admin", async () => {
    const p = await minta(DEMO_ACCOUNTS["staff-reset"].nip, DEMO_ACCOUNTS.kabid.nip);
    await signIn("atasan");
    expect(await setujuiPermintaanAtasan({ permintaanId: p.id })).toEqual({ ok: false, message: "Halaman ini hanya untuk admin instansi." });
    await signIn("admin-garut");
    expect(await setujuiPermintaanAtasan({ permintaanId: p.id })).toEqual({ ok: false, message: "Permintaan tidak ditemukan di instansi Anda." });
    expect(await tolakPermintaanAtasan({ permintaanId: p.id, catatan: "Ditolak dari luar." })).toEqual({ ok: false, message: "Permintaan tidak ditemukan di instansi Anda." });
    expect((await db.permintaanAtasan.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("MENUNGGU");
  });
});
