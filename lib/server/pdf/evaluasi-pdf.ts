import "server-only";
import { HURUF, newPdfDocument } from "./huruf";
import { formatDesimal } from "@/lib/domain/desimal";
import { describeKurva, persentasePredikat } from "@/lib/domain/kurva";
import { LABEL_ASPEK, LABEL_CAPAIAN_ORGANISASI, LABEL_PERSPEKTIF, LABEL_PREDIKAT, LABEL_RATING } from "@/lib/domain/labels";
import type { IndikatorPenilaianSnapshot, PenilaianSnapshot, RhkPenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { formatTarget } from "@/lib/domain/skp-target";
import type { LayoutSkp, Predikat } from "@/lib/generated/prisma/enums";
import { collectPdf, drawKepala, drawKonsep, drawPageFooters, drawPihakBlocks, drawSignatures, tempatTanggalTtd } from "./pdf-parts";
import { drawTable, type TableColumn, type TableGroup, type TableItem } from "./pdf-table";
import { angkaKreditTeks, judulPeriode, labelAngkaKredit, rentangPeriode, teksCetak, umpanBalikTeks } from "./evaluasi-teks";

const MARGIN = 36;
const CONTENT_WIDTH = 841.89 - 2 * MARGIN;
const PREDIKAT_URUT: readonly Predikat[] = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"];

/**
 * "Evaluasi Kinerja Pegawai" for one periode, landscape A4 like the SKP it evaluates: capaian
 * organisasi and pola distribusi, RHK with target, realisasi, bukti dukung and umpan balik,
 * the perilaku table, both ratings and the predikat, signed on the day it became final
 * (`tanggalFinal`); a draft (`tanggalFinal` null) prints as a KONSEP, undated.
 */
export function renderEvaluasiPdf(s: PenilaianSnapshot, tanggalFinal: Date | null, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = newPdfDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: teksCetak(`Evaluasi Kinerja ${s.pegawai?.nama ?? ""} ${s.periode.label} ${s.periode.tahun}`), Author: "e-Kinerja" },
  });
  const done = collectPdf(doc);

  drawKepala(doc, { judul: "EVALUASI KINERJA PEGAWAI", subjudul: judulPeriode(s), instansi: teksCetak(s.instansi.nama), periode: rentangPeriode(s) });
  drawPihakBlocks(doc, [
    { judul: "PEGAWAI YANG DINILAI", pihak: s.pegawai },
    { judul: "PEJABAT PENILAI KINERJA", pihak: s.penilai },
  ]);

  drawOrganisasi(doc, s);

  const utama = s.rhk.filter((r) => r.jenis === "UTAMA");
  const tambahan = s.rhk.filter((r) => r.jenis === "TAMBAHAN");
  drawTable(
    doc,
    hasilKerjaColumns(s.layout),
    [
      { kind: "section", label: "A. Utama" },
      ...rhkGroups(utama, s.layout, "Tidak ada RHK utama.", 0),
      { kind: "section", label: "B. Tambahan" },
      ...rhkGroups(tambahan, s.layout, "Tidak ada RHK tambahan.", utama.length),
    ],
    { heading: "HASIL KERJA" },
  );
  drawNilai(doc, [["RATING HASIL KERJA", s.ratingHasil ? LABEL_RATING[s.ratingHasil] : "-"]]);

  drawTable(
    doc,
    [
      { header: "No", width: 24, align: "center" },
      { header: "Perilaku Kerja", width: 330 },
      { header: "Ekspektasi Khusus Pimpinan", width: 200 },
      { header: "Umpan Balik Berkelanjutan", width: CONTENT_WIDTH - 554 },
    ],
    s.perilaku.map((p, i) => ({
      kind: "group",
      cells: [
        String(i + 1),
        teksCetak(`${p.nama}\n${p.panduan.map((x) => `- ${x}`).join("\n")}`),
        p.ekspektasi ? teksCetak(p.ekspektasi) : "-",
        umpanBalikTeks(p.umpanBalik),
      ],
      subRows: [],
    })),
    { heading: "PERILAKU KERJA" },
  );
  const akhir: [string, string][] = [
    ["RATING PERILAKU KERJA", s.ratingPerilaku ? LABEL_RATING[s.ratingPerilaku] : "-"],
    ["PREDIKAT KINERJA PEGAWAI", s.predikat ? LABEL_PREDIKAT[s.predikat] : "-"],
  ];
  if (s.angkaKredit) akhir.push([labelAngkaKredit(s.angkaKredit).toUpperCase(), angkaKreditTeks(s.angkaKredit)]);
  // The predikat goes with the signatures: a page of nothing but signatures could be stapled to anything.
  if (doc.y + akhir.length * 20 + 150 > doc.page.height - MARGIN) doc.addPage();
  drawNilai(doc, akhir);

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

