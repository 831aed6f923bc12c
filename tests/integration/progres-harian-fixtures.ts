import { isHariKerja } from "@/lib/domain/hari-kerja";
import { hariKerjaSebelumnya } from "@/lib/domain/progres-harian";
import { db } from "@/lib/server/db";
import { buildPelaksanaanOrg, isoHariKe } from "./pelaksanaan-fixtures";

const POLA = { hariKerjaPerMinggu: 5, libur: new Set<string>() };

/**
 * The pelaksanaan org (triwulan I closed, II open around today, III not started) plus rencana
 * aksi: two for the staff's RHK utama in triwulan II, one in triwulan I, one of staffLain's.
 * `hariKerja` is the latest working day up to today, `kemarin` the working day before it, so
 * the copy tests hold whatever weekday they run.
 */
export async function buildProgresOrg() {
  const org = await buildPelaksanaanOrg();
  const rhk = org.skp.rhk.find((r) => r.jenis === "UTAMA")!;
  const ra = (rhkId: string, periodeId: string, teks: string) => db.rencanaAksi.create({ data: { rhkId, periodeId, teks, urutan: 0 } });
  const raTw2 = await ra(rhk.id, org.tw2.id, "Memverifikasi berkas usulan mutasi");
  const raTw2b = await ra(rhk.id, org.tw2.id, "Menyusun rekap usulan");
  const raTw1 = await ra(rhk.id, org.tw1.id, "Rencana triwulan I");
  const raLain = await ra(org.skpLain.rhk[0]!.id, org.tw2.id, "Rencana staff lain");
  let n = 0;
  while (!isHariKerja(isoHariKe(-n), POLA)) n += 1;
  const hariKerja = isoHariKe(-n);
  const kemarin = hariKerjaSebelumnya(hariKerja, POLA)!;
  return { ...org, rhk, raTw2, raTw2b, raTw1, raLain, hariKerja, kemarin };
}

export type ProgresOrg = Awaited<ReturnType<typeof buildProgresOrg>>;

export function entriInput(o: ProgresOrg, overrides: Record<string, string> = {}) {
  return {
    tanggal: o.hariKerja,
    jamMulai: "08:00",
    jamSelesai: "09:30",
    rencanaAksiId: o.raTw2.id,
    indikatorId: "",
    kegiatan: "Memverifikasi 5 berkas usulan mutasi",
    realisasi: "5",
    satuan: "Berkas",
    tautanBukti: "",
    sumberData: "Aplikasi SIMPEG",
    ...overrides,
  };
}
