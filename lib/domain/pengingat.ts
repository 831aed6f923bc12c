import { hariDalamMinggu, hariWajibIsi, tambahHari, type KalenderKerja } from "./hari-kerja";
import { formatTanggal, fromIsoDate, toIsoDate } from "./tanggal";
import { formatWaktuDi, hariIniDi, jamDi, labelHariLagi, selisihHari, ZONA_WAKTU, type ZonaWaktu } from "./zona-waktu";

/**
 * Scheduled reminders (pengingat). Each runs every hour (UTC) and serves the instansi whose
 * own clock shows its hour, so a WITA instansi hears at its 08.00, not at WIB's. The key of an
 * occasion (`kunci…`) is stored per recipient in PengingatTerkirim: one reminder per person per
 * occasion, however many workers run or restart.
 */

/** Batas pengisian and SKP waiting: first thing in the working day. */
export const JAM_PENGINGAT_PAGI = 8;
/** Progres Harian: Friday afternoon, while the week can still be filled in. */
export const JAM_PENGINGAT_PROGRES = 15;
const JUMAT = 5;

/** Days before a batas pengisian on which the pegawai is reminded. */
export const HARI_SEBELUM_BATAS = [7, 3, 1] as const;

/** An atasan is reminded of an SKP that has waited longer than this for a decision. */
export const BATAS_TUNGGU_SKP_HARI = 3;
const SEHARI_MS = 86_400_000;

/** The zones whose local clock reads `jam` (and, when given, that weekday: 0 = Minggu). */
export function zonaPadaJam(now: Date, jam: number, hariDalamMinggu?: number): ZonaWaktu[] {
  return ZONA_WAKTU.filter((zona) => {
    const lokal = jamDi(zona, now);
    return lokal.jam === jam && (hariDalamMinggu === undefined || lokal.hariDalamMinggu === hariDalamMinggu);
  });
}

/** Zones where the batas pengisian and SKP waiting reminders go out at `now`, each with its today. */
export function zonaPengingatPagi(now: Date): Array<{ zona: ZonaWaktu; hariIni: Date }> {
  return zonaPadaJam(now, JAM_PENGINGAT_PAGI).map((zona) => ({ zona, hariIni: hariIniDi(zona, now) }));
}

/** Zones where it is Friday 15.00 at `now`, each with its today. */
export function zonaPengingatProgres(now: Date): Array<{ zona: ZonaWaktu; hariIni: Date }> {
  return zonaPadaJam(now, JAM_PENGINGAT_PROGRES, JUMAT).map((zona) => ({ zona, hariIni: hariIniDi(zona, now) }));
}

// ---------------------------------------------------------------- batas pengisian

/** The deadlines a reminder is due for today: today + 7, + 3 and + 1 (ISO dates). */
export function tenggatDiingatkan(hariIni: Date): string[] {
  return HARI_SEBELUM_BATAS.map((n) => tambahHari(toIsoDate(hariIni), n));
}

/** 7, 3 or 1 when today is H-7, H-3 or H-1 of the deadline; null on any other day. */
export function hMinus(hariIni: Date, tenggat: Date): number | null {
  const n = selisihHari(hariIni, tenggat);
  return (HARI_SEBELUM_BATAS as readonly number[]).includes(n) ? n : null;
}

/**
 * The occasion of a batas reminder. A pegawai whose pengisian the admin reopened past the batas
 * is reminded against their own date instead (`dibukaHingga`), with its own key, so reopening
 * again to a later date brings its own H-7, H-3 and H-1.
 */
export function kunciPengingatBatas(periodeId: string, n: number, dibukaHingga: Date | null): string {
  return dibukaHingga ? `batas:${periodeId}:dibuka-${toIsoDate(dibukaHingga)}:H-${n}` : `batas:${periodeId}:H-${n}`;
}

/** "Batas pengisian Triwulan IV 2026: 3 hari lagi (10 Januari 2027)". */
export function judulPengingatBatas(periode: string, hariIni: Date, tenggat: Date): string {
  return `Batas pengisian ${periode}: ${labelHariLagi(hariIni, tenggat)} (${formatTanggal(tenggat)})`;
}

