import "server-only";
import ExcelJS from "exceljs";
import { formatNip } from "@/lib/domain/nip";
import { LABEL_PREDIKAT, STATUS } from "@/lib/domain/labels";
import { statusSkpTampil } from "@/lib/domain/skp-status-tampil";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Predikat, StatusPenilaian, StatusSkp } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { skpTerkini } from "@/lib/server/queries/monitoring";
import { getMonitoringPohon } from "@/lib/server/monitoring/pohon";
import { namaLengkap } from "@/lib/server/queries/pegawai";
import { sqlDikembalikan } from "@/lib/server/skp/dikembalikan";

/**
 * Monitoring Pengisian as a workbook: "Rekap" is the table of the page (units indented, each with
 * its sub-units as on the page, a totals row), "Pegawai" lists every active pegawai with their SKP
 * status and per periode whether the penilaian is final and its predikat. Both sheets wrap their
 * headers, filter, and print landscape one page wide.
 */
export async function buatMonitoringXlsx(actor: Actor, params: { tahun?: number }): Promise<{ buffer: Buffer; tahun: number | null }> {
  const monitoring = await getMonitoringPohon(actor, params);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "e-Kinerja";

  const rekap = workbook.addWorksheet("Rekap", { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  rekap.columns = [
    { header: "Unit kerja (termasuk sub-unit)", key: "nama", width: 60 },
    { header: "Pegawai", key: "pegawai", width: 10 },
    { header: STATUS.skp.DRAFT.label, key: "draft", width: 10 },
    { header: STATUS.skp.PENGAJUAN.label, key: "pengajuan", width: 12 },
    { header: STATUS.skp.PERSETUJUAN.label, key: "persetujuan", width: 12 },
    { header: STATUS.skp.BELUM.label, key: "belum", width: 18 },
    ...monitoring.periode.map((p) => ({ header: `Penilaian ${STATUS.penilaian.FINAL.label} ${p.label}`, key: p.id, width: 18 })),
  ];
  for (const b of monitoring.baris) {
    const row = rekap.addRow({ ...b, ...Object.fromEntries(monitoring.periode.map((p) => [p.id, b.final[p.id] ?? 0])) });
    row.getCell("nama").alignment = { indent: b.kedalaman };
  }
  const total = rekap.addRow({
    ...monitoring.total,
    nama: "Jumlah",
    ...Object.fromEntries(monitoring.periode.map((p) => [p.id, monitoring.total.final[p.id] ?? 0])),
  });
  total.font = { bold: true };
  // The filter leaves the totals row out, so sorting the units never moves it.
  rapikan(rekap, rekap.rowCount - 1);

  const pegawai = workbook.addWorksheet("Pegawai", { views: [{ state: "frozen", ySplit: 1 }] });
  pegawai.columns = [
    { header: "NIP", key: "nip", width: 24 },
    { header: "Nama", key: "nama", width: 40 },
    { header: "Jabatan", key: "jabatan", width: 40 },
    { header: "Unit kerja", key: "unit", width: 50 },
    { header: "Status SKP", key: "statusSkp", width: 20 },
    ...monitoring.periode.flatMap((p) => [
      { header: `Penilaian ${p.label}`, key: p.id, width: 14 },
      { header: `Predikat ${p.label}`, key: `predikat-${p.id}`, width: 16 },
    ]),
  ];
  if (monitoring.tahun) {
    const rows = await db.$queryRaw<
      {
        nip: string;
        nama: string;
        gelarDepan: string | null;
        gelarBelakang: string | null;
        jabatan: string;
        unit: string | null;
        status: StatusSkp | null;
        dikembalikan: boolean;
        penilaian: Record<string, { status: StatusPenilaian; predikat: Predikat | null }> | null;
      }[]
    >`
      WITH ${skpTerkini(monitoring.tahun.id)}
      SELECT p.nip, p.nama, p."gelarDepan", p."gelarBelakang", p.jabatan, u.nama AS unit, t.status::text AS status,
        ${sqlDikembalikan(Prisma.sql`t."skpId"`, Prisma.sql`t.status`)} AS dikembalikan,
        (SELECT json_object_agg(pn."periodeId"::text, json_build_object('status', pn.status, 'predikat', pn.predikat))
           FROM "Penilaian" pn WHERE pn."skpId" = t."skpId") AS penilaian
      FROM "Pegawai" p
      LEFT JOIN "UnitKerja" u ON u.id = p."unitId"
      LEFT JOIN terkini t ON t."pegawaiId" = p.id
      WHERE p."instansiId" = ${actor.instansiId}::uuid AND p.aktif
      ORDER BY u.nama NULLS LAST, p.nama, p.nip`;
    for (const r of rows) {
      const disetujui = r.status === "PERSETUJUAN";
      pegawai.addRow({
        nip: formatNip(r.nip),
        nama: namaLengkap(r),
        jabatan: r.jabatan,
        unit: r.unit ?? "(belum diatur)",
        statusSkp: STATUS.skp[r.status ? statusSkpTampil(r.status, r.dikembalikan) : "BELUM"].label,
        ...Object.fromEntries(
          monitoring.periode.flatMap((p) => {
            const penilaian = r.penilaian?.[p.id];
            const predikat = penilaian?.status === "FINAL" ? penilaian.predikat : null;
            return [
              [p.id, disetujui ? STATUS.penilaian[penilaian?.status ?? "BELUM"].label : "—"],
              [`predikat-${p.id}`, predikat ? LABEL_PREDIKAT[predikat] : "—"],
            ];
          }),
        ),
      });
    }
  }
  rapikan(pegawai, pegawai.rowCount);

  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), tahun: monitoring.tahun?.tahun ?? null };
}

/**
 * A bold header row that wraps instead of being cut off ("Penilaian final Triwulan III"), a filter
 * on every column, and a print setup of landscape A4, all columns on one page width, the header
 * repeated on each printed page.
 */
function rapikan(sheet: ExcelJS.Worksheet, barisTerakhir: number) {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  // Excel does not grow a row for wrapped text written by a program: room for three lines.
  header.height = 45;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, barisTerakhir), column: sheet.columnCount } };
  sheet.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" };
}
