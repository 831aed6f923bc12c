import { hariIniDi } from "@/lib/domain/zona-waktu";
import { db } from "@/lib/server/db";
import { buildSkpOrg } from "./skp-fixtures";

const HARI = 86_400_000;

/** A calendar date `n` days from today (WIB), so the tests hold whatever day they run. */
export function hariKe(n: number): Date {
  return new Date(hariIniDi("WIB", new Date()).getTime() + n * HARI);
}

export function isoHariKe(n: number): string {
  return hariKe(n).toISOString().slice(0, 10);
}

/**
 * The SKP org plus, for the staff: an approved SKP (penilai = atasan) with two RHK, and three
 * triwulan around today: I closed (batas passed), II open, III not started. staffLain has an
 * approved SKP of their own; tanpaAtasan has a Draft SKP. A 2025 periode belongs to no 2026 SKP.
 */
export async function buildPelaksanaanOrg() {
  const org = await buildSkpOrg();
  const tahunId = org.t2026.id;
  const periode = async (urutan: number, awal: number, akhir: number, batas: number, tId = tahunId) =>
    db.periodePenilaian.create({
      data: { tahunId: tId, jenis: "TRIWULAN", urutan, awal: hariKe(awal), akhir: hariKe(akhir), batasPengisian: hariKe(batas) },
    });
  const tw1 = await periode(1, -60, -31, -20);
  const tw2 = await periode(2, -30, 5, 15);
  const tw3 = await periode(3, 6, 40, 50);
  const tw2025 = await periode(1, -30, 5, 15, org.t2025.id);

  const skpFor = (pegawaiId: string, status: "DRAFT" | "PERSETUJUAN", penilaiId: string | null) =>
    db.skp.create({
      data: {
        pegawaiId,
        penilaiId,
        tahunId,
        status,
        periodeAwal: hariKe(-120),
        periodeAkhir: hariKe(120),
        pendekatan: "KUANTITATIF",
        layout: "STANDAR",
        snapshot: {},
        rhk: {
          create: [
            {
              jenis: "UTAMA",
              teks: "Terprosesnya usulan mutasi",
              urutan: 0,
              indikator: {
                create: [
                  { teks: "Jumlah usulan diproses", targetMin: "12", satuan: "Dokumen", aspek: "KUANTITAS", urutan: 0 },
                  { teks: "Persentase usulan lengkap", targetMin: "80", targetMax: "100", satuan: "%", aspek: "KUALITAS", urutan: 1 },
                ],
              },
            },
            { jenis: "TAMBAHAN", teks: "Menjadi narasumber", urutan: 0, indikator: { create: [{ teks: "Kegiatan", targetMin: "2", satuan: "Kegiatan", urutan: 0 }] } },
          ],
        },
      },
      include: { rhk: { orderBy: { jenis: "asc" }, include: { indikator: { orderBy: { urutan: "asc" } } } } },
    });
  const skp = await skpFor(org.staff.id, "PERSETUJUAN", org.atasan.id);
  const skpLain = await skpFor(org.staffLain.id, "PERSETUJUAN", org.atasan.id);
  const skpDraft = await skpFor(org.tanpaAtasan.id, "DRAFT", null);
  return { ...org, tw1, tw2, tw3, tw2025, skp, skpLain, skpDraft };
}

export type PelaksanaanOrg = Awaited<ReturnType<typeof buildPelaksanaanOrg>>;
