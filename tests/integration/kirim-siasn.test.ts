import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { jalankanAntrean } from "./notifikasi-test-support";
import { PESAN_SIASN } from "@/lib/domain/siasn/errors";
import { bukaKembaliPenilaian, finalkanPenilaian } from "@/lib/server/actions/penilaian-atasan";
import { updatePengaturan } from "@/lib/server/actions/admin-pengaturan";
import { kirimKeSiasnSatu, kirimSemuaKeSiasn } from "@/lib/server/actions/kirim-siasn";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getHalamanKirim } from "@/lib/server/queries/kirim-siasn";
import { kirimSatu } from "@/lib/server/kirim-siasn/kirim";
import { getSiasnConfig } from "@/lib/server/siasn/get-client";
import { fakeSiasnEnv, startFakeSiasn, type FakeSiasn } from "@/scripts/lib/fake-siasn";
import { buildPelaksanaanOrg } from "./pelaksanaan-fixtures";

// The real queue, client and fake SIASN over loopback HTTP: a final penilaian goes out once,
// failures are named in words, and a refinalised result updates SIASN's riwayat by its id.
let fake: FakeSiasn;
let org: Awaited<ReturnType<typeof buildPelaksanaanOrg>>;

const isian = (rating: "SESUAI_EKSPEKTASI" | "DI_ATAS_EKSPEKTASI") => ({
  ratingHasil: rating,
  ratingPerilaku: "SESUAI_EKSPEKTASI" as const,
  catatan: "",
  umpanBalikRhk: [],
  umpanBalikPerilaku: [],
  konfirmasiKurva: true,
});

beforeAll(async () => {
  fake = await startFakeSiasn({ data: { pns: {}, refUnor: [] } });
  org = await buildPelaksanaanOrg();
  await db.pegawai.update({ where: { id: org.staff.id }, data: { siasnId: "pns-staff" } });
  await db.pegawai.update({ where: { id: org.staffLain.id }, data: { siasnId: "pns-lain" } });
});
afterAll(() => fake.stop());
beforeEach(() => {
  Object.assign(process.env, fakeSiasnEnv(fake.url), { SIASN_RETRIES: "0", SIASN_TIMEOUT_MS: "400" });
  fake.setBehaviour({});
});

// The whole Pengaturan form, as the admin saves it, with only the SIASN switch varying.
const PENGATURAN = { modeKurva: "PERINGATAN", lokasi: "Bandung", hariKerjaPerMinggu: "5", targetJamHarian: "7,5", zonaWaktu: "WIB" } as const;

const kirimanOf = (skpId: string) =>
  db.kirimSiasn.findFirstOrThrow({ where: { penilaian: { skpId, periodeId: org.tw1.id } }, include: { percobaan: { orderBy: { createdAt: "asc" } } } });

async function finalkan(skpId: string, rating: "SESUAI_EKSPEKTASI" | "DI_ATAS_EKSPEKTASI", version: number) {
  await actAs(org.atasan.id);
  const hasil = await finalkanPenilaian({ skpId, periodeId: org.tw1.id, version, ...isian(rating) });
  if (!hasil.ok) throw new Error(hasil.message);
  return hasil.data.version;
}

