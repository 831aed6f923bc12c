import { jamBertumpuk, formatJam, parseJam } from "./hari-kerja";
import { formatTanggal, fromIsoDate, parseIsoDate, toIsoDate } from "./tanggal";

/** Columns of the Progres Harian import, in template order; headers match loosely (case, spaces, `_`). */
export const KOLOM_IMPOR_PROGRES = [
  { key: "tanggal", judul: "Tanggal", wajib: true },
  { key: "jamMulai", judul: "Jam Mulai", wajib: true },
  { key: "jamSelesai", judul: "Jam Selesai", wajib: true },
  { key: "rencanaAksi", judul: "Rencana Aksi", wajib: true },
  { key: "kegiatan", judul: "Kegiatan", wajib: true },
  { key: "realisasi", judul: "Realisasi", wajib: true },
  { key: "satuan", judul: "Satuan", wajib: true },
  { key: "tautanBukti", judul: "Tautan Bukti", wajib: false },
  { key: "sumberData", judul: "Sumber Data", wajib: false },
] as const;

type Kunci = (typeof KOLOM_IMPOR_PROGRES)[number]["key"];

/** A rencana aksi of the pegawai's approved SKP, with the windows an entry must fall in. */
export type RencanaAksiImpor = {
  id: string;
  teks: string;
  skpId: string;
  skpAwal: string;
  skpAkhir: string;
  periodeAwal: string;
  periodeAkhir: string;
  /** Whether the periode still takes entries today (batas pengisian, or reopened by the admin). */
  pengisianTerbuka: boolean;
};

export type KonteksImpor = {
  hariIni: string;
  rencanaAksi: readonly RencanaAksiImpor[];
  /** Entries already saved, by date. */
  tercatat: readonly { tanggal: string; jamMulai: number; jamSelesai: number }[];
};

export type BarisProgres = {
  tanggal: string;
  jamMulai: number;
  jamSelesai: number;
  rencanaAksiId: string;
  skpId: string;
  kegiatan: string;
  realisasi: number;
  satuan: string;
  tautanBukti: string | null;
  sumberData: string | null;
};

export type GalatBaris = { baris: number; pesan: string[] };
export type HasilPeriksa = { ok: true; baris: BarisProgres[] } | { ok: false; pesanBerkas?: string; galat: GalatBaris[]; jumlahBaris: number };

const normal = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks every row of the table (header first) and returns either all rows, valid, or every problem. */
export function periksaTabelProgres(tabel: readonly string[][], k: KonteksImpor): HasilPeriksa {
  const [header = [], ...data] = tabel;
  const indeks = new Map<Kunci, number>();
  header.forEach((h, i) => {
    const kolom = KOLOM_IMPOR_PROGRES.find((c) => normal(c.judul) === normal(h));
    if (kolom && !indeks.has(kolom.key)) indeks.set(kolom.key, i);
  });
  const hilang = KOLOM_IMPOR_PROGRES.filter((c) => c.wajib && !indeks.has(c.key)).map((c) => c.judul);
  if (hilang.length > 0) return { ok: false, pesanBerkas: `Kolom ${hilang.join(", ")} tidak ditemukan pada baris judul. Pakai templat impor.`, galat: [], jumlahBaris: 0 };

  const galat: GalatBaris[] = [];
  const baris: { nomor: number; nilai: BarisProgres }[] = [];
  data.forEach((row, i) => {
    if (row.every((c) => c.trim() === "")) return;
    const sel = (key: Kunci) => (indeks.has(key) ? (row[indeks.get(key)!] ?? "").trim() : "");
    const { nilai, pesan } = periksaBaris(sel, k);
    if (nilai) {
      for (const { nomor, nilai: lain } of baris) {
        if (lain.tanggal === nilai.tanggal && jamBertumpuk(lain, nilai)) pesan.push(`Jam bertumpuk dengan baris ${nomor} (${formatJam(lain.jamMulai)}–${formatJam(lain.jamSelesai)}).`);
      }
      for (const ada of k.tercatat) {
        if (ada.tanggal === nilai.tanggal && jamBertumpuk(ada, nilai)) pesan.push(`Jam bertumpuk dengan kegiatan yang sudah tercatat pukul ${formatJam(ada.jamMulai)}–${formatJam(ada.jamSelesai)}.`);
      }
      baris.push({ nomor: i + 2, nilai });
    }
    if (pesan.length > 0) galat.push({ baris: i + 2, pesan });
  });
  if (baris.length === 0 && galat.length === 0) return { ok: false, pesanBerkas: "Berkas tidak berisi baris kegiatan. Isi mulai baris 2 di bawah judul kolom.", galat: [], jumlahBaris: 0 };
  if (galat.length > 0) return { ok: false, galat, jumlahBaris: data.filter((r) => r.some((c) => c.trim() !== "")).length };
  return { ok: true, baris: baris.map((b) => b.nilai) };
}

