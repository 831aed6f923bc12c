import { actAs } from "./helpers/session";
import { beforeAll, describe, expect, it } from "vitest";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { toIsoDate } from "@/lib/domain/tanggal";
import { db } from "@/lib/server/db";
import { createPelaksanaTugas, deletePelaksanaTugas } from "@/lib/server/actions/admin-pelaksana-tugas";
import { setAtasanPegawai } from "@/lib/server/actions/admin-pegawai-akun";
import { revokePimpinan } from "@/lib/server/actions/admin-unit";
import { getEffectivePenilai } from "@/lib/server/queries/admin-pelaksana-tugas";
import { getUnitTreeForAdmin } from "@/lib/server/queries/admin-unit";
import { getActor } from "@/lib/server/auth";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

const today = hariIniDi("WIB", new Date());
const hari = (offset: number) => toIsoDate(new Date(today.getTime() + offset * 86_400_000));
const unitId = async (kode: string, nama: string) => (await db.unitKerja.findFirstOrThrow({ where: { instansi: { kode }, nama } })).id;
const pegawaiId = async (nip: string) => (await db.pegawai.findUniqueOrThrow({ where: { nip } })).id;

async function signIn(label: DemoAccountLabel) {
  await actAs(await pegawaiId(DEMO_ACCOUNTS[label].nip));
}

beforeAll(async () => {
  await seedDemo(db);
});

describe("PLT/PLH assignment", () => {
  it("assigns a PLH for a date range, lists it on the unit, and deletes it", async () => {
    await signIn("admin");
    const sbMutasi = await unitId("BKPSDM-BDG", "Subbidang Mutasi");
    const nurul = await pegawaiId("198711232011012006");
    const created = await createPelaksanaTugas({ unitId: sbMutasi, pegawaiId: nurul, jenis: "PLH", mulai: hari(10), selesai: hari(14) });
    expect(created.ok).toBe(true);
    if (!created.ok) return;

    const { tree } = await getUnitTreeForAdmin((await getActor())!);
    const unit = tree[0]!.children.flatMap((c) => c.children).find((c) => c.unit.id === sbMutasi)!;
    expect(unit.unit.pelaksanaTugas).toMatchObject([{ jenis: "PLH", nama: "Nurul Hidayah, S.Psi.", berlangsung: false }]);

    expect(await createPelaksanaTugas({ unitId: sbMutasi, pegawaiId: await pegawaiId(DEMO_ACCOUNTS.staff.nip), jenis: "PLH", mulai: hari(12), selesai: hari(20) })).toMatchObject({
      ok: false,
      fieldErrors: { mulai: [expect.stringContaining("Sudah ada PLH untuk unit ini pada rentang tersebut: Nurul Hidayah")] },
    });

    expect((await deletePelaksanaTugas({ id: created.data.id })).ok).toBe(true);
    expect(await db.pelaksanaTugas.count()).toBe(0);
    expect((await db.auditLog.findMany({ where: { entitasId: created.data.id } })).map((a) => a.aksi).sort()).toEqual([
      "HAPUS_PELAKSANA_TUGAS",
      "TETAPKAN_PELAKSANA_TUGAS",
    ]);
  });

  it("checks the dates and the pegawai", async () => {
    await signIn("admin");
    const sbMutasi = await unitId("BKPSDM-BDG", "Subbidang Mutasi");
    const atasan = await pegawaiId(DEMO_ACCOUNTS.atasan.nip);
    const staff = await pegawaiId(DEMO_ACCOUNTS.staff.nip);
    expect(await createPelaksanaTugas({ unitId: sbMutasi, pegawaiId: staff, jenis: "PLT", mulai: hari(5), selesai: hari(1) })).toMatchObject({
      ok: false,
      fieldErrors: { selesai: ["Tanggal selesai tidak boleh sebelum tanggal mulai."] },
    });
    expect(await createPelaksanaTugas({ unitId: sbMutasi, pegawaiId: staff, jenis: "PLT", mulai: hari(-10), selesai: hari(-1) })).toMatchObject({
      ok: false,
      fieldErrors: { selesai: [expect.stringContaining("sudah lewat")] },
    });
    expect(await createPelaksanaTugas({ unitId: sbMutasi, pegawaiId: atasan, jenis: "PLT", mulai: hari(0), selesai: hari(1) })).toMatchObject({
      ok: false,
      fieldErrors: { pegawaiId: [expect.stringContaining("sudah pimpinan definitif unit ini")] },
    });
    expect(await createPelaksanaTugas({ unitId: sbMutasi, pegawaiId: "", jenis: "" as never, mulai: "", selesai: "" })).toMatchObject({
      ok: false,
      fieldErrors: { pegawaiId: ["Pilih pegawai yang ditugaskan."], jenis: ["Pilih PLT atau PLH."], mulai: ["Isi tanggal mulai dengan tanggal yang valid."] },
    });
  });

  it("refuses non-admins and another instansi's admin, with guessed ids", async () => {
    const sbMutasi = await unitId("BKPSDM-BDG", "Subbidang Mutasi");
    const garutUnit = await unitId("BKPSDM-GRT", "Subbagian Umum dan Kepegawaian");
    const garutStaf = await pegawaiId("199201012015032006");
    const staff = await pegawaiId(DEMO_ACCOUNTS.staff.nip);

    await signIn("atasan");
    expect(await createPelaksanaTugas({ unitId: sbMutasi, pegawaiId: staff, jenis: "PLH", mulai: hari(0), selesai: hari(2) })).toMatchObject({ ok: false });

    await signIn("admin");
    expect(await createPelaksanaTugas({ unitId: garutUnit, pegawaiId: staff, jenis: "PLH", mulai: hari(0), selesai: hari(2) })).toMatchObject({
      ok: false,
      message: "Unit kerja tidak ditemukan di instansi Anda.",
    });
    expect(await createPelaksanaTugas({ unitId: sbMutasi, pegawaiId: garutStaf, jenis: "PLH", mulai: hari(0), selesai: hari(2) })).toMatchObject({
      ok: false,
      fieldErrors: { pegawaiId: ["Pegawai tidak ditemukan di instansi Anda."] },
    });

    await signIn("admin-garut");
    const garutPlt = await createPelaksanaTugas({ unitId: garutUnit, pegawaiId: garutStaf, jenis: "PLH", mulai: hari(0), selesai: hari(2) });
    if (!garutPlt.ok) throw new Error("garut");
    await signIn("admin");
    expect(await deletePelaksanaTugas({ id: garutPlt.data.id })).toMatchObject({ ok: false, message: expect.stringContaining("tidak ditemukan") });
    expect(await db.pelaksanaTugas.count({ where: { id: garutPlt.data.id } })).toBe(1);
    expect(await db.pelaksanaTugas.count({ where: { unitId: sbMutasi } })).toBe(0);
  });
});

