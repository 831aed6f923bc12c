import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { tambahHari } from "@/lib/domain/hari-kerja";
import { hariMinggu, keadaanHari } from "@/lib/domain/progres-harian-verifikasi";
import { namaDenganGelar } from "@/lib/domain/skp-snapshot";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { entriBawahanWhere } from "@/lib/server/progres-harian/lingkup-bawahan";
import { kalenderMinggu } from "@/lib/server/progres-harian/kalender-minggu";
import { ENTRI_PROGRES_SELECT } from "@/lib/server/progres-harian/entri-select";

/**
 * One bawahan's week for their atasan: every entry the actor may verify, grouped by day, with
 * the days still empty. Someone who is not the actor's bawahan is NotFound (their name is not
 * the actor's to learn). Four statements.
 */
export async function getProgresHarianBawahanMinggu(actor: Actor, pegawaiId: string, senin: string, hariIni: string) {
  const akhir = tambahHari(senin, 6);
  const rentang = { gte: fromIsoDate(senin), lte: fromIsoDate(akhir) };
  const [pegawai, entri, kalender, keterangan] = await Promise.all([
    db.pegawai.findFirst({
      where: {
        id: pegawaiId,
        instansiId: actor.instansiId,
        NOT: { id: actor.id },
        OR: [{ atasanId: actor.id, aktif: true }, { skp: { some: { penilaiId: actor.id, status: "PERSETUJUAN" } } }],
      },
      select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, nip: true, jabatan: true },
    }),
    db.progresHarian.findMany({
      where: { AND: [entriBawahanWhere(actor), { pegawaiId, tanggal: rentang }] },
      orderBy: [{ tanggal: "asc" }, { jamMulai: "asc" }],
      select: { ...ENTRI_PROGRES_SELECT, rencanaAksi: { select: { teks: true, rhk: { select: { teks: true } } } } },
    }),
    kalenderMinggu(actor.instansiId, senin),
    db.keteranganHari.findMany({ where: { pegawaiId, tanggal: rentang }, select: { tanggal: true, jenis: true } }),
  ]);
  if (!pegawai) throw new NotFoundError("Pegawai ini bukan bawahan Anda.");

  const ket = new Map(keterangan.map((k) => [toIsoDate(k.tanggal), k.jenis]));
  // A Sunday (or a Saturday of a five-day instansi) is no working day, but work written on it still shows.
  const tanggal = [...new Set([...hariMinggu(senin, kalender.hariKerjaPerMinggu), ...entri.map((e) => toIsoDate(e.tanggal))])].sort();
  const hari = tanggal.map((t) => {
    const items = entri.filter((e) => toIsoDate(e.tanggal) === t).map(({ rencanaAksi, ...e }) => ({ ...e, rencanaAksi: rencanaAksi.teks, rhk: rencanaAksi.rhk.teks }));
    const menit = items.reduce((n, e) => n + e.jamSelesai - e.jamMulai, 0);
    return { tanggal: t, menit, keadaan: keadaanHari(t, menit, { ...kalender, keterangan: ket }, hariIni), keterangan: ket.get(t) ?? null, libur: kalender.namaLibur[t] ?? null, entri: items };
  });
  return {
    pegawai: { id: pegawai.id, nama: namaDenganGelar(pegawai), nip: pegawai.nip, jabatan: pegawai.jabatan },
    senin,
    hariKerjaPerMinggu: kalender.hariKerjaPerMinggu === 6 ? 6 : 5,
    hari,
    menunggu: entri.filter((e) => e.status === "MENUNGGU").length,
  };
}

export type ProgresHarianBawahanMinggu = Awaited<ReturnType<typeof getProgresHarianBawahanMinggu>>;
export type EntriBawahan = ProgresHarianBawahanMinggu["hari"][number]["entri"][number];
