import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { jalankanAntrean, startNotifikasiMail } from "./notifikasi-test-support";

// Each event writes its notification in the action's transaction and, by the recipient's
// choice, an email through the real queue and SMTP. The sink must be up before lib/env.ts is read.
const mail = await startNotifikasiMail();
const { db } = await import("@/lib/server/db");
const { ajukanSkp } = await import("@/lib/server/actions/skp");
const { kembalikanSkp, setujuiSkp } = await import("@/lib/server/actions/skp-review");
const { finalkanPenilaian } = await import("@/lib/server/actions/penilaian-atasan");
const { verifikasiProgresHarian } = await import("@/lib/server/actions/progres-harian-verifikasi");
const { setujuiPermintaanAtasan, tolakPermintaanAtasan } = await import("@/lib/server/actions/admin-permintaan-atasan");
const { klaimPimpinanUnit } = await import("@/lib/server/actions/klaim");
const { createPelaksanaTugas } = await import("@/lib/server/actions/admin-pelaksana-tugas");
const { buildPelaksanaanOrg, isoHariKe } = await import("./pelaksanaan-fixtures");
const { buatEntri } = await import("./progres-harian-entri-fixtures");
const { seedSkp } = await import("./skp-fixtures");

let org: Awaited<ReturnType<typeof buildPelaksanaanOrg>>;

beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  for (const [p, email] of [[org.staff, "staff@uji.go.id"], [org.staffLain, "lain@uji.go.id"], [org.atasan, "atasan@uji.go.id"]] as const) {
    await db.pegawai.update({ where: { id: p.id }, data: { email } });
  }
});
beforeEach(async () => {
  await mail.clear();
});
afterAll(() => mail.stop());

const notifikasiOf = (penerimaId: string) => db.notifikasi.findMany({ where: { penerimaId }, orderBy: { createdAt: "asc" } });
const terakhir = async (penerimaId: string) => (await notifikasiOf(penerimaId)).at(-1);
const skpVersion = async (id: string) => (await db.skp.findUniqueOrThrow({ where: { id } })).version;

async function mailsAfterQueue() {
  await jalankanAntrean();
  return mail.mails();
}

describe("SKP events", () => {
  let skpId: string;
  beforeAll(async () => {
    const rhkAtasan = (await seedSkp(org.atasan.id, org.t2025.id, 2025, ["Terlaksananya mutasi pegawai"])).rhk[0]!;
    skpId = (await seedSkp(org.staff.id, org.t2025.id, 2025)).id;
    await db.rhk.create({
      data: {
        skpId,
        jenis: "UTAMA",
        teks: "Memproses usulan mutasi",
        urutan: 0,
        parentRhkId: rhkAtasan.id,
        indikator: { create: { aspek: "KUANTITAS", teks: "Jumlah usulan", targetMin: 12, satuan: "Dokumen", urutan: 0 } },
      },
    });
  });

  test("Ajukan tells the penilai by name and year, linked to the SKP, and emails them", async () => {
    await actAs(org.staff.id);
    expect(await ajukanSkp({ skpId, version: await skpVersion(skpId) })).toMatchObject({ ok: true });
    expect(await terakhir(org.atasan.id)).toMatchObject({ jenis: "SKP_DIAJUKAN", judul: "Staff Uji mengajukan SKP 2025", tautan: `/skp-bawahan/${skpId}`, dibacaPada: null });
    expect((await mailsAfterQueue()).map((m) => [m.to, m.subject])).toEqual([["atasan@uji.go.id", "Staff Uji mengajukan SKP 2025"]]);
  });

  test("Kembalikan tells the pegawai with the catatan; the email carries it and links to the notification", async () => {
    await actAs(org.atasan.id);
    expect(await kembalikanSkp({ skpId, version: await skpVersion(skpId), catatan: "Target terlalu rendah." })).toMatchObject({ ok: true });
    const n = await terakhir(org.staff.id);
    expect(n).toMatchObject({ jenis: "SKP_DIKEMBALIKAN", judul: "SKP 2025 Anda dikembalikan oleh Atasan Uji", isi: "Catatan: Target terlalu rendah.", tautan: `/skp/${skpId}` });
    const [email] = await mailsAfterQueue();
    expect(email).toMatchObject({ to: "staff@uji.go.id", subject: "SKP 2025 Anda dikembalikan oleh Atasan Uji" });
    expect(email!.text).toContain("Catatan: Target terlalu rendah.");
    expect(email!.text).toContain(`http://localhost:3000/notifikasi/${n!.id}`);
    expect(email!.text).toMatch(/\/berhenti-notifikasi\?token=/);
  });

  test("Setujui tells the pegawai in the app; a kind they keep in the app sends no email", async () => {
    await db.preferensiNotifikasi.create({ data: { pegawaiId: org.staff.id, jenis: "SKP_DISETUJUI", saluran: "APLIKASI" } });
    await actAs(org.staff.id);
    expect(await ajukanSkp({ skpId, version: await skpVersion(skpId) })).toMatchObject({ ok: true });
    await mailsAfterQueue();
    await mail.clear();
    await actAs(org.atasan.id);
    expect(await setujuiSkp({ skpId, version: await skpVersion(skpId) })).toMatchObject({ ok: true });
    expect(await terakhir(org.staff.id)).toMatchObject({ jenis: "SKP_DISETUJUI", judul: "SKP 2025 Anda disetujui oleh Atasan Uji", tautan: `/skp/${skpId}` });
    expect(await mailsAfterQueue()).toEqual([]);
  });

  test("a refused action writes no notification", async () => {
    const sebelum = (await notifikasiOf(org.staff.id)).length;
    await actAs(org.atasan.id);
    expect(await setujuiSkp({ skpId, version: await skpVersion(skpId) })).toMatchObject({ ok: false });
    expect(await notifikasiOf(org.staff.id)).toHaveLength(sebelum);
  });
});

