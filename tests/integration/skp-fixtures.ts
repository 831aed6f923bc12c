import type { JenisJabatan } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

/**
 * A small instansi for the SKP tests: kabid (eselon III) → atasan (eselon IV) → staff, a
 * second staff under the same atasan, a pegawai without atasan, an admin, and an admin of
 * another instansi. Tahun 2026 is open, 2025 is open too (for copy forward), 2024 closed.
 */
export async function buildSkpOrg() {
  const instansi = await db.instansi.create({ data: { kode: "UJI-SKP", nama: "Badan Uji SKP", lokasi: "Bandung" } });
  const lain = await db.instansi.create({ data: { kode: "UJI-LAIN", nama: "Dinas Lain", lokasi: "Garut" } });
  const unit = await db.unitKerja.create({ data: { instansiId: instansi.id, nama: "Subbidang Mutasi" } });
  const [t2026, t2025] = await Promise.all([
    db.tahun.create({ data: { instansiId: instansi.id, tahun: 2026, terbuka: true } }),
    db.tahun.create({ data: { instansiId: instansi.id, tahun: 2025, terbuka: true } }),
    db.tahun.create({ data: { instansiId: instansi.id, tahun: 2024, terbuka: false } }),
  ]);
  let n = 0;
  const pegawai = async (nama: string, opts: { jenis?: JenisJabatan; eselon?: number; atasanId?: string | null; admin?: boolean; instansiId?: string } = {}) => {
    n += 1;
    return db.pegawai.create({
      data: {
        instansiId: opts.instansiId ?? instansi.id,
        nip: `19900101201501${String(1000 + n).slice(-4)}`,
        nama,
        jenisJabatan: opts.jenis ?? "PELAKSANA",
        eselon: opts.eselon ?? null,
        jabatan: `Jabatan ${nama}`,
        pangkat: "Penata Muda",
        golongan: "III/a",
        unitId: opts.instansiId ? null : unit.id,
        atasanId: opts.atasanId ?? null,
        roles: opts.admin ? ["PEGAWAI", "ADMIN"] : ["PEGAWAI"],
        passwordHash: "x",
      },
    });
  };
  const kabid = await pegawai("Kabid Uji", { jenis: "STRUKTURAL", eselon: 3 });
  const atasan = await pegawai("Atasan Uji", { jenis: "STRUKTURAL", eselon: 4, atasanId: kabid.id });
  const staff = await pegawai("Staff Uji", { atasanId: atasan.id });
  const staffLain = await pegawai("Staff Lain", { atasanId: atasan.id });
  const tanpaAtasan = await pegawai("Tanpa Atasan");
  const admin = await pegawai("Admin Uji", { admin: true });
  const adminLain = await pegawai("Admin Lain", { admin: true, instansiId: lain.id });
  return { instansi, unit, t2026, t2025, kabid, atasan, staff, staffLain, tanpaAtasan, admin, adminLain };
}

export type SkpOrg = Awaited<ReturnType<typeof buildSkpOrg>>;

/** An SKP written straight to the database, for the atasan's side of a cascade. */
export async function seedSkp(pegawaiId: string, tahunId: string, tahun: number, rhk: string[] = []) {
  return db.skp.create({
    data: {
      pegawaiId,
      tahunId,
      periodeAwal: new Date(`${tahun}-01-01`),
      periodeAkhir: new Date(`${tahun}-12-31`),
      pendekatan: "KUANTITATIF",
      layout: "STANDAR",
      snapshot: {},
      rhk: { create: rhk.map((teks, urutan) => ({ teks, jenis: "UTAMA" as const, urutan })) },
    },
    include: { rhk: { orderBy: { urutan: "asc" } } },
  });
}

export function indikatorInput(overrides: Record<string, unknown> = {}) {
  return {
    layout: "STANDAR" as const,
    aspek: "KUANTITAS" as const,
    perspektif: "" as const,
    teks: "Jumlah usulan mutasi yang diproses",
    rentang: false,
    targetMin: "12",
    targetMax: "",
    satuan: "Dokumen",
    targetNarasi: "",
    ...overrides,
  };
}

/** One indikator as a row of the RHK form, which sends the layout once for all rows. */
export function indikatorBarisInput(overrides: Record<string, unknown> = {}) {
  const { aspek, perspektif, teks, rentang, targetMin, targetMax, satuan, targetNarasi } = indikatorInput(overrides);
  return { aspek, perspektif, teks, rentang, targetMin, targetMax, satuan, targetNarasi };
}
