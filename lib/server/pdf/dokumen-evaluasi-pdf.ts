import "server-only";
import { newPdfDocument } from "./huruf";
import { LABEL_CAPAIAN_ORGANISASI, LABEL_PREDIKAT } from "@/lib/domain/labels";
import type { PenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { collectPdf, drawKepala, drawKonsep, drawPageFooters, drawPihakTable, drawSignatures, tempatTanggalTtd } from "./pdf-parts";
import { drawTable, type TableItem } from "./pdf-table";
import { angkaKreditTeks, judulPeriode, labelAngkaKredit, rentangPeriode, teksCetak } from "./evaluasi-teks";

const MARGIN = 40;
const CONTENT_WIDTH = 595.28 - 2 * MARGIN;

/**
 * "Dokumen Evaluasi Kinerja Pegawai": the one-page portrait form signed at the end of a
 * periode. Pegawai, Pejabat Penilai and Atasan Pejabat Penilai, then capaian organisasi,
 * predikat and catatan/rekomendasi, dated the day the penilaian became final; a draft
 * (`tanggalFinal` null) prints as a KONSEP, undated.
 */
export function renderDokumenEvaluasiPdf(s: PenilaianSnapshot, tanggalFinal: Date | null, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = newPdfDocument({
    size: "A4",
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: teksCetak(`Dokumen Evaluasi Kinerja ${s.pegawai?.nama ?? ""} ${s.periode.label} ${s.periode.tahun}`), Author: "e-Kinerja" },
  });
  const done = collectPdf(doc);

  drawKepala(doc, {
    judul: "DOKUMEN EVALUASI KINERJA PEGAWAI",
    subjudul: judulPeriode(s),
    instansi: teksCetak(s.instansi.nama),
    periode: rentangPeriode(s),
    kiri: 0.45,
  });

  const at = { x: MARGIN, width: CONTENT_WIDTH };
  drawPihakTable(doc, "PEGAWAI YANG DINILAI", s.pegawai, at);
  doc.moveDown(0.6);
  drawPihakTable(doc, "PEJABAT PENILAI KINERJA", s.penilai, at);
  doc.moveDown(0.6);
  drawPihakTable(doc, "ATASAN PEJABAT PENILAI KINERJA", s.atasanPenilai, at);
  doc.moveDown(0.6);

  const evaluasi: [string, string][] = [
    ["Capaian Kinerja Organisasi", s.organisasi.capaian ? LABEL_CAPAIAN_ORGANISASI[s.organisasi.capaian] : "Belum ditetapkan"],
    ["Predikat Kinerja Pegawai", s.predikat ? LABEL_PREDIKAT[s.predikat] : "-"],
  ];
  if (s.angkaKredit) evaluasi.push([labelAngkaKredit(s.angkaKredit), angkaKreditTeks(s.angkaKredit)]);
  const rows: TableItem[] = evaluasi.map(([label, nilai], i) => ({ kind: "group", cells: [String(i + 1), label, nilai], subRows: [] }));
  drawTable(
    doc,
    [
      { header: "No", width: 24, align: "center" },
      { header: "", width: 150 },
      { header: "", width: CONTENT_WIDTH - 174 },
    ],
    rows,
    { title: "EVALUASI KINERJA" },
  );
  doc.moveDown(0.6);

  // A blank box when there is no catatan: the form leaves room to write by hand.
  const catatan = s.catatan ? teksCetak(s.catatan) : "";
  drawTable(doc, [{ header: "", width: CONTENT_WIDTH }], [{ kind: "group", cells: [catatan || "\n\n\n"], subRows: [] }], {
    title: "CATATAN/REKOMENDASI",
  });

  drawSignatures(
    doc,
    { peran: "Pegawai yang Dinilai", pihak: s.pegawai },
    { peran: "Pejabat Penilai Kinerja", pihak: s.penilai, tempat: teksCetak(tempatTanggalTtd(s.instansi.lokasi, tanggalFinal)) },
  );
  if (!tanggalFinal) drawKonsep(doc);
  drawPageFooters(doc);
  doc.end();
  return done;
}
