import { beforeAll, describe, expect, test } from "vitest";
import { ambilPeranTim, ubahJenisRhkTim } from "@/lib/server/actions/rhk-tim";
import { buatTimKerja, keluarkanAnggotaTim, tambahAnggotaTim, tambahRhkTim, tutupTimKerja } from "@/lib/server/actions/tim-kerja";
import { beriUmpanBalikTim, tetapkanPeranTim } from "@/lib/server/actions/tim-kerja-peran";
import { db } from "@/lib/server/db";
import { actAs } from "./helpers/session";
import { buildPelaksanaanOrg, type PelaksanaanOrg } from "./pelaksanaan-fixtures";
import { indikatorBarisInput, seedSkp } from "./skp-fixtures";
import { getActor } from "@/lib/server/auth";
import { getPenilaianBawahan } from "@/lib/server/queries/penilaian-bawahan-detail";
import { getAtasanRhkOptions } from "@/lib/server/queries/skp";

/**
 * One team across two units, from creation to the umpan balik, with every rule tried by the
 * one it allows and by those it refuses. Tests run in order: each builds on the team so far.
 */
let org: PelaksanaanOrg;
let lintas: { id: string };
let skpLintas: { id: string };
let rhkKabid: { id: string };
let rhkAtasan: { id: string };
let timId: string;

beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  const unitLain = await db.unitKerja.create({ data: { instansiId: org.instansi.id, nama: "Bidang Pengembangan" } });
  lintas = await db.pegawai.create({
    data: { instansiId: org.instansi.id, nip: "199105052019031005", nama: "Anggota Lintas", jenisJabatan: "PELAKSANA", jabatan: "Analis", unitId: unitLain.id, atasanId: org.kabid.id, passwordHash: "x" },
  });
  skpLintas = await seedSkp(lintas.id, org.t2026.id, 2026);
  await db.skp.update({ where: { id: skpLintas.id }, data: { penilaiId: org.kabid.id } });
  rhkKabid = (await seedSkp(org.kabid.id, org.t2026.id, 2026, ["Transformasi layanan kepegawaian"])).rhk[0]!;
  rhkAtasan = (await seedSkp(org.atasan.id, org.t2026.id, 2026, ["RHK atasan"])).rhk[0]!;
});

const tim = () => db.timKerja.findUniqueOrThrow({ where: { id: timId }, include: { anggota: true, rhk: { include: { peran: true } } } });
const versiTim = async () => (await tim()).version;
const versiSkp = async (id: string) => (await db.skp.findUniqueOrThrow({ where: { id } })).version;
const sebagai = async (id: string) => {
  await actAs(id);
  const a = await getActor();
  if (!a) throw new Error("no actor");
  return a;
};
const refused = (r: { ok: boolean; message?: string }, pesan: RegExp) => {
  expect(r.ok).toBe(false);
  expect(r.ok ? "" : r.message).toMatch(pesan);
};

describe("membuat tim kerja", () => {
  test("a staff member (no eselon) may not create a team", async () => {
    await actAs(org.staff.id);
    refused(await buatTimKerja({ nama: "Tim Staf", tahunId: org.t2026.id, ketuaId: org.staff.id }), /eselon II–IV atau admin/);
    expect(await db.timKerja.count()).toBe(0);
  });

  test("another instansi's admin may not create one with this instansi's year or ketua", async () => {
    await actAs(org.adminLain.id);
    const r = await buatTimKerja({ nama: "Tim Asing", tahunId: org.t2026.id, ketuaId: org.atasan.id });
    expect(r).toMatchObject({ ok: false, fieldErrors: { tahunId: ["Tahun ini tidak ditemukan di instansi Anda."] } });
    expect(await db.timKerja.count()).toBe(0);
  });

  test("the ketua must be a pegawai of the instansi", async () => {
    await actAs(org.kabid.id);
    const r = await buatTimKerja({ nama: "Tim Salah Ketua", tahunId: org.t2026.id, ketuaId: org.adminLain.id });
    expect(r).toMatchObject({ ok: false, fieldErrors: { ketuaId: ["Pegawai ini tidak ditemukan di instansi tim."] } });
  });

  test("the kabid (eselon III) creates a team led by the atasan; the admin may create one too", async () => {
    await actAs(org.kabid.id);
    const r = await buatTimKerja({ nama: " Percepatan SPBE ", tahunId: org.t2026.id, ketuaId: org.atasan.id });
    if (!r.ok) throw new Error(JSON.stringify(r));
    timId = r.data.id;
    expect(await tim()).toMatchObject({ nama: "Percepatan SPBE", pembuatId: org.kabid.id, ketuaId: org.atasan.id, instansiId: org.instansi.id, ditutupPada: null });
    expect(await db.auditLog.findFirst({ where: { aksi: "BUAT_TIM_KERJA", entitasId: timId } })).not.toBeNull();
    await actAs(org.admin.id);
    expect((await buatTimKerja({ nama: "Tim Admin", tahunId: org.t2026.id, ketuaId: org.kabid.id })).ok).toBe(true);
  });
});

