import type { JenisNotifikasi } from "@/lib/generated/prisma/enums";
import { formatTanggal, fromIsoDate } from "./tanggal";

/**
 * What each event says, in one place: a judul that names the person or year so the list reads
 * on its own, and the in-app page where the thing is seen or done. Pure, so the wording is
 * tested without a database and the actions stay short.
 */
export type PesanNotifikasi = { jenis: JenisNotifikasi; judul: string; isi: string; tautan: string };

type Skp = { skpId: string; tahun: number };

export function pesanSkpDiajukan(p: Skp & { namaPegawai: string }): PesanNotifikasi {
  return { jenis: "SKP_DIAJUKAN", judul: `${p.namaPegawai} mengajukan SKP ${p.tahun}`, isi: "Periksa lalu setujui atau kembalikan dengan catatan.", tautan: `/skp-bawahan/${p.skpId}` };
}

export function pesanSkpDikembalikan(p: Skp & { namaPenilai: string; catatan: string }): PesanNotifikasi {
  return { jenis: "SKP_DIKEMBALIKAN", judul: `SKP ${p.tahun} Anda dikembalikan oleh ${p.namaPenilai}`, isi: `Catatan: ${p.catatan}`, tautan: `/skp/${p.skpId}` };
}

export function pesanSkpDisetujui(p: Skp & { namaPenilai: string }): PesanNotifikasi {
  return { jenis: "SKP_DISETUJUI", judul: `SKP ${p.tahun} Anda disetujui oleh ${p.namaPenilai}`, isi: "", tautan: `/skp/${p.skpId}` };
}

export function pesanPenilaianFinal(p: Skp & { periodeId: string; periode: string; predikat: string }): PesanNotifikasi {
  return {
    jenis: "PENILAIAN_FINAL",
    judul: `Penilaian ${p.periode} ${p.tahun} Anda sudah final`,
    isi: `Predikat: ${p.predikat}.`,
    tautan: `/penilaian/${p.skpId}/${p.periodeId}`,
  };
}

/** One per pegawai per verification, however many entries: the earliest day is where to start. */
export function pesanProgresPerluPerbaikan(p: { tanggal: readonly string[]; catatan: string }): PesanNotifikasi {
  const hari = [...new Set(p.tanggal)].sort();
  const pertama = hari[0]!;
  const jumlah = p.tanggal.length === 1 ? "1 kegiatan" : `${p.tanggal.length} kegiatan`;
  const kapan = hari.length === 1 ? formatTanggal(fromIsoDate(pertama)) : `${formatTanggal(fromIsoDate(pertama))} – ${formatTanggal(fromIsoDate(hari.at(-1)!))}`;
  return {
    jenis: "PROGRES_PERLU_PERBAIKAN",
    judul: `${jumlah} Progres Harian ${kapan} perlu perbaikan`,
    isi: p.catatan ? `Catatan atasan: ${p.catatan}` : "",
    tautan: `/progres-harian?tampilan=hari&tanggal=${pertama}`,
  };
}

export function pesanPermintaanAtasan(p: { disetujui: boolean; namaAtasanDiusulkan: string; catatan: string | null }): PesanNotifikasi {
  return {
    jenis: "PERMINTAAN_ATASAN_DIPUTUSKAN",
    judul: p.disetujui
      ? `Permintaan atasan disetujui: atasan Anda sekarang ${p.namaAtasanDiusulkan}`
      : `Permintaan atasan ${p.namaAtasanDiusulkan} ditolak`,
    isi: p.catatan ? `Catatan admin: ${p.catatan}` : "",
    tautan: "/profil",
  };
}

/** To a pegawai whose atasan (or penilai, for a PLT/PLH) changed, saying why. */
export function pesanAtasanAnda(p: { namaAtasanBaru: string | null; sebab: string }): PesanNotifikasi {
  return {
    jenis: "ATASAN_BERUBAH",
    judul: p.namaAtasanBaru ? `Atasan Anda sekarang ${p.namaAtasanBaru}` : "Anda tidak lagi memiliki atasan",
    isi: p.sebab,
    tautan: "/profil",
  };
}

/** To an atasan who gained or lost bawahan by someone else's change. */
export function pesanBawahanAnda(p: { masuk: number; keluar: number; sebab: string }): PesanNotifikasi {
  const bagian = [p.masuk > 0 ? `${p.masuk} pegawai menjadi bawahan Anda` : null, p.keluar > 0 ? `${p.keluar} pegawai tidak lagi bawahan Anda` : null];
  return { jenis: "ATASAN_BERUBAH", judul: bagian.filter(Boolean).join("; "), isi: p.sebab, tautan: "/bawahan" };
}

/** A choice of "Belum dibaca" in the list's filter. */
export const FILTER_NOTIFIKASI = ["semua", "belum"] as const;
export type FilterNotifikasi = (typeof FILTER_NOTIFIKASI)[number];

/** The bell shows at most two digits; the count it is given is capped at 100 by getActor. */
export function labelJumlahBelumDibaca(n: number): string {
  return n > 99 ? "99+" : String(n);
}

export type PerubahanAtasan = { pegawaiId: string; lama: string | null; baru: string | null };

/**
 * Everyone a change of atasan concerns: each pegawai whose atasan moved, and each old and new
 * atasan (one notification with the counts, not one per bawahan), except the person who made
 * the change, who has just seen it on screen.
 */
export function pesanPerubahanAtasan(
  perubahan: readonly PerubahanAtasan[],
  namaOf: (id: string) => string,
  sebab: string,
  aktorId: string,
): Array<PesanNotifikasi & { penerimaId: string }> {
  const hasil: Array<PesanNotifikasi & { penerimaId: string }> = [];
  const atasan = new Map<string, { masuk: number; keluar: number }>();
  const hitung = (id: string | null, arah: "masuk" | "keluar") => {
    if (!id || id === aktorId) return;
    const c = atasan.get(id) ?? { masuk: 0, keluar: 0 };
    c[arah] += 1;
    atasan.set(id, c);
  };
  for (const p of perubahan) {
    if (p.lama === p.baru) continue;
    if (p.pegawaiId !== aktorId) hasil.push({ penerimaId: p.pegawaiId, ...pesanAtasanAnda({ namaAtasanBaru: p.baru ? namaOf(p.baru) : null, sebab }) });
    hitung(p.baru, "masuk");
    hitung(p.lama, "keluar");
  }
  for (const [id, c] of atasan) hasil.push({ penerimaId: id, ...pesanBawahanAnda({ ...c, sebab }) });
  return hasil;
}
