import "server-only";
import { hMinus, isiPengingatBatas, judulPengingatBatas, kunciPengingatBatas, tenggatDiingatkan, zonaPengingatPagi } from "@/lib/domain/pengingat";
import { periodeLabel } from "@/lib/domain/periode";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import type { ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { JenisPeriode } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/server/db";
import { kirimPengingatSekali, potong, type PengingatBaru } from "./kirim-sekali";

type Calon = {
  pegawaiId: string;
  skpId: string;
  periodeId: string;
  jenis: JenisPeriode;
  urutan: number;
  tahun: number;
  /** The pegawai's deadline: the periode's batas, or the later date the admin reopened entry until. */
  tenggat: string;
  dibukaKembali: boolean;
};

/**
 * H-7, H-3 and H-1 before each batas pengisian, at 08.00 in each instansi's zone, to every
 * pegawai whose approved SKP still has an indikator without realisasi for that periode (a
 * realisasi counts once it has a value or a narrative, as in lib/domain/pelaksanaan-progress.ts).
 * A final penilaian needs nothing more. Returns how many reminders were sent.
 */
export async function kirimPengingatBatasPengisian(now: Date): Promise<number> {
  let terkirim = 0;
  for (const { zona, hariIni } of zonaPengingatPagi(now)) {
    const calon = await calonPengingat(zona, hariIni);
    for (const batch of potong(calon)) terkirim += await db.$transaction((tx) => kirimBatch(tx, batch, hariIni));
  }
  return terkirim;
}

/**
 * Every approved SKP of an instansi in the zone with a periode whose deadline is today + 7, + 3
 * or + 1: the periode's own batas, unless the admin reopened entry for that pegawai to a later
 * date, which then is their deadline instead. One statement; realisasi are counted per batch.
 */
async function calonPengingat(zona: ZonaWaktu, hariIni: Date): Promise<Calon[]> {
  const tenggat = tenggatDiingatkan(hariIni);
  return db.$queryRaw<Calon[]>`
    WITH periode AS (
      SELECT pp.id, pp."tahunId", pp.jenis, pp.urutan, pp.awal, pp.akhir, pp."batasPengisian", t.tahun, t."instansiId"
      FROM "Instansi" i JOIN "Tahun" t ON t."instansiId" = i.id JOIN "PeriodePenilaian" pp ON pp."tahunId" = t.id
      WHERE i."zonaWaktu" = ${zona}::"ZonaWaktu" AND pp.awal <= ${toIsoDate(hariIni)}::date
    ), skp AS (
      SELECT s."pegawaiId", s.id AS "skpId", pr.id AS "periodeId", pr.jenis, pr.urutan, pr.tahun, pr."batasPengisian",
             pn."pengisianDibukaHingga"::date AS dibuka
      FROM periode pr
      JOIN "Skp" s ON s."tahunId" = pr."tahunId" AND s.status = 'PERSETUJUAN' AND s."periodeAwal" <= pr.akhir AND s."periodeAkhir" >= pr.awal
      JOIN "Pegawai" p ON p.id = s."pegawaiId" AND p.aktif AND p."instansiId" = pr."instansiId"
      LEFT JOIN "Penilaian" pn ON pn."skpId" = s.id AND pn."periodeId" = pr.id
      WHERE (pn.status IS NULL OR pn.status <> 'FINAL')
        AND (pr."batasPengisian" = ANY(${tenggat}::date[]) OR pn."pengisianDibukaHingga"::date = ANY(${tenggat}::date[]))
    )
    SELECT "pegawaiId"::text, "skpId"::text, "periodeId"::text, jenis::text, urutan, tahun,
           to_char(GREATEST("batasPengisian", coalesce(dibuka, "batasPengisian")), 'YYYY-MM-DD') AS tenggat,
           coalesce(dibuka > "batasPengisian", false) AS "dibukaKembali"
    FROM skp
    WHERE GREATEST("batasPengisian", coalesce(dibuka, "batasPengisian")) = ANY(${tenggat}::date[])
    ORDER BY "pegawaiId", "periodeId", "skpId"`;
}

async function kirimBatch(tx: Tx, batch: Calon[], hariIni: Date): Promise<number> {
  const hitungan = await tx.$queryRaw<Array<{ skpId: string; periodeId: string; total: number; kosong: number }>>`
    SELECT k."skpId"::text, k."periodeId"::text, count(ind.id)::int AS total,
           count(ind.id) FILTER (WHERE re.id IS NULL OR (re.nilai IS NULL AND coalesce(btrim(re.narasi), '') = ''))::int AS kosong
    FROM json_to_recordset(${JSON.stringify(batch.map((c) => ({ skpId: c.skpId, periodeId: c.periodeId })))}::json) AS k("skpId" uuid, "periodeId" uuid)
    JOIN "Rhk" r ON r."skpId" = k."skpId"
    JOIN "Indikator" ind ON ind."rhkId" = r.id
    LEFT JOIN "Realisasi" re ON re."indikatorId" = ind.id AND re."periodeId" = k."periodeId"
    GROUP BY k."skpId", k."periodeId"`;
  const per = new Map(hitungan.map((h) => [`${h.skpId}|${h.periodeId}`, h]));

  // A pegawai with two approved SKP over one periode (after a mutasi) gets one reminder, counting both.
  const pengingat = new Map<string, PengingatBaru & { kosong: number; total: number; c: Calon }>();
  for (const c of batch) {
    const h = per.get(`${c.skpId}|${c.periodeId}`);
    const tenggat = fromIsoDate(c.tenggat);
    const n = hMinus(hariIni, tenggat);
    if (!h || n === null) continue;
    const kunci = kunciPengingatBatas(c.periodeId, n, c.dibukaKembali ? tenggat : null);
    const ada = pengingat.get(`${c.pegawaiId}|${kunci}`);
    // The link goes to the first SKP with something missing.
    const tautan = ada && ada.kosong > 0 ? ada.tautan : `/penilaian/${c.skpId}/${c.periodeId}`;
    const label = `${periodeLabel(c.jenis, c.urutan)} ${c.tahun}`;
    pengingat.set(`${c.pegawaiId}|${kunci}`, {
      penerimaId: c.pegawaiId,
      kunci,
      judul: judulPengingatBatas(label, hariIni, tenggat),
      isi: "",
      tautan,
      kosong: (ada?.kosong ?? 0) + h.kosong,
      total: (ada?.total ?? 0) + h.total,
      c,
    });
  }
  const daftar = [...pengingat.values()]
    .filter((p) => p.kosong > 0)
    .map(({ kosong, total, c, ...p }) => ({ ...p, isi: isiPengingatBatas(kosong, total, c.dibukaKembali) }));
  return kirimPengingatSekali(tx, "PENGINGAT_BATAS_PENGISIAN", daftar);
}
