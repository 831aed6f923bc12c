import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { jalankanAntrean } from "./notifikasi-test-support";
import { bukaKembaliPenilaian, finalkanPenilaian } from "@/lib/server/actions/penilaian-atasan";
import { kirimSemuaKeSiasn, lanjutkanKirimSiasn } from "@/lib/server/actions/kirim-siasn";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getHalamanKirim } from "@/lib/server/queries/kirim-siasn";
import { PESAN_ANGKA_KREDIT_TAK_PASTI } from "@/lib/server/kirim-siasn/cocokkan";
import { kirimSatu } from "@/lib/server/kirim-siasn/kirim";
import { MAKS_PERCOBAAN_KIRIM } from "@/lib/server/kirim-siasn/siapkan";
import { getSiasnConfig } from "@/lib/server/siasn/get-client";
import { fakeSiasnEnv, startFakeSiasn, type FakeSiasn, type FakeSiasnData } from "@/scripts/lib/fake-siasn";
import { buildPelaksanaanOrg } from "./pelaksanaan-fixtures";

// A send whose answer was lost is never posted twice, and a bulk send counts its results into
// a Job that can be continued after it stopped or failed without posting what was sent.
let fake: FakeSiasn;
let org: Awaited<ReturnType<typeof buildPelaksanaanOrg>>;
const data: FakeSiasnData = { pns: {}, refUnor: [] };
const versi: Record<string, number> = {};

const isian = { ratingPerilaku: "SESUAI_EKSPEKTASI" as const, catatan: "", umpanBalikRhk: [], umpanBalikPerilaku: [], konfirmasiKurva: true };

async function finalkan(skpId: string, version: number) {
  await actAs(org.atasan.id);
  const hasil = await finalkanPenilaian({ skpId, periodeId: org.tw1.id, version, ratingHasil: "SESUAI_EKSPEKTASI", ...isian });
  if (!hasil.ok) throw new Error(hasil.message);
  versi[skpId] = hasil.data.version;
}

const kirimanOf = (skpId: string) =>
  db.kirimSiasn.findFirstOrThrow({ where: { penilaian: { skpId, periodeId: org.tw1.id } }, include: { percobaan: { orderBy: { createdAt: "asc" } } } });

beforeAll(async () => {
  fake = await startFakeSiasn({ data });
  org = await buildPelaksanaanOrg();
  await db.pegawai.update({ where: { id: org.staff.id }, data: { siasnId: "pns-staff" } });
  for (const [p, id] of [[org.staff, "pns-staff"], [org.staffLain, "pns-lain"]] as const) {
    data.pns[p.nip] = { dataUtama: { id, nipBaru: p.nip }, rwJabatan: [], rwGolongan: [], rwSkp22: [] };
  }
  await finalkan(org.skp.id, 1);
  await finalkan(org.skpLain.id, 1);
});
afterAll(() => fake.stop());
beforeEach(() => {
  Object.assign(process.env, fakeSiasnEnv(fake.url), { SIASN_RETRIES: "0", SIASN_TIMEOUT_MS: "400" });
  fake.setBehaviour({});
});

describe("Kirim ke SIASN without duplicates", () => {
  test("SIASN saved a send but its answer timed out: the retry finds that riwayat and updates it, so SIASN holds one", async () => {
    const { id } = await kirimanOf(org.skp.id);
    fake.setBehaviour({ lostAnswerSaves: 1 });
    expect(await kirimSatu(id, org.admin.id, getSiasnConfig())).toMatchObject({ status: "GAGAL", sebab: "unavailable" });
    const [tersimpan] = fake.kiriman();
    expect(tersimpan).toMatchObject({ path: "/kinerjaperiodik/save", body: { id: "" } });

    fake.setBehaviour({});
    expect(await kirimSatu(id, org.admin.id, getSiasnConfig())).toMatchObject({ status: "TERKIRIM" });
    const row = await kirimanOf(org.skp.id);
    expect(row).toMatchObject({ status: "TERKIRIM", siasnId: tersimpan!.id });
    expect(row.percobaan.map((p) => [p.berhasil, p.tidakPasti])).toEqual([[false, true], [true, false]]);
    const kiriman = fake.kiriman();
    expect(kiriman).toHaveLength(2);
    expect(kiriman[1]).toMatchObject({ body: { id: tersimpan!.id }, id: tersimpan!.id });
    expect(new Set(kiriman.map((k) => k.id))).toEqual(new Set([tersimpan!.id]));
  });
});