test("Finalkan penilaian tells the pegawai the predikat, linked to that periode's page", async () => {
  await actAs(org.atasan.id);
  const isian = { ratingHasil: "SESUAI_EKSPEKTASI" as const, ratingPerilaku: "SESUAI_EKSPEKTASI" as const, catatan: "", umpanBalikRhk: [], umpanBalikPerilaku: [] };
  expect(await finalkanPenilaian({ skpId: org.skp.id, periodeId: org.tw1.id, version: 1, ...isian, konfirmasiKurva: true })).toMatchObject({ ok: true });
  expect(await terakhir(org.staff.id)).toMatchObject({
    jenis: "PENILAIAN_FINAL",
    judul: "Penilaian Triwulan I 2026 Anda sudah final",
    isi: "Predikat: Baik.",
    tautan: `/penilaian/${org.skp.id}/${org.tw1.id}`,
  });
  expect((await mailsAfterQueue()).map((m) => m.subject)).toEqual(["Penilaian Triwulan I 2026 Anda sudah final"]);
});

test("entries marked Perlu perbaikan in one action make one notification per pegawai, by each one's channel", async () => {
  await db.preferensiNotifikasi.create({ data: { pegawaiId: org.staffLain.id, jenis: "PROGRES_PERLU_PERBAIKAN", saluran: "EMAIL_SEGERA" } });
  const entri = [
    await buatEntri(org, "staff", { tanggal: isoHariKe(-3) }),
    await buatEntri(org, "staff", { tanggal: isoHariKe(-2) }),
    await buatEntri(org, "staffLain", { tanggal: isoHariKe(-2) }),
  ];
  const sebelum = (await notifikasiOf(org.staff.id)).length;
  await actAs(org.atasan.id);
  const hasil = await verifikasiProgresHarian({ entri: entri.map((e) => ({ id: e.id, version: e.version })), status: "PERLU_PERBAIKAN", catatan: "Lengkapi bukti." });
  expect(hasil).toMatchObject({ ok: true, data: { jumlah: 3 } });

  const staff = await notifikasiOf(org.staff.id);
  expect(staff).toHaveLength(sebelum + 1);
  expect(staff.at(-1)).toMatchObject({ jenis: "PROGRES_PERLU_PERBAIKAN", isi: "Catatan atasan: Lengkapi bukti.", tautan: `/progres-harian?tampilan=hari&tanggal=${isoHariKe(-3)}` });
  expect(staff.at(-1)!.judul).toMatch(/^2 kegiatan Progres Harian /);
  // The staff keeps the default (the 07.00 digest): only staffLain, who chose email, gets one now.
  expect((await mailsAfterQueue()).map((m) => m.to)).toEqual(["lain@uji.go.id"]);
});