describe("anggota dan RHK tim", () => {
  test("the ketua and an anggota may not change the team; the creator adds anggota from two units", async () => {
    await actAs(org.atasan.id);
    refused(await tambahAnggotaTim({ timId, version: await versiTim(), pegawaiId: lintas.id }), /pembuat tim atau admin/);
    await actAs(org.kabid.id);
    expect((await tambahAnggotaTim({ timId, version: await versiTim(), pegawaiId: lintas.id })).ok).toBe(true);
    await actAs(org.admin.id);
    expect((await tambahAnggotaTim({ timId, version: await versiTim(), pegawaiId: org.staff.id })).ok).toBe(true);
    await actAs(lintas.id);
    refused(await tambahAnggotaTim({ timId, version: await versiTim(), pegawaiId: org.staffLain.id }), /pembuat tim atau admin/);
    expect((await tim()).anggota.map((a) => a.pegawaiId).sort()).toEqual([lintas.id, org.staff.id].sort());
  });

  test("a pegawai of another instansi cannot join, and nobody joins twice", async () => {
    await actAs(org.kabid.id);
    expect(await tambahAnggotaTim({ timId, version: await versiTim(), pegawaiId: org.adminLain.id })).toMatchObject({ ok: false, fieldErrors: { pegawaiId: ["Pegawai ini tidak ditemukan di instansi tim."] } });
    refused(await tambahAnggotaTim({ timId, version: await versiTim(), pegawaiId: lintas.id }), /sudah menjadi anggota/);
  });

  test("a team RHK intervenes the creator's own RHK, not someone else's", async () => {
    await actAs(org.kabid.id);
    expect(await tambahRhkTim({ timId, version: await versiTim(), teks: "SPBE terlaksana", rhkPembuatId: rhkAtasan.id })).toMatchObject({ ok: false, fieldErrors: { rhkPembuatId: [expect.stringMatching(/pembuat tim/)] } });
    expect((await tambahRhkTim({ timId, version: await versiTim(), teks: "Layanan SPBE terintegrasi", rhkPembuatId: rhkKabid.id })).ok).toBe(true);
    expect((await tim()).rhk).toMatchObject([{ teks: "Layanan SPBE terintegrasi", rhkPembuatId: rhkKabid.id }]);
  });

  test("a stale version is refused", async () => {
    await actAs(org.kabid.id);
    refused(await tambahRhkTim({ timId, version: (await versiTim()) - 1, teks: "RHK lama", rhkPembuatId: rhkKabid.id }), /sudah diubah orang lain/);
  });
});

describe("Matriks Peran Hasil", () => {
  const peranInput = async (pegawaiId: string) => {
    const t = await tim();
    return { timId, version: t.version, rhkTimId: t.rhk[0]!.id, anggotaId: t.anggota.find((a) => a.pegawaiId === pegawaiId)!.id, peran: "Analis integrasi data", hasilDiharapkan: "Rekomendasi integrasi data kepegawaian" };
  };

  test("neither the creator nor the admin nor an anggota assigns roles", async () => {
    for (const who of [org.kabid.id, org.admin.id, lintas.id]) {
      await actAs(who);
      refused(await tetapkanPeranTim(await peranInput(lintas.id)), /Hanya ketua tim/);
    }
    expect(await db.peranTim.count()).toBe(0);
  });

  test("the ketua assigns a role, and the anggota is notified once", async () => {
    await actAs(org.atasan.id);
    expect((await tetapkanPeranTim(await peranInput(lintas.id))).ok).toBe(true);
    expect((await tetapkanPeranTim({ ...(await peranInput(lintas.id)), peran: "Koordinator integrasi data" })).ok).toBe(true);
    expect((await tim()).rhk[0]!.peran).toMatchObject([{ peran: "Koordinator integrasi data", hasilDiharapkan: "Rekomendasi integrasi data kepegawaian" }]);
    const notif = await db.notifikasi.findMany({ where: { penerimaId: lintas.id, jenis: "PERAN_TIM_DITUGASKAN" } });
    expect(notif).toMatchObject([{ judul: "Peran baru di Tim Percepatan SPBE", tautan: `/tim-kerja/${timId}` }]);
  });
});