describe("Kirim ke SIASN", () => {
  let versi: number;

  test("Finalkan makes the result ready; with automatic sending off nothing is posted", async () => {
    versi = await finalkan(org.skp.id, "DI_ATAS_EKSPEKTASI", 1);
    await jalankanAntrean();
    expect(await kirimanOf(org.skp.id)).toMatchObject({ jenis: "KINERJA_PERIODIK", status: "SIAP", siasnId: null });
    expect(fake.kiriman()).toEqual([]);
  });

  test("the admin's send is Terkirim with SIASN's id, the payload and the admin recorded", async () => {
    await actAs(org.admin.id);
    const row = await kirimanOf(org.skp.id);
    expect(await kirimKeSiasnSatu({ kirimId: row.id })).toMatchObject({ ok: true });
    await jalankanAntrean();
    const [terkirim] = fake.kiriman();
    expect(terkirim).toMatchObject({ path: "/kinerjaperiodik/save", body: { id: "", pnsDinilaiId: "pns-staff", tahun: 2026, penilaiNama: "Atasan Uji" } });
    const sesudah = await kirimanOf(org.skp.id);
    expect(sesudah).toMatchObject({ status: "TERKIRIM", siasnId: terkirim!.id, pesan: null });
    expect(sesudah.percobaan).toMatchObject([{ aktorId: org.admin.id, berhasil: true, siasnId: terkirim!.id, payload: { pnsDinilaiId: "pns-staff" } }]);
  });

  test("a second send of the same finalisation posts nothing", async () => {
    await actAs(org.admin.id);
    const row = await kirimanOf(org.skp.id);
    expect(await kirimKeSiasnSatu({ kirimId: row.id })).toEqual({ ok: false, message: "Hasil ini sudah terkirim ke SIASN." });
    expect(await kirimSatu(row.id, null, getSiasnConfig())).toMatchObject({ status: "TERKIRIM", dilewati: true });
    expect(await kirimSemuaKeSiasn({})).toMatchObject({ ok: true, data: { jumlah: 0 } });
    await jalankanAntrean();
    expect(fake.kiriman()).toHaveLength(1);
  });

  test("reopened and refinalised with automatic sending on, it updates SIASN's riwayat by its id", async () => {
    await actAs(org.admin.id);
    expect(await updatePengaturan({ ...PENGATURAN, kirimSiasnOtomatis: true })).toMatchObject({ ok: true });
    await actAs(org.atasan.id);
    const dibuka = await bukaKembaliPenilaian({ skpId: org.skp.id, periodeId: org.tw1.id, version: versi });
    if (!dibuka.ok) throw new Error(dibuka.message);
    await finalkan(org.skp.id, "SESUAI_EKSPEKTASI", dibuka.data.version);
    await jalankanAntrean();
    const row = await kirimanOf(org.skp.id);
    const kiriman = fake.kiriman();
    expect(kiriman).toHaveLength(2);
    expect(kiriman[1]).toMatchObject({ body: { id: row.siasnId }, id: row.siasnId });
    expect(fake.riwayat(row.siasnId!)).toMatchObject({ hasilKinerjaNilai: 2 });
    expect(row).toMatchObject({ status: "TERKIRIM" });
    expect(row.percobaan.at(-1)).toMatchObject({ aktorId: null, berhasil: true });
    await db.instansi.update({ where: { id: org.instansi.id }, data: { kirimSiasnOtomatis: false } });
  });

  test("a validation error and a timeout are Gagal in words; the retry after a 401 refreshes tokens and succeeds once", async () => {
    await finalkan(org.skpLain.id, "SESUAI_EKSPEKTASI", 1);
    const { id } = await kirimanOf(org.skpLain.id);
    const sebelum = fake.kiriman().length;

    fake.setBehaviour({ rejectFields: ["penilaiNama"] });
    expect(await kirimSatu(id, org.admin.id, getSiasnConfig())).toMatchObject({ status: "GAGAL" });
    expect(await kirimanOf(org.skpLain.id)).toMatchObject({
      status: "GAGAL",
      pesan: `${PESAN_SIASN.rejected} Pesan SIASN: PenilaiNama is required`,
    });

    fake.setBehaviour({ latencyMs: 1500 });
    expect(await kirimSatu(id, org.admin.id, getSiasnConfig())).toMatchObject({ status: "GAGAL", sebab: "unavailable" });
    expect((await kirimanOf(org.skpLain.id)).pesan).toBe(PESAN_SIASN.unavailable);

    fake.setBehaviour({ unauthorizedCalls: 1 });
    const tokenSebelum = fake.stats().apimTokens;
    expect(await kirimSatu(id, org.admin.id, getSiasnConfig())).toMatchObject({ status: "TERKIRIM" });
    expect(fake.stats().apimTokens).toBe(tokenSebelum + 1);
    const row = await kirimanOf(org.skpLain.id);
    expect(row.percobaan.map((p) => p.berhasil)).toEqual([false, false, true]);
    expect(fake.kiriman().slice(sebelum).filter((k) => k.id !== null).map((k) => k.id)).toEqual([row.siasnId]);
  });

  test("the admin's page counts each status, filters by it and names the failure", async () => {
    await actAs(org.admin.id);
    const actor = (await getActor())!;
    const semua = await getHalamanKirim(actor, { page: 1 });
    expect(semua).toMatchObject({ jumlah: { SIAP: 0, TERKIRIM: 2, GAGAL: 0 }, belumTercatat: 0, dalamAntrean: 0, total: 2 });
    expect(semua.baris.map((b) => [b.nama, b.periode, b.status])).toEqual(
      expect.arrayContaining([["Staff Uji", expect.stringMatching(/^Triwulan I /), "TERKIRIM"], ["Staff Lain", expect.stringMatching(/^Triwulan I /), "TERKIRIM"]]),
    );
    // The automatic send after refinalising was the system's; the retried one was the admin's.
    expect(semua.baris.map((b) => [b.nama, b.terakhir?.oleh])).toEqual(
      expect.arrayContaining([["Staff Uji", null], ["Staff Lain", "Admin Uji"]]),
    );
    expect((await getHalamanKirim(actor, { status: "GAGAL", page: 1 })).baris).toEqual([]);
  });

  test("only the admin of the instansi may send or change the setting", async () => {
    const { id } = await kirimanOf(org.skpLain.id);
    await db.instansi.update({ where: { id: org.instansi.id }, data: { kirimSiasnOtomatis: false } });
    await actAs(org.adminLain.id);
    expect(await kirimKeSiasnSatu({ kirimId: id })).toEqual({ ok: false, message: "Data kiriman SIASN tidak ditemukan." });
    await actAs(org.atasan.id);
    expect(await kirimKeSiasnSatu({ kirimId: id })).toMatchObject({ ok: false });
    expect(await updatePengaturan({ ...PENGATURAN, kirimSiasnOtomatis: true })).toMatchObject({ ok: false });
    expect((await db.instansi.findUniqueOrThrow({ where: { id: org.instansi.id } })).kirimSiasnOtomatis).toBe(false);
  });

  test("a penilaian finalised before Kirim ke SIASN existed is counted, listed by Kirim semua and sent", async () => {
    // As if staffLain's result had been finalised before this page: no row for it.
    await db.kirimSiasn.deleteMany({ where: { penilaian: { skpId: org.skpLain.id } } });
    await actAs(org.admin.id);
    const actor = (await getActor())!;
    expect(await getHalamanKirim(actor, { page: 1 })).toMatchObject({ belumTercatat: 1, total: 1 });
    const sebelum = fake.kiriman().length;

    expect(await kirimSemuaKeSiasn({})).toMatchObject({ ok: true, data: { jumlah: 1 } });
    await jalankanAntrean();
    expect((await kirimanOf(org.skpLain.id)).status).toBe("TERKIRIM");
    expect(await getHalamanKirim(actor, { page: 1 })).toMatchObject({ belumTercatat: 0, total: 2 });
    expect(fake.kiriman().slice(sebelum).map((k) => k.body.pnsDinilaiId)).toEqual(["pns-lain"]);
  });
});