describe("atasan changes", () => {
  test("a decided permintaan atasan tells the requester; an approval also tells the old and the new atasan", async () => {
    const minta = () => db.permintaanAtasan.create({ data: { pegawaiId: org.staffLain.id, atasanDiusulkanId: org.kabid.id, alasan: "Pindah bidang." } });
    await actAs(org.admin.id);
    expect(await tolakPermintaanAtasan({ permintaanId: (await minta()).id, catatan: "Belum ada SK mutasi." })).toMatchObject({ ok: true });
    expect(await terakhir(org.staffLain.id)).toMatchObject({ jenis: "PERMINTAAN_ATASAN_DIPUTUSKAN", judul: "Permintaan atasan Kabid Uji ditolak", isi: "Catatan admin: Belum ada SK mutasi.", tautan: "/profil" });

    expect(await setujuiPermintaanAtasan({ permintaanId: (await minta()).id })).toMatchObject({ ok: true });
    expect(await terakhir(org.staffLain.id)).toMatchObject({ judul: "Permintaan atasan disetujui: atasan Anda sekarang Kabid Uji" });
    expect(await terakhir(org.kabid.id)).toMatchObject({ jenis: "ATASAN_BERUBAH", judul: "1 pegawai menjadi bawahan Anda", tautan: "/bawahan" });
    expect(await terakhir(org.atasan.id)).toMatchObject({ jenis: "ATASAN_BERUBAH", judul: "1 pegawai tidak lagi bawahan Anda" });
  });

  test("a klaim pimpinan tells each pegawai whose atasan followed it, not the one who claimed", async () => {
    const baru = await db.pegawai.create({
      data: { instansiId: org.instansi.id, nip: "199601012020011099", nama: "Pegawai Baru", jenisJabatan: "PELAKSANA", jabatan: "Pengolah Data", unitId: org.unit.id, passwordHash: "x" },
    });
    const sebelumAtasan = (await notifikasiOf(org.atasan.id)).length;
    await actAs(org.atasan.id);
    expect(await klaimPimpinanUnit({ unitId: org.unit.id })).toMatchObject({ ok: true });
    expect(await terakhir(baru.id)).toMatchObject({ jenis: "ATASAN_BERUBAH", judul: "Atasan Anda sekarang Atasan Uji", isi: "Atasan Uji mengklaim pimpinan Subbidang Mutasi.", tautan: "/profil" });
    expect(await notifikasiOf(org.atasan.id)).toHaveLength(sebelumAtasan);
  });

  test("a PLH tells the pegawai it rates meanwhile, the PLH and the atasan it stands in for", async () => {
    await actAs(org.admin.id);
    const hasil = await createPelaksanaTugas({ unitId: org.unit.id, pegawaiId: org.staffLain.id, jenis: "PLH", mulai: isoHariKe(0), selesai: isoHariKe(5) });
    expect(hasil).toMatchObject({ ok: true });
    const staff = await terakhir(org.staff.id);
    expect(staff).toMatchObject({ jenis: "ATASAN_BERUBAH", judul: "Atasan Anda sekarang Staff Lain" });
    expect(staff!.isi).toContain("Staff Lain ditetapkan sebagai Pelaksana Harian (PLH) Subbidang Mutasi");
    expect((await terakhir(org.staffLain.id))!.judul).toMatch(/^\d+ pegawai menjadi bawahan Anda$/);
    expect((await terakhir(org.atasan.id))!.judul).toMatch(/^\d+ pegawai tidak lagi bawahan Anda$/);
  });
});