export function isiPengingatBatas(kosong: number, total: number, dibukaKembali: boolean): string {
  const awal = dibukaKembali ? "Admin instansi membuka kembali pengisian untuk Anda. " : "";
  return `${awal}Realisasi ${kosong} dari ${total} indikator SKP Anda belum diisi. Lengkapi realisasi dan bukti dukungnya sebelum batas pengisian.`;
}

// ---------------------------------------------------------------- progres harian

/** ISO 8601 week of a date: `2026-W49` (the week belongs to the year of its Thursday). */
export function mingguIso(tanggal: string): string {
  const kamis = fromIsoDate(tambahHari(tanggal, 4 - hariDalamMinggu(tanggal)));
  const tahun = kamis.getUTCFullYear();
  const minggu = Math.floor((kamis.getTime() - Date.UTC(tahun, 0, 1)) / SEHARI_MS / 7) + 1;
  return `${tahun}-W${String(minggu).padStart(2, "0")}`;
}

export function kunciPengingatProgres(tanggal: string): string {
  return `progres:${mingguIso(tanggal)}`;
}

/**
 * The working days of this week up to today that the pegawai left without an entry: not a
 * holiday, not marked away (cuti, sakit …), inside one of their approved SKP, and no entry.
 * Saturday in a six-day week has not come yet on Friday afternoon, so it is not counted.
 */
export function hariKosongMinggu(
  hariIni: string,
  kalender: KalenderKerja,
  terisi: ReadonlySet<string>,
  cakupanSkp: ReadonlyArray<{ awal: string; akhir: string }>,
): string[] {
  const senin = tambahHari(hariIni, 1 - hariDalamMinggu(hariIni));
  return hariWajibIsi(senin, hariIni, kalender).filter((t) => !terisi.has(t) && cakupanSkp.some((c) => c.awal <= t && t <= c.akhir));
}

const NAMA_HARI = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;

/** "Senin, 30 November 2026". */
function hariTanggal(tanggal: string): string {
  const d = fromIsoDate(tanggal);
  return `${NAMA_HARI[d.getUTCDay()]}, ${formatTanggal(d)}`;
}

export function judulPengingatProgres(jumlahKosong: number): string {
  return `Progres Harian minggu ini: ${jumlahKosong} hari kerja belum diisi`;
}

export function isiPengingatProgres(kosong: readonly string[]): string {
  return `Belum ada entri pada ${daftarKalimat(kosong.map(hariTanggal))}. Isi sebelum akhir pekan agar atasan Anda dapat memverifikasinya.`;
}

// ---------------------------------------------------------------- SKP menunggu keputusan

/** Submitted before this moment means waiting longer than BATAS_TUNGGU_SKP_HARI days at `now`. */
export function diajukanSebelum(now: Date): Date {
  return new Date(now.getTime() - BATAS_TUNGGU_SKP_HARI * SEHARI_MS);
}

export function menungguTerlaluLama(diajukanPada: Date, now: Date): boolean {
  return diajukanPada.getTime() < diajukanSebelum(now).getTime();
}

/** One reminder per submission: a returned SKP submitted again is a new occasion. */
export function kunciPengingatSkpMenunggu(skpId: string, diajukanPada: Date): string {
  return `skp-menunggu:${skpId}:${diajukanPada.toISOString()}`;
}

/** "SKP Ahmad Fauzi sudah 4 hari menunggu keputusan Anda" (whole days since it was submitted). */
export function judulPengingatSkpMenunggu(namaPegawai: string, diajukanPada: Date, now: Date): string {
  return `SKP ${namaPegawai} sudah ${Math.floor((now.getTime() - diajukanPada.getTime()) / SEHARI_MS)} hari menunggu keputusan Anda`;
}

export function isiPengingatSkpMenunggu(zona: ZonaWaktu, diajukanPada: Date): string {
  return `Diajukan ${formatWaktuDi(zona, diajukanPada)}. Setujui SKP itu, atau kembalikan dengan catatan agar bawahan Anda dapat memperbaikinya.`;
}

/** "a", "a dan b", "a, b dan c". */
function daftarKalimat(bagian: readonly string[]): string {
  return bagian.length <= 1 ? (bagian[0] ?? "") : `${bagian.slice(0, -1).join(", ")} dan ${bagian[bagian.length - 1]}`;
}
