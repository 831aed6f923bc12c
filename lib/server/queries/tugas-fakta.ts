import "server-only";
import { tambahHari, awalMinggu } from "@/lib/domain/hari-kerja";
import { periodeLabel } from "@/lib/domain/periode";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import { hariIniDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import { isPengembalian } from "@/lib/domain/skp-status-tampil";
import { JENDELA_BATAS_HARI, JENDELA_PENILAIAN_FINAL_HARI, type FaktaAdmin, type FaktaAtasan, type FaktaPegawai, type FaktaTugas } from "@/lib/domain/tugas";
import type { JenisPeriode, Predikat, StatusJob, StatusSkp } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";

type PeriodeJson = { id: string; jenis: JenisPeriode; urutan: number; tahun: number };

type FaktaRow = {
  id: string;
  zonaWaktu: ZonaWaktu;
  tahunTerbuka: number | null;
  skp: { id: string; status: StatusSkp; riwayat: { dari: string | null; ke: string; catatan: string | null } | null } | null;
  pengisian: Array<PeriodeJson & { skpId: string; batas: string; realisasiKosong: number; buktiKosong: number }>;
  progres: { skpMulai: string; hariKerjaPerMinggu: number; terisi: string[]; libur: string[]; keterangan: string[] } | null;
  penilaianFinal: Array<PeriodeJson & { skpId: string; predikat: Predikat | null }>;
  atasan: {
    skpMenunggu: number;
    skpMenungguSejakMs: number | null;
    penilaianBelumFinal: number;
    bawahanTanpaSkp: number;
    progresMenunggu: number;
    capaianBelum: number;
    periode: PeriodeJson | null;
  } | null;
  admin: {
    permintaanMenunggu: number;
    unitTanpaPimpinan: number;
    pegawaiTanpaAtasan: number;
    sinkron: { status: StatusJob; gagal: number } | null;
    tahunTanpaPeriode: number[] | null;
  } | null;
};

/**
 * The facts behind "Tugas Anda" for a set of pegawai (one on Beranda, a batch in the digest), in
 * ONE statement whatever the data size: every count is an aggregate over an index in PostgreSQL,
 * and the atasan and admin parts are only evaluated (CASE) for people who are one. `hariIni` is
 * the calendar date in the people's instansi zone (lib/domain/zona-waktu.ts hariIniDi); `now`
 * bounds "just finalised".
 */
export async function bacaFaktaTugas(client: Tx, pegawaiIds: readonly string[], hariIni: Date, now: Date): Promise<Map<string, FaktaTugas>> {
  if (pegawaiIds.length === 0) return new Map();
  const hari = toIsoDate(hariIni);
  const senin = awalMinggu(hari);
  const batasAkhir = tambahHari(hari, JENDELA_BATAS_HARI);
  const tahunIni = hariIni.getUTCFullYear();
  const finalSejak = new Date(now.getTime() - JENDELA_PENILAIAN_FINAL_HARI * 86_400_000).toISOString();
  const rows = await client.$queryRaw<FaktaRow[]>`
    WITH orang AS (
      SELECT p.id, p."instansiId", 'ADMIN' = ANY (p.roles::text[]) AS admin, i."hariKerjaPerMinggu", i."zonaWaktu"::text AS "zonaWaktu",
             (EXISTS (SELECT 1 FROM "Pegawai" b WHERE b."atasanId" = p.id AND b.aktif)
               OR EXISTS (SELECT 1 FROM "Skp" s WHERE s."penilaiId" = p.id)) AS atasan
      FROM "Pegawai" p JOIN "Instansi" i ON i.id = p."instansiId"
      WHERE p.id = ANY (${pegawaiIds as string[]}::uuid[]) AND p.aktif
    )
    SELECT o.id, o."zonaWaktu", ty.tahun AS "tahunTerbuka", sk.skp,
      (SELECT COALESCE(json_agg(json_build_object('skpId', s.id, 'id', pp.id, 'jenis', pp.jenis, 'urutan', pp.urutan, 'tahun', t.tahun,
          'batas', pp."batasPengisian",
          'realisasiKosong', (SELECT count(*) FROM "Indikator" i JOIN "Rhk" r ON r.id = i."rhkId" WHERE r."skpId" = s.id
             AND NOT EXISTS (SELECT 1 FROM "Realisasi" re WHERE re."indikatorId" = i.id AND re."periodeId" = pp.id
               AND (re.nilai IS NOT NULL OR re.narasi IS NOT NULL))),
          'buktiKosong', (SELECT count(*) FROM "Rhk" r WHERE r."skpId" = s.id
             AND NOT EXISTS (SELECT 1 FROM "BuktiDukung" bd WHERE bd."rhkId" = r.id AND bd."periodeId" = pp.id)))), '[]'::json)
        FROM "Skp" s JOIN "PeriodePenilaian" pp ON pp."tahunId" = s."tahunId" JOIN "Tahun" t ON t.id = pp."tahunId"
        WHERE s."pegawaiId" = o.id AND s.status = 'PERSETUJUAN'
          AND pp.awal <= ${hari}::date AND pp."batasPengisian" BETWEEN ${hari}::date AND ${batasAkhir}::date
          AND s."periodeAwal" <= pp.akhir AND s."periodeAkhir" >= pp.awal
          AND NOT EXISTS (SELECT 1 FROM "Penilaian" x WHERE x."skpId" = s.id AND x."periodeId" = pp.id AND x.status = 'FINAL')) AS pengisian,
      (SELECT json_build_object('skpMulai', s."periodeAwal", 'hariKerjaPerMinggu', o."hariKerjaPerMinggu",
          'terisi', COALESCE((SELECT json_agg(DISTINCT ph.tanggal) FROM "ProgresHarian" ph
             WHERE ph."pegawaiId" = o.id AND ph.tanggal BETWEEN ${senin}::date AND ${hari}::date), '[]'::json),
          'libur', COALESCE((SELECT json_agg(h.tanggal) FROM "HariLibur" h
             WHERE h."instansiId" = o."instansiId" AND h.tanggal BETWEEN ${senin}::date AND ${hari}::date), '[]'::json),
          'keterangan', COALESCE((SELECT json_agg(k.tanggal) FROM "KeteranganHari" k
             WHERE k."pegawaiId" = o.id AND k.tanggal BETWEEN ${senin}::date AND ${hari}::date), '[]'::json))
        FROM "Skp" s WHERE s."pegawaiId" = o.id AND s.status = 'PERSETUJUAN'
          AND s."periodeAwal" <= ${hari}::date AND s."periodeAkhir" >= ${hari}::date
        ORDER BY s."periodeAwal" LIMIT 1) AS progres,
      (SELECT COALESCE(json_agg(json_build_object('skpId', s.id, 'id', pp.id, 'jenis', pp.jenis, 'urutan', pp.urutan, 'tahun', t.tahun,
          'predikat', x.predikat) ORDER BY x."finalizedAt" DESC), '[]'::json)
        FROM "Skp" s JOIN "Penilaian" x ON x."skpId" = s.id JOIN "PeriodePenilaian" pp ON pp.id = x."periodeId" JOIN "Tahun" t ON t.id = pp."tahunId"
        WHERE s."pegawaiId" = o.id AND x.status = 'FINAL' AND x."finalizedAt" >= ${finalSejak}::timestamp) AS "penilaianFinal",
      CASE WHEN o.atasan THEN json_build_object(
        'skpMenunggu', (SELECT count(*) FROM "Skp" s JOIN "Pegawai" b ON b.id = s."pegawaiId"
           WHERE s."penilaiId" = o.id AND s.status = 'PENGAJUAN' AND s."pegawaiId" <> o.id AND b."instansiId" = o."instansiId"),
        'skpMenungguSejakMs', (SELECT extract(epoch FROM min(COALESCE((SELECT max(r."createdAt") FROM "RiwayatStatus" r
             WHERE r.entitas = 'SKP' AND r."entitasId" = s.id AND r.ke = 'PENGAJUAN'), s."updatedAt"))) * 1000
           FROM "Skp" s JOIN "Pegawai" b ON b.id = s."pegawaiId"
           WHERE s."penilaiId" = o.id AND s.status = 'PENGAJUAN' AND s."pegawaiId" <> o.id AND b."instansiId" = o."instansiId"),
        'penilaianBelumFinal', (SELECT count(*) FROM "Skp" s JOIN "Pegawai" b ON b.id = s."pegawaiId"
           WHERE s."tahunId" = pn."tahunId" AND s."penilaiId" = o.id AND s.status = 'PERSETUJUAN' AND s."pegawaiId" <> o.id
             AND b."instansiId" = o."instansiId" AND s."periodeAwal" <= pn.akhir AND s."periodeAkhir" >= pn.awal
             AND NOT EXISTS (SELECT 1 FROM "Penilaian" x WHERE x."skpId" = s.id AND x."periodeId" = pn.id AND x.status = 'FINAL')),
        'bawahanTanpaSkp', (SELECT count(*) FROM "Pegawai" b
           WHERE b."atasanId" = o.id AND b.aktif AND b."instansiId" = o."instansiId" AND b.id <> o.id
             AND NOT EXISTS (SELECT 1 FROM "Skp" s WHERE s."pegawaiId" = b.id AND s."tahunId" = ty.id)),
        -- Direct bawahan's entries, plus entries on SKP the person rates of pegawai who are not their
        -- direct bawahan: two disjoint counts, so no de-duplication (lib/server/queries/progres-harian-bawahan.ts scope).
        'progresMenunggu', (SELECT count(*) FROM "Pegawai" b JOIN "ProgresHarian" ph ON ph."pegawaiId" = b.id AND ph.status = 'MENUNGGU'
             WHERE b."atasanId" = o.id AND b.aktif AND b."instansiId" = o."instansiId" AND b.id <> o.id)
          + (SELECT count(*) FROM "Skp" s JOIN "Pegawai" b ON b.id = s."pegawaiId" AND b.aktif AND b."instansiId" = o."instansiId"
             JOIN "ProgresHarian" ph ON ph."pegawaiId" = s."pegawaiId" AND ph."skpId" = s.id AND ph.status = 'MENUNGGU'
             WHERE s."penilaiId" = o.id AND s.status = 'PERSETUJUAN' AND s."pegawaiId" <> o.id AND b."atasanId" IS DISTINCT FROM o.id),
        'capaianBelum', (SELECT count(*) FROM "UnitKerja" c
           WHERE c.aktif AND c."instansiId" = o."instansiId" AND pn.id IS NOT NULL
             AND c."parentId" IN (
               SELECT u.id FROM "UnitKerja" u
               WHERE u.id IN (SELECT id FROM "UnitKerja" WHERE "pimpinanId" = o.id
                              UNION SELECT "unitId" FROM "PelaksanaTugas" WHERE "pegawaiId" = o.id AND mulai <= ${hari}::date AND selesai >= ${hari}::date)
                 AND COALESCE((SELECT pt."pegawaiId" FROM "PelaksanaTugas" pt
                   WHERE pt."unitId" = u.id AND pt.mulai <= ${hari}::date AND pt.selesai >= ${hari}::date
                   ORDER BY (pt.jenis = 'PLH') DESC, pt.mulai DESC LIMIT 1), u."pimpinanId") = o.id)
             AND NOT EXISTS (SELECT 1 FROM "CapaianOrganisasiUnit" co WHERE co."unitId" = c.id AND co."periodeId" = pn.id)),
        'periode', CASE WHEN pn.id IS NULL THEN NULL ELSE json_build_object('id', pn.id, 'jenis', pn.jenis, 'urutan', pn.urutan, 'tahun', pn.tahun) END
      ) END AS atasan,
      CASE WHEN o.admin THEN json_build_object(
        'permintaanMenunggu', (SELECT count(*) FROM "PermintaanAtasan" pa JOIN "Pegawai" b ON b.id = pa."pegawaiId"
           WHERE pa.status = 'MENUNGGU' AND b."instansiId" = o."instansiId"),
        'unitTanpaPimpinan', (SELECT count(*) FROM "UnitKerja" u
           WHERE u."instansiId" = o."instansiId" AND u.aktif AND u."pimpinanId" IS NULL
             AND NOT EXISTS (SELECT 1 FROM "PelaksanaTugas" pt WHERE pt."unitId" = u.id AND pt.mulai <= ${hari}::date AND pt.selesai >= ${hari}::date)),
        'pegawaiTanpaAtasan', (SELECT count(*) FROM "Pegawai" b
           WHERE b."instansiId" = o."instansiId" AND b."atasanId" IS NULL AND b.aktif
             AND NOT EXISTS (SELECT 1 FROM "UnitKerja" u WHERE u."pimpinanId" = b.id AND u."parentId" IS NULL)),
        'sinkron', (SELECT json_build_object('status', j.status, 'gagal', j.gagal) FROM "Job" j
           WHERE j."instansiId" = o."instansiId" AND j.jenis IN ('SINKRON_UNOR', 'SINKRON_PEGAWAI') ORDER BY j."createdAt" DESC LIMIT 1),
        'tahunTanpaPeriode', (SELECT json_agg(t.tahun ORDER BY t.tahun) FROM "Tahun" t
           WHERE t."instansiId" = o."instansiId" AND t.terbuka AND NOT EXISTS (SELECT 1 FROM "PeriodePenilaian" pp WHERE pp."tahunId" = t.id))
      ) END AS admin
    FROM orang o
    LEFT JOIN LATERAL (SELECT t.id, t.tahun FROM "Tahun" t WHERE t."instansiId" = o."instansiId" AND t.terbuka AND t.tahun <= ${tahunIni}
                       ORDER BY t.tahun DESC LIMIT 1) ty ON true
    LEFT JOIN LATERAL (
      SELECT json_build_object('id', s.id, 'status', s.status, 'riwayat', (SELECT json_build_object('dari', r.dari, 'ke', r.ke, 'catatan', r.catatan)
               FROM "RiwayatStatus" r WHERE r.entitas = 'SKP' AND r."entitasId" = s.id ORDER BY r."createdAt" DESC LIMIT 1)) AS skp
      FROM "Skp" s WHERE s."pegawaiId" = o.id AND s."tahunId" = ty.id
      ORDER BY (s."periodeAwal" <= ${hari}::date AND s."periodeAkhir" >= ${hari}::date) DESC, s."periodeAwal" DESC LIMIT 1) sk ON true
    LEFT JOIN LATERAL (
      -- The periode Penilaian Bawahan and Capaian Organisasi open on: the last one ended (lib/domain/penilaian-atasan.ts pilihPeriode).
      SELECT pp.id, pp."tahunId", pp.jenis, pp.urutan, pp.awal, pp.akhir, t.tahun FROM "PeriodePenilaian" pp JOIN "Tahun" t ON t.id = pp."tahunId"
      WHERE o.atasan AND t."instansiId" = o."instansiId" AND pp.jenis <> 'TAHUNAN' AND pp.akhir < ${hari}::date
      ORDER BY pp.akhir DESC LIMIT 1) pn ON true`;
  return new Map(rows.map((r) => [r.id, keFakta(r, hariIni)]));
}

function keFakta(r: FaktaRow, hariIni: Date): FaktaTugas {
  const riwayat = r.skp?.riwayat;
  const pegawai: FaktaPegawai = {
    tahunTerbuka: r.tahunTerbuka,
    skp: r.skp
      ? {
          id: r.skp.id,
          status: r.skp.status,
          dikembalikan: riwayat ? isPengembalian(riwayat) : false,
          catatanKembali: riwayat?.catatan ?? null,
        }
      : null,
    pengisian: r.pengisian.map((p) => ({
      skpId: p.skpId,
      periodeId: p.id,
      label: labelPeriode(p),
      batasPengisian: fromIsoDate(p.batas),
      realisasiKosong: Number(p.realisasiKosong),
      buktiKosong: Number(p.buktiKosong),
    })),
    progresHarian: r.progres ? { ...r.progres, skpMulai: fromIsoDate(r.progres.skpMulai) } : null,
    penilaianFinal: r.penilaianFinal.map((p) => ({ skpId: p.skpId, periodeId: p.id, label: labelPeriode(p), predikat: p.predikat })),
  };
  const a = r.atasan;
  const atasan: FaktaAtasan | null = a
    ? {
        skpMenunggu: Number(a.skpMenunggu),
        // The calendar day it was submitted, in the instansi's zone, like hariIni: 20.00 WIB stays that day.
        skpMenungguSejak: a.skpMenungguSejakMs === null ? null : hariIniDi(r.zonaWaktu, new Date(Number(a.skpMenungguSejakMs))),
        penilaianBelumFinal: Number(a.penilaianBelumFinal),
        penilaianPeriode: a.periode ? { id: a.periode.id, label: labelPeriode(a.periode) } : null,
        bawahanTanpaSkp: Number(a.bawahanTanpaSkp),
        progresMenunggu: Number(a.progresMenunggu),
        capaianBelum: Number(a.capaianBelum),
        capaianPeriode: a.periode ? { id: a.periode.id, label: labelPeriode(a.periode) } : null,
      }
    : null;
  const d = r.admin;
  const admin: FaktaAdmin | null = d
    ? {
        permintaanMenunggu: Number(d.permintaanMenunggu),
        unitTanpaPimpinan: Number(d.unitTanpaPimpinan),
        pegawaiTanpaAtasan: Number(d.pegawaiTanpaAtasan),
        sinkronGagal:
          d.sinkron?.status === "GAGAL" ? { status: "GAGAL", gagal: d.sinkron.gagal } : d.sinkron?.status === "SELESAI" && d.sinkron.gagal > 0 ? { status: "SEBAGIAN", gagal: d.sinkron.gagal } : null,
        tahunTanpaPeriode: d.tahunTanpaPeriode ?? [],
      }
    : null;
  return { hariIni, pegawai, atasan, admin };
}

function labelPeriode(p: PeriodeJson): string {
  return `${periodeLabel(p.jenis, p.urutan)} ${p.tahun}`;
}
