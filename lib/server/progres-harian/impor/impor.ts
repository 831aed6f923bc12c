import "server-only";
import { periksaTabelProgres, tanggalDalamTabel, type GalatBaris, type KonteksImpor } from "@/lib/domain/impor-progres";
import { isStatusTerbuka, statusPengisian } from "@/lib/domain/pelaksanaan-pengisian";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { indikatorBawaan } from "@/lib/domain/progres-harian";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import { DomainError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit";

// The rows also carry the indikator each one counts towards, which the checks do not need.
type KonteksImporDb = Omit<KonteksImpor, "rencanaAksi"> & {
  rencanaAksi: Array<KonteksImpor["rencanaAksi"][number] & { indikatorId: string | null }>;
};

export type LaporanImporProgres = { siap: number; galat: GalatBaris[]; pesanBerkas: string | null };
export type HasilImporProgres = { diimpor: number };

/** Dry run: every problem of every row, against the actor's own approved SKP and saved entries. */
export async function periksaImporProgres(tx: Tx, actor: Actor, tabel: string[][]): Promise<LaporanImporProgres> {
  const hasil = periksaTabelProgres(tabel, await konteks(tx, actor, tabel));
  return hasil.ok ? { siap: hasil.baris.length, galat: [], pesanBerkas: null } : { siap: 0, galat: hasil.galat, pesanBerkas: hasil.pesanBerkas ?? null };
}

/** Saves every row or none: a single bad row refuses the whole file. */
export async function terapkanImporProgres(tx: Tx, actor: Actor, namaBerkas: string, tabel: string[][]): Promise<HasilImporProgres> {
  const ctx = await konteks(tx, actor, tabel);
  const hasil = periksaTabelProgres(tabel, ctx);
  if (!hasil.ok) {
    throw new DomainError(hasil.pesanBerkas ?? `${hasil.galat.length} baris belum benar. Periksa berkas dahulu, perbaiki, lalu impor lagi; belum ada yang disimpan.`);
  }
  const indikator = new Map(ctx.rencanaAksi.map((r) => [r.id, r.indikatorId]));
  await tx.progresHarian.createMany({
    data: hasil.baris.map((b) => ({ ...b, indikatorId: indikator.get(b.rencanaAksiId) ?? null, pegawaiId: actor.id, tanggal: fromIsoDate(b.tanggal) })),
  });
  await writeAudit(tx, actor, { aksi: "IMPOR_PROGRES_HARIAN", entitas: "Pegawai", entitasId: actor.id, data: { namaBerkas, jumlah: hasil.baris.length } });
  return { diimpor: hasil.baris.length };
}

/** Two statements: the rencana aksi of the actor's approved SKP (with their periode and penilaian), and the entries on the file's dates. */
async function konteks(tx: Tx, actor: Actor, tabel: string[][]): Promise<KonteksImporDb> {
  const hariIni = hariIniDi(actor.zonaWaktu, new Date());
  const tanggal = tanggalDalamTabel(tabel).map(fromIsoDate);
  const [rencanaAksi, tercatat] = await Promise.all([
    tx.rencanaAksi.findMany({
      where: { rhk: { skp: { pegawaiId: actor.id, status: "PERSETUJUAN" } } },
      select: {
        id: true,
        teks: true,
        periodeId: true,
        periode: { select: { awal: true, akhir: true, batasPengisian: true } },
        rhk: { select: { indikator: { orderBy: { urutan: "asc" }, select: { id: true, aspek: true } }, skp: { select: { id: true, periodeAwal: true, periodeAkhir: true, penilaian: { select: { periodeId: true, status: true, pengisianDibukaHingga: true } } } } } },
      },
    }),
    tanggal.length === 0
      ? Promise.resolve([])
      : tx.progresHarian.findMany({ where: { pegawaiId: actor.id, tanggal: { in: tanggal } }, select: { tanggal: true, jamMulai: true, jamSelesai: true } }),
  ]);
  return {
    hariIni: toIsoDate(hariIni),
    rencanaAksi: rencanaAksi.map((r) => {
      const skp = r.rhk.skp;
      const penilaian = skp.penilaian.find((p) => p.periodeId === r.periodeId) ?? null;
      return {
        id: r.id,
        teks: r.teks,
        indikatorId: indikatorBawaan(r.rhk.indikator),
        skpId: skp.id,
        skpAwal: toIsoDate(skp.periodeAwal),
        skpAkhir: toIsoDate(skp.periodeAkhir),
        periodeAwal: toIsoDate(r.periode.awal),
        periodeAkhir: toIsoDate(r.periode.akhir),
        pengisianTerbuka: isStatusTerbuka(statusPengisian(r.periode, hariIni, penilaian)),
      };
    }),
    tercatat: tercatat.map((t) => ({ ...t, tanggal: toIsoDate(t.tanggal) })),
  };
}
