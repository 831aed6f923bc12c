import { BERAKHLAK } from "@/lib/domain/berakhlak";
import type { PenilaianSnapshot, RhkPenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import type { PihakSnapshot } from "@/lib/domain/skp-snapshot";

/** A finalised Triwulan I evaluation as R's finalisation would freeze it. */
export function contohSnapshot(
  pihak: { pegawai: PihakSnapshot; penilai: PihakSnapshot; atasanPenilai: PihakSnapshot | null },
  overrides: Partial<PenilaianSnapshot> = {},
): PenilaianSnapshot {
  return {
    periode: { jenis: "TRIWULAN", urutan: 1, label: "Triwulan I", tahun: 2026, awal: "2026-01-01", akhir: "2026-03-31" },
    instansi: { nama: "Badan Uji SKP", lokasi: "Bandung" },
    ...pihak,
    layout: "STANDAR",
    organisasi: {
      unit: "Subbidang Mutasi",
      capaian: "BAIK",
      distribusi: { SANGAT_BAIK: 1, BAIK: 3, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0 },
      unitDistribusi: "Subbidang Mutasi",
    },
    rhk: [
      contohRhk("Terprosesnya usulan mutasi pegawai antarinstansi secara tepat waktu", "UTAMA"),
      contohRhk("Tersusunnya laporan kegiatan bidang", "TAMBAHAN"),
    ],
    ratingHasil: "DI_ATAS_EKSPEKTASI",
    perilaku: BERAKHLAK.map((v) => ({
      coreValue: v.coreValue,
      nama: v.nama,
      panduan: [...v.panduan],
      ekspektasi: v.coreValue === "AKUNTABEL" ? "Laporan mingguan tepat waktu" : null,
      umpanBalik: v.coreValue === "KOLABORATIF" ? { reaksi: "💪", teks: "Libatkan tim lain lebih awal" } : null,
    })),
    ratingPerilaku: "SESUAI_EKSPEKTASI",
    predikat: "BAIK",
    catatan: "Pertahankan ketepatan waktu; ikuti pelatihan analisis jabatan.",
    angkaKredit: null,
    finalizedAt: "2026-04-06T20:00:00.000Z",
    ...overrides,
  };
}

export function contohRhk(teks: string, jenis: "UTAMA" | "TAMBAHAN" = "UTAMA"): RhkPenilaianSnapshot {
  return {
    jenis,
    teks,
    penugasanDari: null,
    rhkAtasan: "Terlaksananya mutasi pegawai",
    indikator: [
      {
        aspek: "KUANTITAS",
        perspektif: null,
        teks: "Jumlah usulan diproses",
        targetMin: "12",
        targetMax: null,
        satuan: "Dokumen",
        targetNarasi: null,
        realisasi: { nilai: "10", narasi: "Dua usulan menunggu berkas", sumberData: "SIASN" },
        capaianPersen: 83.33,
      },
      {
        aspek: "WAKTU",
        perspektif: null,
        teks: "Lama proses per usulan",
        targetMin: "3",
        targetMax: "5",
        satuan: "Hari",
        targetNarasi: null,
        realisasi: null,
        capaianPersen: null,
      },
    ],
    buktiDukung: [{ nama: "Rekap usulan mutasi Januari-Maret", tautan: "https://drive.example.go.id/rekap-mutasi-triwulan-1.pdf" }],
    umpanBalik: { reaksi: "👍", teks: "Proses cepat dan rapi" },
  };
}
