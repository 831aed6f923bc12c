import type { Predikat, StatusSkp } from "@/lib/generated/prisma/enums";
import { awalMinggu, hariWajibIsi, tambahHari } from "./hari-kerja";
import { LABEL_PREDIKAT } from "./labels";
import { toIsoDate } from "./tanggal";
import { tugasAdmin, tugasAtasan } from "./tugas-peran";
import { labelHariLagi, selisihHari } from "./zona-waktu";

/**
 * "Tugas Anda": what each person must do next, drawn from facts the database counted. The same
 * list fills Beranda, the menu counts and the 07.00 digest, so all three always agree.
 */
export type PeranTugas = "pegawai" | "atasan" | "admin";

export type JenisTugas =
  | "SKP_BELUM_DIBUAT"
  | "SKP_DIKEMBALIKAN"
  | "SKP_MENUNGGU_PERSETUJUAN"
  | "PENGISIAN_BELUM_LENGKAP"
  | "PROGRES_HARIAN_KOSONG"
  | "PENILAIAN_FINAL"
  | "SKP_BAWAHAN_MENUNGGU"
  | "PENILAIAN_BAWAHAN"
  | "BAWAHAN_TANPA_SKP"
  | "PROGRES_BAWAHAN_MENUNGGU"
  | "CAPAIAN_ORGANISASI"
  | "PERMINTAAN_ATASAN"
  | "UNIT_TANPA_PIMPINAN"
  | "PEGAWAI_TANPA_ATASAN"
  | "SINKRON_GAGAL"
  | "TAHUN_TANPA_PERIODE";

export type Tugas = {
  /** Unique within one person's list (a kind may repeat, e.g. one per periode). */
  kunci: string;
  jenis: JenisTugas;
  peran: PeranTugas;
  judul: string;
  keterangan: string | null;
  /** The page where the task is done. */
  tautan: string;
  jumlah: number;
  /** "3 hari lagi" in the instansi's calendar, for a task with a deadline. */
  tenggat: string | null;
  /** Information only (nothing to do but wait or read): never counted in the menu. */
  informasi: boolean;
  /** The menu entry whose count this task adds to. */
  menu: string | null;
};

export type FaktaPegawai = {
  /** The open tahun of the instansi that SKP are written for now; null when none is open. */
  tahunTerbuka: number | null;
  skp: { id: string; status: StatusSkp; catatanKembali: string | null; dikembalikan: boolean } | null;
  pengisian: Array<{ skpId: string; periodeId: string; label: string; batasPengisian: Date; realisasiKosong: number; buktiKosong: number }>;
  /** Set when an approved SKP covers today, so Progres Harian can be written. */
  progresHarian: {
    skpMulai: Date;
    hariKerjaPerMinggu: number;
    terisi: string[];
    libur: string[];
    keterangan: string[];
  } | null;
  penilaianFinal: Array<{ skpId: string; periodeId: string; label: string; predikat: Predikat | null }>;
};

export type FaktaAtasan = {
  skpMenunggu: number;
  /** The calendar day (instansi zone) the longest-waiting SKP was submitted, as a UTC-midnight date like hariIni. */
  skpMenungguSejak: Date | null;
  penilaianBelumFinal: number;
  penilaianPeriode: { id: string; label: string } | null;
  bawahanTanpaSkp: number;
  progresMenunggu: number;
  capaianBelum: number;
  capaianPeriode: { id: string; label: string } | null;
};

export type FaktaAdmin = {
  permintaanMenunggu: number;
  unitTanpaPimpinan: number;
  pegawaiTanpaAtasan: number;
  sinkronGagal: { status: "GAGAL" | "SEBAGIAN"; gagal: number } | null;
  tahunTanpaPeriode: number[];
};

export type FaktaTugas = { hariIni: Date; pegawai: FaktaPegawai; atasan: FaktaAtasan | null; admin: FaktaAdmin | null };

/** A periode shows up this many days before its batas pengisian. */
export const JENDELA_BATAS_HARI = 14;
/** A final penilaian stays on Beranda this long, so the pegawai sees its predikat. */
export const JENDELA_PENILAIAN_FINAL_HARI = 14;

/** The list, pegawai tasks first, then atasan, then admin; within each, the order of the issue. */
export function daftarTugas(fakta: FaktaTugas): Tugas[] {
  return [
    ...tugasPegawai(fakta.pegawai, fakta.hariIni),
    ...(fakta.atasan ? tugasAtasan(fakta.atasan, fakta.hariIni) : []),
    ...(fakta.admin ? tugasAdmin(fakta.admin) : []),
  ];
}

/** What a menu badge says after its label, e.g. "SKP Bawahan, 3 menunggu". */
export const KATA_LENCANA: Record<string, string> = {
  "/skp-bawahan": "menunggu",
  "/penilaian-bawahan": "belum dinilai",
  "/progres-harian-bawahan": "menunggu verifikasi",
  "/capaian-organisasi": "belum ditetapkan",
  "/admin/permintaan-atasan": "menunggu",
  "/admin/unit-kerja": "tanpa pimpinan",
  "/admin/pegawai": "tanpa atasan",
  "/admin/sinkron": "gagal",
  "/admin/periode": "belum diatur",
};