/**
 * Capaian kinerja organisasi beside a bar chart of the kurva unit's predikat (the form's "pola
 * distribusi"). For a unit head these are two units (see OrganisasiSnapshot): each is named, and
 * the kurva rule, which belongs to the distributed unit's capaian, is left out.
 */
function drawOrganisasi(doc: PDFKit.PDFDocument, s: PenilaianSnapshot) {
  const { capaian, unit, distribusi, unitDistribusi } = s.organisasi;
  const satuUnit = unitDistribusi === unit;
  const half = CONTENT_WIDTH / 2;
  const x = MARGIN + half;
  const chartTop = 16;
  const chartBottom = chartTop + PREDIKAT_URUT.length * 13 + (satuUnit ? 0 : 12);
  if (doc.y + 24 + chartBottom > doc.page.height - MARGIN) doc.addPage();
  doc.moveDown(0.6);
  const top = doc.y;
  doc.font(HURUF.tebal).fontSize(10).fillColor("black");
  doc.text("CAPAIAN KINERJA ORGANISASI", MARGIN, top, { width: half - 20 });
  doc.text("POLA DISTRIBUSI PREDIKAT PEGAWAI", x, top, { width: half });

  doc.fontSize(11).text(capaian ? LABEL_CAPAIAN_ORGANISASI[capaian] : "Belum ditetapkan", MARGIN, top + chartTop, { width: half - 20 });
  doc.font(HURUF.biasa).fontSize(8.5).text(teksCetak(`Unit kerja: ${unit ?? "-"}`), { width: half - 20 });
  if (capaian && satuUnit) doc.fillColor("#444444").text(describeKurva(capaian), { width: half - 20 });
  const kiriBawah = doc.y;

  const persen = persentasePredikat(distribusi);
  const labelWidth = 100;
  const barMax = half - labelWidth - 70;
  PREDIKAT_URUT.forEach((p, i) => {
    const rowY = top + chartTop + i * 13;
    doc.font(HURUF.biasa).fontSize(8).fillColor("black").text(LABEL_PREDIKAT[p], x, rowY + 1, { width: labelWidth });
    doc.rect(x + labelWidth, rowY, barMax, 9).fill("#eeeeee");
    if (persen[p] > 0) doc.rect(x + labelWidth, rowY, (barMax * persen[p]) / 100, 9).fill("#555555");
    doc.fillColor("black").text(`${distribusi[p]} (${formatDesimal(persen[p])}%)`, x + labelWidth + barMax + 6, rowY + 1, { width: 64 });
  });
  if (!satuUnit) {
    doc.fontSize(8.5).text(teksCetak(`Unit kerja: ${unitDistribusi ?? "-"}`), x, top + chartTop + PREDIKAT_URUT.length * 13 + 2, { width: half });
  }
  doc.x = MARGIN;
  doc.y = Math.max(kiriBawah, top + chartBottom) + 4;
}

/** Bordered label-value rows under a table: the ratings, the predikat, angka kredit. */
function drawNilai(doc: PDFKit.PDFDocument, rows: [string, string][]) {
  const labelWidth = 240;
  const valueWidth = CONTENT_WIDTH - labelWidth;
  doc.moveDown(0.4);
  doc.font(HURUF.tebal).fontSize(9);
  for (const [label, nilai] of rows) {
    const height = Math.max(doc.heightOfString(label, { width: labelWidth - 8 }), doc.heightOfString(nilai, { width: valueWidth - 8 })) + 8;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    doc.rect(MARGIN, top, labelWidth, height).fill("#eeeeee");
    doc.lineWidth(0.5).strokeColor("#444444").rect(MARGIN, top, labelWidth, height).rect(MARGIN + labelWidth, top, valueWidth, height).stroke();
    doc.fillColor("black").text(label, MARGIN + 4, top + 4, { width: labelWidth - 8 });
    doc.text(nilai, MARGIN + labelWidth + 4, top + 4, { width: valueWidth - 8 });
    doc.y = top + height;
  }
  doc.x = MARGIN;
}

