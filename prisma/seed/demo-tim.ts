import type { PrismaClient } from "@/lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * A Tim Kerja across three units, so a new user (and the axe and phone checks) find a team at
 * once: created by the Kabid Mutasi, led by the Kasubbid Mutasi, with anggota from Subbidang
 * Mutasi, Penilaian Kinerja and Penghargaan. Its RHK intervenes the kabid's first RHK; the
 * demo staff and the pranata komputer have a role each, which they can take into their SKP.
 * The e2e specs' own teams use other people, and the route matrix's attackers belong to none.
 */
const TIM = {
  nama: "Digitalisasi Arsip Kepegawaian",
  pembuat: "kabid-mutasi",
  ketua: "kasubbid-mutasi",
  rhk: "Arsip kepegawaian digital yang lengkap dan mudah ditelusuri",
  anggota: ["staff", "pranata-komputer", "penghargaan-staf"],
  peran: [
    { anggota: "staff", peran: "Pengolah data arsip digital", hasil: "Tersedianya arsip digital SK mutasi yang lengkap" },
    { anggota: "pranata-komputer", peran: "Pengelola aplikasi arsip", hasil: "Aplikasi arsip digital berjalan dan dapat diakses semua bidang" },
  ],
};

export async function seedDemoTim(tx: Tx, ids: { instansiId: string; tahunId: string; pegawaiId: Map<string, string> }) {
  const pembuatId = ids.pegawaiId.get(TIM.pembuat);
  const ketuaId = ids.pegawaiId.get(TIM.ketua);
  if (!pembuatId || !ketuaId) return;
  const rhkPembuat = await tx.rhk.findFirst({ where: { skp: { pegawaiId: pembuatId, tahunId: ids.tahunId } }, orderBy: { urutan: "asc" }, select: { id: true } });
  const tim = await tx.timKerja.create({
    data: {
      instansiId: ids.instansiId,
      tahunId: ids.tahunId,
      nama: TIM.nama,
      ketuaId,
      pembuatId,
      anggota: { create: TIM.anggota.flatMap((key) => (ids.pegawaiId.has(key) ? [{ pegawaiId: ids.pegawaiId.get(key)! }] : [])) },
      rhk: { create: [{ teks: TIM.rhk, rhkPembuatId: rhkPembuat?.id ?? null, urutan: 0 }] },
    },
    select: { anggota: { select: { id: true, pegawaiId: true } }, rhk: { select: { id: true } } },
  });
  const rhkTimId = tim.rhk[0]!.id;
  await tx.peranTim.createMany({
    data: TIM.peran.flatMap((p) => {
      const anggota = tim.anggota.find((a) => a.pegawaiId === ids.pegawaiId.get(p.anggota));
      return anggota ? [{ rhkTimId, anggotaId: anggota.id, peran: p.peran, hasilDiharapkan: p.hasil }] : [];
    }),
  });
}