/** The count of each menu entry: the tasks to act on, never the information. */
export function hitunganMenu(tugas: readonly Tugas[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tugas) if (t.menu && !t.informasi && t.jumlah > 0) out[t.menu] = (out[t.menu] ?? 0) + t.jumlah;
  return out;
}

/**
 * Working days of this week before today that the pegawai should have filled and did not:
 * not a holiday, not marked away, not before the SKP began, and no entry. Today is still open.
 */
export function hariProgresKosong(hariIni: Date, ph: NonNullable<FaktaPegawai["progresHarian"]>): string[] {
  const hari = toIsoDate(hariIni);
  const senin = awalMinggu(hari);
  if (senin === hari) return [];
  const mulai = toIsoDate(ph.skpMulai) > senin ? toIsoDate(ph.skpMulai) : senin;
  const kemarin = tambahHari(hari, -1);
  if (mulai > kemarin) return [];
  const terisi = new Set(ph.terisi);
  const keterangan = new Map(ph.keterangan.map((t) => [t, "CUTI" as const]));
  return hariWajibIsi(mulai, kemarin, { hariKerjaPerMinggu: ph.hariKerjaPerMinggu, libur: new Set(ph.libur), keterangan }).filter(
    (t) => !terisi.has(t),
  );
}

function tugasPegawai(f: FaktaPegawai, hariIni: Date): Tugas[] {
  const out: Tugas[] = [];
  const base = { peran: "pegawai" as const, menu: null, tenggat: null, keterangan: null, informasi: false, jumlah: 1 };
  if (f.tahunTerbuka !== null && !f.skp) {
    out.push({ ...base, kunci: "skp-belum", jenis: "SKP_BELUM_DIBUAT", judul: `Buat SKP ${f.tahunTerbuka}`, tautan: "/skp" });
  }
  if (f.skp?.status === "DRAFT" && f.skp.dikembalikan) {
    out.push({
      ...base,
      kunci: "skp-dikembalikan",
      jenis: "SKP_DIKEMBALIKAN",
      judul: "SKP dikembalikan atasan: perbaiki lalu ajukan lagi",
      keterangan: f.skp.catatanKembali ? `Catatan atasan: ${f.skp.catatanKembali}` : null,
      tautan: `/skp/${f.skp.id}`,
    });
  }
  if (f.skp?.status === "PENGAJUAN") {
    out.push({
      ...base,
      kunci: "skp-menunggu",
      jenis: "SKP_MENUNGGU_PERSETUJUAN",
      judul: "SKP Anda menunggu persetujuan atasan",
      tautan: `/skp/${f.skp.id}`,
      informasi: true,
    });
  }
  for (const p of [...f.pengisian].sort((a, b) => a.batasPengisian.getTime() - b.batasPengisian.getTime())) {
    const sisa = selisihHari(hariIni, p.batasPengisian);
    const kurang = p.realisasiKosong + p.buktiKosong;
    if (sisa < 0 || sisa > JENDELA_BATAS_HARI || kurang === 0) continue;
    out.push({
      ...base,
      kunci: `pengisian:${p.periodeId}`,
      jenis: "PENGISIAN_BELUM_LENGKAP",
      judul: `Lengkapi realisasi ${p.label}`,
      keterangan: rincianKurang(p.realisasiKosong, p.buktiKosong),
      tautan: `/penilaian/${p.skpId}/${p.periodeId}`,
      jumlah: kurang,
      tenggat: labelHariLagi(hariIni, p.batasPengisian),
    });
  }
  if (f.progresHarian) {
    const kosong = hariProgresKosong(hariIni, f.progresHarian);
    if (kosong.length > 0) {
      out.push({
        ...base,
        kunci: "progres-kosong",
        jenis: "PROGRES_HARIAN_KOSONG",
        judul: `Isi Progres Harian: ${kosong.length} hari kerja minggu ini masih kosong`,
        tautan: "/progres-harian",
        jumlah: kosong.length,
      });
    }
  }
  for (const p of f.penilaianFinal) {
    out.push({
      ...base,
      kunci: `penilaian-final:${p.periodeId}`,
      jenis: "PENILAIAN_FINAL",
      judul: `Penilaian ${p.label} sudah final`,
      keterangan: p.predikat ? `Predikat: ${LABEL_PREDIKAT[p.predikat]}` : null,
      tautan: `/penilaian/${p.skpId}/${p.periodeId}`,
      informasi: true,
    });
  }
  return out;
}

function rincianKurang(realisasi: number, bukti: number): string {
  const bagian = [realisasi > 0 ? `${realisasi} realisasi` : null, bukti > 0 ? `${bukti} bukti dukung` : null].filter(Boolean);
  return `${bagian.join(" dan ")} belum diisi`;
}