describe("peran menjadi RHK anggota", () => {
  const peranId = async () => (await tim()).rhk[0]!.peran[0]!.id;
  const rhkDariTim = () => db.rhk.findFirstOrThrow({ where: { skpId: skpLintas.id, peranTimId: { not: null } } });

  test("someone who is not its anggota cannot take the role", async () => {
    await actAs(org.tanpaAtasan.id);
    expect(await ambilPeranTim({ skpId: org.skpDraft.id, version: await versiSkp(org.skpDraft.id), peranTimId: await peranId() })).toMatchObject({ ok: false, fieldErrors: { peranTimId: [expect.stringMatching(/tidak ditemukan pada tim Anda/)] } });
  });

  test("the RHK form offers the role beside the atasan's RHK until it is taken", async () => {
    const pilihan = await getAtasanRhkOptions(await sebagai(lintas.id), skpLintas.id);
    expect(pilihan.penugasanTim).toEqual([expect.objectContaining({ peranTimId: await peranId(), namaTim: "Percepatan SPBE", peran: "Koordinator integrasi data" })]);
    expect((await getAtasanRhkOptions(await sebagai(org.tanpaAtasan.id), org.skpDraft.id)).penugasanTim).toEqual([]);
  });

  test("the anggota takes it into their Draft SKP as a Tambahan RHK from the team, with its indikator, once", async () => {
    await actAs(lintas.id);
    const indikator = [indikatorBarisInput({ teks: "Jumlah rekomendasi", targetMin: "4", satuan: "Dokumen" })];
    expect((await ambilPeranTim({ skpId: skpLintas.id, version: await versiSkp(skpLintas.id), peranTimId: await peranId(), teks: "", layout: "STANDAR", indikator })).ok).toBe(true);
    expect(await rhkDariTim()).toMatchObject({ jenis: "TAMBAHAN", teks: "Rekomendasi integrasi data kepegawaian", penugasanDari: "Tim Percepatan SPBE", parentRhkId: rhkKabid.id });
    expect(await db.indikator.findMany({ where: { rhkId: (await rhkDariTim()).id }, select: { teks: true } })).toEqual([{ teks: "Jumlah rekomendasi" }]);
    expect((await getAtasanRhkOptions(await sebagai(lintas.id), skpLintas.id)).penugasanTim).toEqual([]);
    refused(await ambilPeranTim({ skpId: skpLintas.id, version: await versiSkp(skpLintas.id), peranTimId: await peranId() }), /sudah menjadi RHK/);
  });

  test("only the penilai makes it Utama, before the SKP is approved", async () => {
    const input = async () => ({ skpId: skpLintas.id, version: await versiSkp(skpLintas.id), rhkId: (await rhkDariTim()).id, jenis: "UTAMA" as const });
    await db.skp.update({ where: { id: skpLintas.id }, data: { status: "PENGAJUAN" } });
    for (const who of [lintas.id, org.atasan.id]) {
      await actAs(who);
      expect((await ubahJenisRhkTim(await input())).ok).toBe(false);
    }
    await actAs(org.kabid.id);
    expect((await ubahJenisRhkTim(await input())).ok).toBe(true);
    expect((await rhkDariTim()).jenis).toBe("UTAMA");
    await db.skp.update({ where: { id: skpLintas.id }, data: { status: "PERSETUJUAN" } });
    refused(await ubahJenisRhkTim({ ...(await input()), jenis: "TAMBAHAN" }), /sebelum SKP disetujui/);
  });
});

describe("umpan balik tim", () => {
  const input = async () => ({ timId, version: await versiTim(), rhkId: (await db.rhk.findFirstOrThrow({ where: { skpId: skpLintas.id, peranTimId: { not: null } } })).id, periodeId: org.tw2.id, teks: "Rekomendasi rinci dan tepat waktu." });

  test("only the ketua gives it, on the anggota's team RHK, per periode", async () => {
    for (const who of [org.kabid.id, org.admin.id, lintas.id]) {
      await actAs(who);
      refused(await beriUmpanBalikTim(await input()), /Hanya ketua tim/);
    }
    await actAs(org.atasan.id);
    expect((await beriUmpanBalikTim(await input())).ok).toBe(true);
    expect((await beriUmpanBalikTim({ ...(await input()), teks: "Diperbarui." })).ok).toBe(true);
    expect(await db.umpanBalikTim.findMany({ select: { periodeId: true, teks: true, pemberiId: true } })).toEqual([{ periodeId: org.tw2.id, teks: "Diperbarui.", pemberiId: org.atasan.id }]);
  });

  test("the penilai sees it beside the RHK when rating that periode, and not in another periode", async () => {
    const rhkId = (await db.rhk.findFirstOrThrow({ where: { skpId: skpLintas.id, peranTimId: { not: null } } })).id;
    const tw2 = await getPenilaianBawahan(await sebagai(org.kabid.id), skpLintas.id, org.tw2.id);
    expect(tw2.rhk.find((r) => r.id === rhkId)?.umpanBalikTim).toEqual({ teks: "Diperbarui.", ketua: "Atasan Uji", tim: "Tim Percepatan SPBE" });
    const tw1 = await getPenilaianBawahan(await sebagai(org.kabid.id), skpLintas.id, org.tw1.id);
    expect(tw1.rhk.find((r) => r.id === rhkId)?.umpanBalikTim).toBeNull();
  });

  test("not on an RHK that did not come from this team", async () => {
    await actAs(org.atasan.id);
    refused(await beriUmpanBalikTim({ ...(await input()), rhkId: org.skp.rhk[0]!.id }), /tidak ditemukan/);
  });
});

