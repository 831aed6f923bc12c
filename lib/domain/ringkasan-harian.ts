import type { JenisNotifikasi, SaluranNotifikasi } from "@/lib/generated/prisma/enums";
import { JENIS_NOTIFIKASI, saluranUntuk } from "./notifikasi";
import type { Tugas } from "./tugas";

/**
 * The 07.00 digest: one email a day to a person who routes at least one kind of notification
 * to it, listing today's tasks (the same "Tugas Anda" as Beranda) and the notifications of
 * those kinds since the previous digest.
 */
export const SEMUA_JENIS = Object.keys(JENIS_NOTIFIKASI) as JenisNotifikasi[];

/** Kinds that go to the digest for someone who never chose otherwise. */
export const JENIS_RINGKASAN_BAWAAN = SEMUA_JENIS.filter((j) => JENIS_NOTIFIKASI[j].saluranBawaan === "RINGKASAN_HARIAN");

/** The local hour the digest goes at, in each instansi's own zone. */
export const JAM_RINGKASAN = 7;

/** The once-a-day key in PengingatTerkirim: a second run the same day finds it and sends nothing. */
export function kunciRingkasan(tanggalIso: string): string {
  return `ringkasan:${tanggalIso}`;
}

/** The kinds this person reads in the digest; none means they get no digest at all. */
export function jenisRingkasanUntuk(pilihan: ReadonlyMap<JenisNotifikasi, SaluranNotifikasi>): JenisNotifikasi[] {
  return SEMUA_JENIS.filter((j) => saluranUntuk(j, pilihan) === "RINGKASAN_HARIAN");
}

/** Today's tasks for the digest: what to act on; information (an SKP waiting, a predikat) stays on Beranda. */
export function tugasUntukRingkasan(tugas: readonly Tugas[]): Tugas[] {
  return tugas.filter((t) => !t.informasi);
}

export type IsiRingkasan = {
  nama: string;
  /** "1 Desember 2026". */
  tanggal: string;
  tugas: Array<{ judul: string; keterangan: string | null; tenggat: string | null; tautan: string }>;
  notifikasi: Array<{ judul: string; isi: string; tautan: string }>;
  /** One link per digest kind, each turning that kind off (lib/server/notifikasi). */
  berhenti: Array<{ label: string; tautan: string }>;
};

/** Nothing to do and nothing new: no email. */
export function adaIsi(isi: Pick<IsiRingkasan, "tugas" | "notifikasi">): boolean {
  return isi.tugas.length > 0 || isi.notifikasi.length > 0;
}

export type EmailRingkasan = { subject: string; text: string; html: string };

/** The email itself, text and HTML. Every link is absolute (built by the caller from APP_URL). */
export function susunEmailRingkasan(isi: IsiRingkasan): EmailRingkasan {
  const subject = `Ringkasan e-Kinerja ${isi.tanggal}: ${ringkas(isi)}`;
  const baris = (judul: string, ket: Array<string | null>, tautan: string) => {
    const tambahan = ket.filter(Boolean).join(" · ");
    return `- ${judul}${tambahan ? ` (${tambahan})` : ""}\n  ${tautan}`;
  };
  const text = [
    `Yth. ${isi.nama},`,
    "",
    ...(isi.tugas.length > 0 ? ["Tugas Anda hari ini:", ...isi.tugas.map((t) => baris(t.judul, [t.tenggat, t.keterangan], t.tautan)), ""] : []),
    ...(isi.notifikasi.length > 0
      ? ["Notifikasi sejak ringkasan sebelumnya:", ...isi.notifikasi.map((n) => baris(n.judul, [n.isi || null], n.tautan)), ""]
      : []),
    "Anda menerima email ini karena memilih ringkasan harian untuk notifikasi berikut. Untuk berhenti:",
    ...isi.berhenti.map((b) => `- ${b.label}: ${b.tautan}`),
  ].join("\n");
  const li = (judul: string, ket: Array<string | null>, tautan: string) => {
    const tambahan = ket.filter(Boolean).map((k) => escapeHtml(k!)).join(" · ");
    return `<li><a href="${escapeHtml(tautan)}">${escapeHtml(judul)}</a>${tambahan ? ` <span>(${tambahan})</span>` : ""}</li>`;
  };
  const html = [
    `<p>Yth. ${escapeHtml(isi.nama)},</p>`,
    ...(isi.tugas.length > 0 ? ["<h2>Tugas Anda hari ini</h2>", `<ul>${isi.tugas.map((t) => li(t.judul, [t.tenggat, t.keterangan], t.tautan)).join("")}</ul>`] : []),
    ...(isi.notifikasi.length > 0
      ? ["<h2>Notifikasi sejak ringkasan sebelumnya</h2>", `<ul>${isi.notifikasi.map((n) => li(n.judul, [n.isi || null], n.tautan)).join("")}</ul>`]
      : []),
    "<p>Anda menerima email ini karena memilih ringkasan harian untuk notifikasi berikut. Untuk berhenti:</p>",
    `<ul>${isi.berhenti.map((b) => `<li><a href="${escapeHtml(b.tautan)}">Berhenti: ${escapeHtml(b.label)}</a></li>`).join("")}</ul>`,
  ].join("\n");
  return { subject, text, html };
}

function ringkas(isi: IsiRingkasan): string {
  const bagian = [
    isi.tugas.length > 0 ? `${isi.tugas.length} tugas` : null,
    isi.notifikasi.length > 0 ? `${isi.notifikasi.length} notifikasi` : null,
  ].filter(Boolean);
  return bagian.join(", ");
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