function periksaBaris(sel: (key: Kunci) => string, k: KonteksImpor): { nilai: BarisProgres | null; pesan: string[] } {
  const pesan: string[] = [];
  const tanggal = bacaTanggal(sel("tanggal"));
  if (!tanggal) pesan.push("Tanggal tidak valid; tulis seperti 2026-12-01 atau 01/12/2026.");
  else if (tanggal > k.hariIni) pesan.push(`Tanggal ${tgl(tanggal)} belum tiba; Progres Harian diisi untuk hari ini atau sebelumnya.`);
  const jamMulai = parseJam(sel("jamMulai"));
  const jamSelesai = parseJam(sel("jamSelesai"));
  if (jamMulai === null) pesan.push("Jam mulai tidak valid; tulis seperti 08.00.");
  if (jamSelesai === null) pesan.push("Jam selesai tidak valid; tulis seperti 16.00.");
  if (jamMulai !== null && jamSelesai !== null && jamSelesai <= jamMulai) pesan.push("Jam selesai harus setelah jam mulai.");

  const ra = cariRencanaAksi(sel("rencanaAksi"), tanggal, k, pesan);
  const kegiatan = sel("kegiatan");
  if (kegiatan.length < 3) pesan.push("Isi kegiatan.");
  else if (kegiatan.length > 1000) pesan.push("Kegiatan maksimal 1000 karakter.");
  const realisasiTeks = sel("realisasi");
  const realisasi = /^\d{1,6}$/.test(realisasiTeks) ? Number(realisasiTeks) : null;
  if (realisasi === null) pesan.push("Realisasi harus bilangan bulat 0 atau lebih.");
  const satuan = sel("satuan");
  if (satuan === "") pesan.push("Isi satuan, misalnya Dokumen.");
  else if (satuan.length > 50) pesan.push("Satuan maksimal 50 karakter.");
  const tautanBukti = sel("tautanBukti");
  if (tautanBukti && !/^https?:\/\/[^\s]+$/i.test(tautanBukti)) pesan.push("Tautan bukti harus diawali http:// atau https://.");
  const sumberData = sel("sumberData");
  if (sumberData.length > 200) pesan.push("Sumber data maksimal 200 karakter.");

  if (pesan.length > 0 || !tanggal || jamMulai === null || jamSelesai === null || !ra || realisasi === null) {
    const nilai = tanggal && jamMulai !== null && jamSelesai !== null && jamSelesai > jamMulai ? ({ tanggal, jamMulai, jamSelesai } as BarisProgres) : null;
    return { nilai, pesan };
  }
  return { nilai: { tanggal, jamMulai, jamSelesai, rencanaAksiId: ra.id, skpId: ra.skpId, kegiatan, realisasi, satuan, tautanBukti: tautanBukti || null, sumberData: sumberData || null }, pesan };
}

function cariRencanaAksi(teks: string, tanggal: string | null, k: KonteksImpor, pesan: string[]): RencanaAksiImpor | null {
  if (teks === "") {
    pesan.push("Isi rencana aksi, sama persis dengan rencana aksi di SKP Anda.");
    return null;
  }
  const calon = UUID.test(teks) ? k.rencanaAksi.filter((r) => r.id === teks.toLowerCase()) : k.rencanaAksi.filter((r) => r.teks.trim().toLowerCase() === teks.toLowerCase());
  if (calon.length === 0) {
    pesan.push(`Rencana aksi “${teks.slice(0, 80)}” tidak ada di SKP Anda yang sudah disetujui.`);
    return null;
  }
  if (!tanggal) return null;
  const dalamSkp = calon.filter((r) => r.skpAwal <= tanggal && tanggal <= r.skpAkhir);
  if (dalamSkp.length === 0) {
    pesan.push(`Tanggal ${tgl(tanggal)} di luar periode SKP (${tgl(calon[0]!.skpAwal)} – ${tgl(calon[0]!.skpAkhir)}).`);
    return null;
  }
  const ra = dalamSkp.find((r) => r.periodeAwal <= tanggal && tanggal <= r.periodeAkhir);
  if (!ra) {
    pesan.push(`Tanggal ${tgl(tanggal)} di luar periode rencana aksi ini (${tgl(dalamSkp[0]!.periodeAwal)} – ${tgl(dalamSkp[0]!.periodeAkhir)}).`);
    return null;
  }
  if (!ra.pengisianTerbuka) {
    pesan.push(`Batas pengisian periode ${tgl(ra.periodeAwal)} – ${tgl(ra.periodeAkhir)} sudah lewat. Minta admin instansi membuka kembali pengisian.`);
    return null;
  }
  return ra;
}

/** The dates the table's rows name (readable ones only), to load the entries already saved on them. */
export function tanggalDalamTabel(tabel: readonly string[][]): string[] {
  const [header = [], ...data] = tabel;
  const kolom = header.findIndex((h) => normal(h) === "tanggal");
  if (kolom < 0) return [];
  return [...new Set(data.flatMap((row) => bacaTanggal((row[kolom] ?? "").trim()) ?? []))];
}

function bacaTanggal(teks: string): string | null {
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(teks);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : teks;
  const date = parseIsoDate(iso);
  return date ? toIsoDate(date) : null;
}

const tgl = (iso: string) => formatTanggal(fromIsoDate(iso));