describe("keluar dan menutup tim menyimpan riwayat", () => {
  test("an anggota who leaves keeps their row and their RHK, and gets no new role", async () => {
    await actAs(org.kabid.id);
    expect((await keluarkanAnggotaTim({ timId, version: await versiTim(), pegawaiId: lintas.id })).ok).toBe(true);
    const keluar = (await tim()).anggota.find((a) => a.pegawaiId === lintas.id)!;
    expect(keluar.keluarPada).not.toBeNull();
    expect(await db.rhk.count({ where: { skpId: skpLintas.id, peranTimId: { not: null } } })).toBe(1);
    await actAs(org.atasan.id);
    const t = await tim();
    expect(await tetapkanPeranTim({ timId, version: t.version, rhkTimId: t.rhk[0]!.id, anggotaId: keluar.id, peran: "Peran baru", hasilDiharapkan: "Hasil baru" })).toMatchObject({ ok: false, fieldErrors: { anggotaId: [expect.stringMatching(/bukan \(lagi\) anggota/)] } });
  });

  test("one who comes back gets the same membership, role and RHK again, and the audit log keeps when they left", async () => {
    const sebelum = (await tim()).anggota.find((a) => a.pegawaiId === lintas.id)!;
    await actAs(org.kabid.id);
    expect((await tambahAnggotaTim({ timId, version: await versiTim(), pegawaiId: lintas.id })).ok).toBe(true);
    const kembali = await tim();
    expect(kembali.anggota.filter((a) => a.pegawaiId === lintas.id)).toMatchObject([{ id: sebelum.id, keluarPada: null }]);
    expect(kembali.rhk[0]!.peran).toMatchObject([{ anggotaId: sebelum.id, peran: "Koordinator integrasi data" }]);
    expect(await db.rhk.count({ where: { skpId: skpLintas.id, peranTim: { anggotaId: sebelum.id } } })).toBe(1);
    const audit = await db.auditLog.findMany({ where: { entitasId: timId, aksi: { in: ["KELUARKAN_ANGGOTA_TIM", "TAMBAH_ANGGOTA_TIM"] } }, orderBy: { createdAt: "asc" }, select: { aksi: true, data: true } });
    expect(audit.slice(-2)).toEqual([
      { aksi: "KELUARKAN_ANGGOTA_TIM", data: { anggota: "Anggota Lintas" } },
      { aksi: "TAMBAH_ANGGOTA_TIM", data: { anggota: "Anggota Lintas", keluarSebelumnya: sebelum.keluarPada!.toISOString() } },
    ]);
    await actAs(org.atasan.id);
    const t = await tim();
    expect((await tetapkanPeranTim({ timId, version: t.version, rhkTimId: t.rhk[0]!.id, anggotaId: sebelum.id, peran: "Koordinator integrasi data", hasilDiharapkan: "Rekomendasi integrasi data kepegawaian" })).ok).toBe(true);
  });

  test("a closed team is read-only for the creator and the ketua, and the RHK stays", async () => {
    await actAs(org.atasan.id);
    refused(await tutupTimKerja({ timId, version: await versiTim() }), /pembuat tim atau admin/);
    await actAs(org.kabid.id);
    expect((await tutupTimKerja({ timId, version: await versiTim() })).ok).toBe(true);
    refused(await tambahAnggotaTim({ timId, version: await versiTim(), pegawaiId: org.staffLain.id }), /sudah ditutup/);
    await actAs(org.atasan.id);
    const rhkId = (await db.rhk.findFirstOrThrow({ where: { skpId: skpLintas.id, peranTimId: { not: null } } })).id;
    refused(await beriUmpanBalikTim({ timId, version: await versiTim(), rhkId, periodeId: org.tw2.id, teks: "Sesudah ditutup" }), /sudah ditutup/);
    expect(await db.rhk.findUniqueOrThrow({ where: { id: rhkId } })).toMatchObject({ penugasanDari: "Tim Percepatan SPBE" });
  });
});
