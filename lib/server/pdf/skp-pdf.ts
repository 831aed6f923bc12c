import "server-only";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import { LABEL_ASPEK, LABEL_JENIS_LAMPIRAN, LABEL_PENDEKATAN, LABEL_PERSPEKTIF } from "@/lib/domain/labels";
import { formatTarget } from "@/lib/domain/skp-target";
import { formatTanggal } from "@/lib/domain/tanggal";
import type { JenisLampiran, LayoutSkp } from "@/lib/generated/prisma/enums";
import type { RhkDetail, SkpDetail } from "@/lib/server/queries/skp";
import { HURUF, newPdfDocument } from "./huruf";
import { collectPdf, drawKepala, drawKonsep, drawPageFooters, drawPihakBlocks, drawSignatures, tempatTanggalTtd, type TandaTangan } from "./pdf-parts";
import { drawHeading, drawTable, type TableColumn, type TableGroup, type TableItem } from "./pdf-table";

/** The parts of getSkpDetail's result the printed SKP shows. */
export type SkpPdfInput = Pick<
  SkpDetail,
  "tahun" | "periodeAwal" | "periodeAkhir" | "pendekatan" | "layout" | "snapshot" | "rhkUtama" | "rhkTambahan" | "ekspektasi" | "lampiran"
>;

/**
 * Printed beside the signatures: the instansi's town and the day the SKP was approved. `disetujui`
 * is null while the SKP is not approved: the PDF is then a KONSEP, watermarked and undated.
 */
export type CetakInfo = { instansi: string; lokasi: string; disetujui: Date | null };

const MARGIN = 36;
const CONTENT_WIDTH = 841.89 - 2 * MARGIN;

/** SKP and Lampiran SKP in the official layout: landscape A4, one Buffer. */
export function renderSkpPdf(skp: SkpPdfInput, cetak: CetakInfo, options: { compress?: boolean } = {}): Promise<Buffer> {
  const pegawai = skp.snapshot.pegawai;
  const doc = newPdfDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: `SKP ${pegawai?.nama ?? ""} ${skp.tahun}`.trim(), Author: "e-Kinerja" },
  });
  const done = collectPdf(doc);

  drawTitle(doc, skp, cetak, "SASARAN KINERJA PEGAWAI");
  drawPihakBlocks(doc, [
    { judul: "PEGAWAI YANG DINILAI", pihak: skp.snapshot.pegawai },
    { judul: "PEJABAT PENILAI KINERJA", pihak: skp.snapshot.penilai },
  ]);

  drawTable(
    doc,
    hasilKerjaColumns(skp.layout),
    [
      { kind: "section", label: "A. Utama" },
      ...rhkGroups(skp.rhkUtama, skp.layout, "Tidak ada RHK utama."),
      { kind: "section", label: "B. Tambahan" },
      ...rhkGroups(skp.rhkTambahan, skp.layout, "Tidak ada RHK tambahan."),
    ],
    { heading: "HASIL KERJA" },
  );

  drawTable(
    doc,
    [
      { header: "No", width: 28, align: "center" },
      { header: "Perilaku Kerja", width: 472 },
      { header: "Ekspektasi Khusus Pimpinan", width: CONTENT_WIDTH - 500 },
    ],
    BERAKHLAK.map((v, i) => ({
      kind: "group",
      cells: [String(i + 1), `${v.nama}\n${v.panduan.map((p) => `- ${p}`).join("\n")}`, skp.ekspektasi[v.coreValue] ?? "-"],
      subRows: [],
    })),
    { heading: "PERILAKU KERJA" },
  );
  drawSignatures(doc, ...tandaTangan(skp, cetak));

  doc.addPage();
  drawTitle(doc, skp, cetak, "LAMPIRAN SKP");
  const jenisList: JenisLampiran[] = ["DUKUNGAN_SUMBER_DAYA", "SKEMA_PERTANGGUNGJAWABAN", "KONSEKUENSI"];
  for (const jenis of jenisList) {
    drawHeading(doc, LABEL_JENIS_LAMPIRAN[jenis].toUpperCase());
    const items = skp.lampiran[jenis];
    doc.font(HURUF.biasa).fontSize(9);
    if (items.length === 0) doc.text("-", MARGIN, doc.y, { width: CONTENT_WIDTH });
    items.forEach((item, i) => doc.text(`${i + 1}. ${item.teks}`, MARGIN, doc.y, { width: CONTENT_WIDTH }));
  }
  drawSignatures(doc, ...tandaTangan(skp, cetak));

  if (!cetak.disetujui) drawKonsep(doc);
  drawPageFooters(doc);
  doc.end();
  return done;
}