describe("getEffectivePenilai", () => {
  it("makes the PLH the penilai of the unit's members during the range only", async () => {
    await signIn("admin");
    const sbMutasi = await unitId("BKPSDM-BDG", "Subbidang Mutasi");
    const nurul = await pegawaiId("198711232011012006");
    const staff = await pegawaiId(DEMO_ACCOUNTS.staff.nip);
    const atasan = await pegawaiId(DEMO_ACCOUNTS.atasan.nip);
    const created = await createPelaksanaTugas({ unitId: sbMutasi, pegawaiId: nurul, jenis: "PLH", mulai: hari(0), selesai: hari(3) });
    if (!created.ok) throw new Error("plh");

    expect(await getEffectivePenilai(db, staff, today)).toEqual({ penilaiId: nurul, sebagai: "PLH", atasanId: atasan });
    expect(await getEffectivePenilai(db, staff, new Date(today.getTime() + 4 * 86_400_000))).toEqual({ penilaiId: atasan, sebagai: "DEFINITIF", atasanId: atasan });
    // The PLH does not rate themself: their own penilai stays the stored atasan.
    expect(await getEffectivePenilai(db, nurul, today)).toEqual({ penilaiId: atasan, sebagai: "DEFINITIF", atasanId: atasan });
    // The stored atasan is never rewritten.
    expect((await db.pegawai.findUniqueOrThrow({ where: { id: staff } })).atasanId).toBe(atasan);
    await deletePelaksanaTugas({ id: created.data.id });
  });

  it("makes a PLT leading a vacant unit the penilai of its members", async () => {
    await signIn("admin");
    const renkeu = await unitId("BKPSDM-BDG", "Subbagian Perencanaan dan Keuangan");
    const sekretaris = await pegawaiId("197508222000032001");
    const bendahara = await db.pegawai.findUniqueOrThrow({ where: { nip: "199010102015032007" } });
    const rizky = await pegawaiId("199501282020121006");

    await revokePimpinan({ unitId: renkeu });
    // After the klaim is revoked the tree points at the Sekretaris; the admin applies that.
    expect((await setAtasanPegawai({ pegawaiId: bendahara.id, version: bendahara.version, atasanId: sekretaris })).ok).toBe(true);
    expect(await getEffectivePenilai(db, bendahara.id, today)).toMatchObject({ penilaiId: sekretaris, sebagai: "DEFINITIF" });

    expect((await createPelaksanaTugas({ unitId: renkeu, pegawaiId: rizky, jenis: "PLT", mulai: hari(0), selesai: hari(30) })).ok).toBe(true);
    expect(await getEffectivePenilai(db, bendahara.id, today)).toEqual({ penilaiId: rizky, sebagai: "PLT", atasanId: sekretaris });
  });

  it("respects an atasan the admin set by hand, different from the tree", async () => {
    const staffSkp = await pegawaiId(DEMO_ACCOUNTS["staff-skp"].nip);
    const kabid = await pegawaiId(DEMO_ACCOUNTS.kabid.nip);
    await db.pegawai.update({ where: { id: staffSkp }, data: { atasanId: kabid } });
    await signIn("admin");
    const sbMutasi = await unitId("BKPSDM-BDG", "Subbidang Mutasi");
    await createPelaksanaTugas({ unitId: sbMutasi, pegawaiId: await pegawaiId("198711232011012006"), jenis: "PLT", mulai: hari(0), selesai: hari(3) });
    expect(await getEffectivePenilai(db, staffSkp, today)).toEqual({ penilaiId: kabid, sebagai: "DEFINITIF", atasanId: kabid });
  });
});