function hasilKerjaColumns(layout: LayoutSkp): TableColumn[] {
  const no: TableColumn = { header: "No", width: 24, align: "center" };
  const tail: TableColumn[] = [
    { header: "Bukti Dukung", width: 96 },
    { header: "Umpan Balik Berkelanjutan", width: 0 },
  ];
  const cols: TableColumn[] =
    layout === "JPT"
      ? [
          no,
          { header: "Rencana Hasil Kerja", width: 140 },
          { header: "Indikator Kinerja Individu", width: 125 },
          { header: "Target", width: 60 },
          { header: "Perspektif", width: 64 },
          { header: "Realisasi Berdasarkan Bukti Dukung", width: 110 },
          { header: "Capaian", width: 44, align: "center" },
          ...tail,
        ]
      : layout === "KUALITATIF"
        ? [
            no,
            { header: "RHK Atasan yang Diintervensi", width: 110 },
            { header: "Rencana Hasil Kerja", width: 130 },
            { header: "Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target", width: 150 },
            { header: "Realisasi Berdasarkan Bukti Dukung", width: 150 },
            ...tail,
          ]
        : [
            no,
            { header: "RHK Atasan yang Diintervensi", width: 90 },
            { header: "Rencana Hasil Kerja", width: 110 },
            { header: "Aspek", width: 50, align: "center" },
            { header: "Indikator Kinerja Individu", width: 105 },
            { header: "Target", width: 58 },
            { header: "Realisasi Berdasarkan Bukti Dukung", width: 105 },
            { header: "Capaian", width: 44, align: "center" },
            ...tail,
          ];
  // The umpan balik column takes whatever width is left.
  const used = cols.reduce((sum, c) => sum + c.width, 0);
  cols[cols.length - 1]!.width = CONTENT_WIDTH - used;
  return cols;
}

function rhkGroups(list: RhkPenilaianSnapshot[], layout: LayoutSkp, kosong: string, offset: number): TableItem[] {
  if (list.length === 0) return [{ kind: "section", label: kosong, muted: true }];
  return list.map((rhk, i): TableGroup => {
    const teks = teksCetak(rhk.penugasanDari ? `${rhk.teks}\nPenugasan dari: ${rhk.penugasanDari}` : rhk.teks);
    const atasan = rhk.rhkAtasan ? teksCetak(rhk.rhkAtasan) : "-";
    const trailing = [buktiTeks(rhk), umpanBalikTeks(rhk.umpanBalik)];
    const no = String(offset + i + 1);
    if (layout === "JPT") {
      const subRows = rhk.indikator.map((ind) => [
        teksCetak(ind.teks),
        teksCetak(formatTarget(ind)),
        ind.perspektif ? LABEL_PERSPEKTIF[ind.perspektif] : "-",
        realisasiTeks(ind),
        capaianTeks(ind),
      ]);
      return { kind: "group", cells: [no, teks], subRows, trailing };
    }
    if (layout === "KUALITATIF") {
      const subRows = rhk.indikator.map((ind) => [teksCetak(`${ind.teks}\nTarget: ${formatTarget(ind)}`), realisasiTeks(ind)]);
      return { kind: "group", cells: [no, atasan, teks], subRows, trailing };
    }
    const subRows = rhk.indikator.map((ind) => [
      ind.aspek ? LABEL_ASPEK[ind.aspek] : "-",
      teksCetak(ind.teks),
      teksCetak(formatTarget(ind)),
      realisasiTeks(ind),
      capaianTeks(ind),
    ]);
    return { kind: "group", cells: [no, atasan, teks], subRows, trailing };
  });
}

/** `10 Dokumen`, then the narrative and the sumber data, each on its own line. */
function realisasiTeks(ind: IndikatorPenilaianSnapshot): string {
  const r = ind.realisasi;
  if (!r) return "-";
  const nilai = r.nilai === null ? null : [formatDesimal(Number(r.nilai)), ind.satuan].filter(Boolean).join(" ");
  const lines = [nilai, r.narasi, r.sumberData ? `Sumber data: ${r.sumberData}` : null].filter((x): x is string => Boolean(x));
  return lines.length ? teksCetak(lines.join("\n")) : "-";
}

function capaianTeks(ind: IndikatorPenilaianSnapshot): string {
  return ind.capaianPersen === null ? "-" : `${formatDesimal(ind.capaianPersen)}%`;
}

/** Each bukti with its link written out: on paper the link is the evidence. */
function buktiTeks(rhk: RhkPenilaianSnapshot): string {
  if (rhk.buktiDukung.length === 0) return "-";
  return teksCetak(rhk.buktiDukung.map((b, i) => `${i + 1}. ${b.nama}\n${b.tautan}`).join("\n"));
}