function drawTitle(doc: PDFKit.PDFDocument, skp: SkpPdfInput, cetak: CetakInfo, judul: string) {
  drawKepala(doc, {
    judul,
    subjudul: subjudul(skp.layout, skp.pendekatan),
    instansi: cetak.instansi,
    periode: `PERIODE: ${formatTanggal(skp.periodeAwal)} s.d. ${formatTanggal(skp.periodeAkhir)}`.toUpperCase(),
  });
}

function hasilKerjaColumns(layout: LayoutSkp): TableColumn[] {
  const no: TableColumn = { header: "No", width: 28, align: "center" };
  if (layout === "JPT") {
    return [
      no,
      { header: "Rencana Hasil Kerja", width: 250 },
      { header: "Indikator Kinerja Individu", width: 250 },
      { header: "Target", width: 110 },
      { header: "Perspektif", width: CONTENT_WIDTH - 638 },
    ];
  }
  if (layout === "KUALITATIF") {
    return [
      no,
      { header: "RHK Atasan yang Diintervensi", width: 220 },
      { header: "Rencana Hasil Kerja", width: 240 },
      { header: "Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target", width: CONTENT_WIDTH - 488 },
    ];
  }
  return [
    no,
    { header: "RHK Atasan yang Diintervensi", width: 170 },
    { header: "Rencana Hasil Kerja", width: 200 },
    { header: "Aspek", width: 62, align: "center" },
    { header: "Indikator Kinerja Individu", width: 200 },
    { header: "Target", width: CONTENT_WIDTH - 660 },
  ];
}

function rhkGroups(list: RhkDetail[], layout: LayoutSkp, kosong: string): TableItem[] {
  if (list.length === 0) return [{ kind: "section", label: kosong, muted: true }];
  return list.map((rhk, i): TableGroup => {
    const teks = rhk.penugasanDari ? `${rhk.teks}\nPenugasan dari: ${rhk.penugasanDari}` : rhk.teks;
    const parent = rhk.parent?.teks ?? "-";
    if (layout === "JPT") {
      return {
        kind: "group",
        cells: [String(i + 1), teks],
        subRows: rhk.indikator.map((ind) => [ind.teks, formatTarget(ind), ind.perspektif ? LABEL_PERSPEKTIF[ind.perspektif] : "-"]),
      };
    }
    if (layout === "KUALITATIF") {
      return {
        kind: "group",
        cells: [String(i + 1), parent, teks],
        subRows: rhk.indikator.map((ind) => [`${ind.teks}\nTarget: ${formatTarget(ind)}`]),
      };
    }
    return {
      kind: "group",
      cells: [String(i + 1), parent, teks],
      subRows: rhk.indikator.map((ind) => [ind.aspek ? LABEL_ASPEK[ind.aspek] : "-", ind.teks, formatTarget(ind)]),
    };
  });
}

function subjudul(layout: LayoutSkp, pendekatan: SkpPdfInput["pendekatan"]): string {
  const bagi =
    layout === "JPT"
      ? "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
      : "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL";
  return `PENDEKATAN HASIL KERJA ${LABEL_PENDEKATAN[pendekatan].toUpperCase()} ${bagi}`;
}

function tandaTangan(skp: SkpPdfInput, cetak: CetakInfo): [TandaTangan, TandaTangan] {
  return [
    { peran: "Pegawai yang Dinilai", pihak: skp.snapshot.pegawai },
    { peran: "Pejabat Penilai Kinerja", pihak: skp.snapshot.penilai, tempat: tempatTanggalTtd(cetak.lokasi, cetak.disetujui) },
  ];
}
