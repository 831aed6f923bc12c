import "server-only";
import ExcelJS from "exceljs";
import { formatNip } from "@/lib/domain/nip";
import { STATUS } from "@/lib/domain/labels";
import { statusSkpTampil } from "@/lib/domain/skp-status-tampil";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatusPenilaian, StatusSkp } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { skpTerkini } from "@/lib/server/queries/monitoring";
import { getMonitoringPohon } from "@/lib/server/monitoring/pohon";
import { namaLengkap } from "@/lib/server/queries/pegawai";
import { sqlDikembalikan } from "@/lib/server/skp/dikembalikan";

/**
 * Monitoring Pengisian as a workbook: "Rekap" is the table of the page (units indented, a
 * totals row), "Pegawai" lists every active pegawai with their SKP and penilaian status.
 */
export async function buatMonitoringXlsx(actor: Actor, params: { tahun?: number }): Promise<{ buffer: Buffer; tahun: number | null }> {
  const monitoring = await getMonitoringPohon(actor, params);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "e-Kinerja";

  const rekap = workbook.addWorksheet("Rekap", { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  rekap.columns = [
    { header: "Unit kerja", key: "nama", width: 60 },
    { header: "Pegawai", key: "pegawai", width: 10 },
    { header: STATUS.skp.DRAFT.label, key: "draft", width: 10 },
    { header: STATUS.skp.PENGAJUAN.label, key: "pengajuan", width: 12 },
    { header: STATUS.skp.PERSETUJUAN.label, key: "persetujuan", width: 12 },
    { header: STATUS.skp.BELUM.label, key: "belum", width: 18 },
    ...monitoring.periode.map((p) => ({ header: `Penilaian ${STATUS.penilaian.FINAL.label} ${p.label}`, key: p.id, width: 18 })),
  ];
  rekap.getRow(1).font = { bold: true };
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

  const pegawai = workbook.addWorksheet("Pegawai", { views: [{ state: "frozen", ySplit: 1 }] });
  pegawai.columns = [
    { header: "NIP", key: "nip", width: 24 },
    { header: "Nama", key: "nama", width: 40 },
    { header: "Jabatan", key: "jabatan", width: 40 },
    { header: "Unit kerja", key: "unit", width: 50 },
    { header: "Status SKP", key: "statusSkp", width: 20 },
    ...monitoring.periode.map((p) => ({ header: `Penilaian ${p.label}`, key: p.id, width: 18 })),
  ];
  pegawai.getRow(1).font = { bold: true };
  if (monitoring.tahun) {
    const rows = await db.$queryRaw<
      { nip: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null; jabatan: string; unit: string | null; status: StatusSkp | null; dikembalikan: boolean; penilaian: Record<string, StatusPenilaian> | null }[]
    >`
      WITH ${skpTerkini(monitoring.tahun.id)}
      SELECT p.nip, p.nama, p."gelarDepan", p."gelarBelakang", p.jabatan, u.nama AS unit, t.status::text AS status,
        ${sqlDikembalikan(Prisma.sql`t."skpId"`, Prisma.sql`t.status`)} AS dikembalikan,
        (SELECT json_object_agg(pn."periodeId", pn.status) FROM "Penilaian" pn WHERE pn."skpId" = t."skpId") AS penilaian
      FROM "Pegawai" p
      LEFT JOIN "UnitKerja" u ON u.id = p."unitId"
      LEFT JOIN terkini t ON t."pegawaiId" = p.id
      WHERE p."instansiId" = ${actor.instansiId}::uuid AND p.aktif
      ORDER BY u.nama NULLS LAST, p.nama, p.nip`;
    for (const r of rows) {
      pegawai.addRow({
        nip: formatNip(r.nip),
        nama: namaLengkap(r),
        jabatan: r.jabatan,
        unit: r.unit ?? "(belum diatur)",
        statusSkp: STATUS.skp[r.status ? statusSkpTampil(r.status, r.dikembalikan) : "BELUM"].label,
        ...Object.fromEntries(
          monitoring.periode.map((p) => [p.id, r.status === "PERSETUJUAN" ? STATUS.penilaian[r.penilaian?.[p.id] ?? "BELUM"].label : "—"]),
        ),
      });
    }
  }

  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), tahun: monitoring.tahun?.tahun ?? null };
}