describe("Kirim semua as a resumable job", () => {
  const halaman = async () => {
    await actAs(org.admin.id);
    return getHalamanKirim((await getActor())!, { page: 1 });
  };

  test("a bulk send counts each result; stopped midway it is Terhenti and Lanjutkan sends only the rest", async () => {
    await actAs(org.atasan.id);
    const dibuka = await bukaKembaliPenilaian({ skpId: org.skp.id, periodeId: org.tw1.id, version: versi[org.skp.id]! });
    if (!dibuka.ok) throw new Error(dibuka.message);
    await finalkan(org.skp.id, dibuka.data.version);
    const sebelum = fake.kiriman().length;

    await actAs(org.admin.id);
    expect(await kirimSemuaKeSiasn({})).toMatchObject({ ok: true, data: { jumlah: 2 } });
    // Queued in one statement, each send still keeps its own key and its retries after a timeout.
    const antre = await db.$queryRaw<{ max_attempts: number }[]>`SELECT max_attempts FROM graphile_worker.jobs WHERE key LIKE 'kirim-siasn:%'`;
    expect(antre.map((j) => j.max_attempts)).toEqual([MAKS_PERCOBAAN_KIRIM, MAKS_PERCOBAAN_KIRIM]);
    const lain = await kirimanOf(org.skpLain.id);
    // The worker is gone before it reached staffLain's send.
    await db.$executeRaw`SELECT graphile_worker.remove_job(${`kirim-siasn:${lain.id}`})`;
    await jalankanAntrean();
    const saatTerhenti = await halaman();
    const terhenti = saatTerhenti.job!;
    expect(terhenti).toMatchObject({ status: "BERJALAN", total: 2, selesai: 1, gagal: 0, macet: true });
    // staffLain's result waits in this job, so "Kirim semua" has nothing new to take.
    expect(saatTerhenti).toMatchObject({ jumlah: { SIAP: 1 }, dalamJob: 1 });
    expect(await kirimSemuaKeSiasn({})).toMatchObject({ ok: true, data: { jumlah: 0 } });
    expect(fake.kiriman().slice(sebelum).map((k) => k.body.pnsDinilaiId)).toEqual(["pns-staff"]);

    // Continued while staffLain is not linked to SIASN: it fails and the job ends with it counted.
    expect(await lanjutkanKirimSiasn({ jobId: terhenti.id })).toMatchObject({ ok: true, data: { jumlah: 1 } });
    await jalankanAntrean();
    expect((await halaman()).job).toMatchObject({ status: "SELESAI", total: 2, selesai: 1, gagal: 1, macet: false });
    expect((await kirimanOf(org.skpLain.id)).status).toBe("GAGAL");

    await db.pegawai.update({ where: { id: org.staffLain.id }, data: { siasnId: "pns-lain" } });
    expect(await lanjutkanKirimSiasn({ jobId: terhenti.id })).toMatchObject({ ok: true, data: { jumlah: 1 } });
    await jalankanAntrean();
    expect((await halaman()).job).toMatchObject({ status: "SELESAI", total: 2, selesai: 2, gagal: 0 });
    expect(fake.kiriman().slice(sebelum).map((k) => k.body.pnsDinilaiId)).toEqual(["pns-staff", "pns-lain"]);
    expect(await lanjutkanKirimSiasn({ jobId: terhenti.id })).toEqual({ ok: false, message: "Semua hasil pengiriman ini sudah terkirim." });
  });

  test("another instansi's admin cannot continue the job", async () => {
    const { job } = await halaman();
    await actAs(org.adminLain.id);
    expect(await lanjutkanKirimSiasn({ jobId: job!.id })).toEqual({ ok: false, message: "Pengiriman massal tidak ditemukan." });
  });
});

describe("Angka kredit, which SIASN offers no read of", () => {
  test("after an unanswered send it is not posted again by the system, only when the admin asks after it", async () => {
    const penilaian = await db.penilaian.findFirstOrThrow({ where: { skpId: org.skp.id, periodeId: org.tw1.id } });
    const snapshot = { ...(penilaian.snapshot as Record<string, unknown>), angkaKredit: { jenjang: "AHLI_PERTAMA", koefisien: 12.5, persen: 100, bulan: 3, nilai: 3.125 } };
    await db.penilaian.update({ where: { id: penilaian.id }, data: { snapshot } });
    const { id } = await db.kirimSiasn.create({ data: { instansiId: org.instansi.id, penilaianId: penilaian.id, jenis: "ANGKA_KREDIT", finalizedAt: penilaian.finalizedAt! } });
    const sebelum = fake.kiriman().length;

    fake.setBehaviour({ lostAnswerSaves: 1 });
    expect(await kirimSatu(id, null, getSiasnConfig())).toMatchObject({ status: "GAGAL", sebab: "unavailable" });
    fake.setBehaviour({});
    expect(await kirimSatu(id, null, getSiasnConfig())).toMatchObject({ status: "GAGAL", pesan: PESAN_ANGKA_KREDIT_TAK_PASTI });
    expect(fake.kiriman()).toHaveLength(sebelum + 1);

    expect(await kirimSatu(id, org.admin.id, getSiasnConfig(), { diperiksaSejak: new Date() })).toMatchObject({ status: "TERKIRIM" });
    expect(fake.kiriman().slice(sebelum).map((k) => k.path)).toEqual(["/angkakredit/save", "/angkakredit/save"]);
  });
});
