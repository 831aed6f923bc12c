import "server-only";
import { pilihTahun } from "@/lib/domain/review-bawahan";
import { namaDenganGelar } from "@/lib/domain/skp-snapshot";
import type { JenisRhk, StatusSkp } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

export type RhkIntervensi = {
  id: string;
  teks: string;
  jenis: JenisRhk;
  pegawai: { id: string; nama: string; nip: string };
  skp: { id: string; status: StatusSkp; sayaPenilai: boolean };
};

export type MatriksPeranHasil = {
  tahun: number | null;
  tahunTersedia: number[];
  /** The atasan's own SKP of the year (usually one; two after a mid-year mutasi). */
  skp: {
    id: string;
    status: StatusSkp;
    periodeAwal: Date;
    periodeAkhir: Date;
    rhk: { id: string; jenis: JenisRhk; teks: string; intervensi: RhkIntervensi[] }[];
  }[];
  /** Bawahan with no RHK that intervenes any of the atasan's RHK of the year, and why. */
  belumMengintervensi: { id: string; nama: string; nip: string; jabatan: string; skpTahunIni: { id: string; status: StatusSkp } | null }[];
};

/**
 * Matriks Peran Hasil: each of the atasan's RHK with the bawahan RHK that intervene it, and
 * the bawahan who do not intervene any yet. Three queries whatever the size of the unit.
 */
export async function getMatriksPeranHasil(actor: Actor, options: { tahun?: number } = {}): Promise<MatriksPeranHasil> {
  const tahunRows = await db.tahun.findMany({
    where: { instansiId: actor.instansiId },
    orderBy: { tahun: "desc" },
    select: { id: true, tahun: true },
  });
  const tahun = pilihTahun(tahunRows.map((t) => t.tahun), options.tahun, new Date());
  const tahunId = tahunRows.find((t) => t.tahun === tahun)?.id;
  const base = { tahun, tahunTersedia: tahunRows.map((t) => t.tahun) };
  if (!tahunId) return { ...base, skp: [], belumMengintervensi: [] };

  const skpRows = await db.skp.findMany({
    where: { pegawaiId: actor.id, tahunId },
    orderBy: { periodeAwal: "asc" },
    select: {
      id: true,
      status: true,
      periodeAwal: true,
      periodeAkhir: true,
      rhk: {
        orderBy: [{ jenis: "asc" }, { urutan: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          jenis: true,
          teks: true,
          intervensi: {
            orderBy: [{ skp: { pegawai: { nama: "asc" } } }, { urutan: "asc" }],
            select: {
              id: true,
              teks: true,
              jenis: true,
              skp: {
                select: {
                  id: true,
                  status: true,
                  penilaiId: true,
                  pegawai: { select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, nip: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const skpIds = skpRows.map((s) => s.id);

  const belum = skpIds.length
    ? await db.pegawai.findMany({
        where: {
          atasanId: actor.id,
          aktif: true,
          instansiId: actor.instansiId,
          skp: { none: { rhk: { some: { parentRhk: { skpId: { in: skpIds } } } } } },
        },
        orderBy: { nama: "asc" },
        select: {
          id: true,
          nama: true,
          gelarDepan: true,
          gelarBelakang: true,
          nip: true,
          jabatan: true,
          skp: { where: { tahunId }, orderBy: { periodeAwal: "desc" }, take: 1, select: { id: true, status: true } },
        },
      })
    : [];

  return {
    ...base,
    skp: skpRows.map((s) => ({
      id: s.id,
      status: s.status,
      periodeAwal: s.periodeAwal,
      periodeAkhir: s.periodeAkhir,
      rhk: s.rhk.map((r) => ({
        id: r.id,
        jenis: r.jenis,
        teks: r.teks,
        intervensi: r.intervensi.map((i) => ({
          id: i.id,
          teks: i.teks,
          jenis: i.jenis,
          pegawai: { id: i.skp.pegawai.id, nama: namaDenganGelar(i.skp.pegawai), nip: i.skp.pegawai.nip },
          skp: { id: i.skp.id, status: i.skp.status, sayaPenilai: i.skp.penilaiId === actor.id },
        })),
      })),
    })),
    belumMengintervensi: belum.map((p) => ({
      id: p.id,
      nama: namaDenganGelar(p),
      nip: p.nip,
      jabatan: p.jabatan,
      skpTahunIni: p.skp[0] ?? null,
    })),
  };
}
