import "server-only";
import ExcelJS from "exceljs";
import {
  LABEL_ASPEK,
  LABEL_CORE_VALUE,
  LABEL_JENIS_RHK,
  LABEL_JENJANG_FUNGSIONAL,
  LABEL_KLASIFIKASI_RHK,
  LABEL_PERSPEKTIF,
  LABEL_PREDIKAT,
  LABEL_RATING,
  LABEL_STATUS_PENILAIAN,
  LABEL_STATUS_SKP,
  LABEL_STATUS_VERIFIKASI,
} from "@/lib/domain/labels";
import type { SkpUnduhan } from "@/lib/domain/unduh-data";
import { progresHarianBertahap } from "./muat";

type Kolom = { header: string; key: string; width: number };

/**
 * data.xlsx of "Unduh data saya", written with exceljs' streaming writer to `filename`. Sheets are
 * written one after another (the writer zips them in order, so an open sheet behind another would
 * wait in memory); Progres Harian comes last and is read in batches as it is written.
 */
export async function tulisXlsxUnduhan(filename: string, skp: SkpUnduhan[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: false });
  workbook.creator = "e-Kinerja";

  const rhkTeks = new Map(skp.flatMap((s) => s.rhk.map((r) => [r.id, r.teks] as const)));
  const indikator = new Map(skp.flatMap((s) => s.rhk.flatMap((r) => r.indikator.map((i) => [i.id, { ...i, rhk: r.teks }] as const))));

  await lembar(workbook, "SKP", KOLOM.skp, skp.map((s) => ({
    tahun: s.tahun,
    status: LABEL_STATUS_SKP[s.status],
    awal: s.periodeAwal,
    akhir: s.periodeAkhir,
    penilai: s.penilai?.nama ?? "",
    nipPenilai: s.penilai?.nip ?? "",
  })));
  await lembar(workbook, "RHK", KOLOM.rhk, skp.flatMap((s) => s.rhk.map((r) => ({
    tahun: s.tahun,
    jenis: LABEL_JENIS_RHK[r.jenis],
    klasifikasi: r.klasifikasi ? LABEL_KLASIFIKASI_RHK[r.klasifikasi] : "",
    teks: r.teks,
    rhkAtasan: r.rhkAtasan ?? "",
    penugasanDari: r.penugasanDari ?? "",
  }))));
  await lembar(workbook, "Indikator", KOLOM.indikator, skp.flatMap((s) => s.rhk.flatMap((r) => r.indikator.map((i) => ({
    tahun: s.tahun,
    rhk: r.teks,
    teks: i.teks,
    aspek: i.aspek ? LABEL_ASPEK[i.aspek] : "",
    perspektif: i.perspektif ? LABEL_PERSPEKTIF[i.perspektif] : "",
    targetMin: i.targetMin ?? "",
    targetMax: i.targetMax ?? "",
    satuan: i.satuan ?? "",
    targetNarasi: i.targetNarasi ?? "",
  })))));
  const perPeriode = skp.flatMap((s) => s.periode.map((p) => ({ tahun: s.tahun, periode: p.label, p })));
  await lembar(workbook, "Realisasi", KOLOM.realisasi, perPeriode.flatMap(({ tahun, periode, p }) => p.realisasi.map((r) => ({
    tahun,
    periode,
    rhk: indikator.get(r.indikatorId)?.rhk ?? "",
    indikator: indikator.get(r.indikatorId)?.teks ?? "",
    nilai: r.nilai ?? "",
    narasi: r.narasi ?? "",
    sumberData: r.sumberData ?? "",
  }))));
  await lembar(workbook, "Bukti Dukung", KOLOM.buktiDukung, perPeriode.flatMap(({ tahun, periode, p }) => p.buktiDukung.map((b) => ({
    tahun,
    periode,
    rhk: rhkTeks.get(b.rhkId) ?? "",
    nama: b.nama,
    tautan: b.tautan,
  }))));
  await lembar(workbook, "Umpan Balik", KOLOM.umpanBalik, perPeriode.flatMap(({ tahun, periode, p }) => [
    ...(p.penilaian?.umpanBalikRhk ?? []).map((u) => ({ tahun, periode, atas: `RHK: ${rhkTeks.get(u.rhkId) ?? ""}`, reaksi: u.reaksi ?? "", teks: u.teks ?? "" })),
    ...(p.penilaian?.umpanBalikPerilaku ?? []).map((u) => ({ tahun, periode, atas: `Perilaku: ${LABEL_CORE_VALUE[u.coreValue]}`, reaksi: u.reaksi ?? "", teks: u.teks ?? "" })),
  ]));
  await lembar(workbook, "Rating dan Predikat", KOLOM.penilaian, perPeriode.flatMap(({ tahun, periode, p }) => p.penilaian ? [{
    tahun,
    periode,
    status: LABEL_STATUS_PENILAIAN[p.penilaian.status],
    ratingHasil: p.penilaian.ratingHasil ? LABEL_RATING[p.penilaian.ratingHasil] : "",
    ratingPerilaku: p.penilaian.ratingPerilaku ? LABEL_RATING[p.penilaian.ratingPerilaku] : "",
    predikat: p.penilaian.predikat ? LABEL_PREDIKAT[p.penilaian.predikat] : "",
    catatan: p.penilaian.catatan ?? "",
  }] : []));
  await lembar(workbook, "Angka Kredit", KOLOM.angkaKredit, perPeriode.flatMap(({ tahun, periode, p }) => {
    const a = p.penilaian?.angkaKredit;
    return a ? [{ tahun, periode, jenjang: LABEL_JENJANG_FUNGSIONAL[a.jenjang], koefisien: a.koefisien, persen: a.persen, bulan: a.bulan, nilai: a.nilai }] : [];
  }));

  const progres = workbook.addWorksheet("Progres Harian", { views: [{ state: "frozen", ySplit: 1 }] });
  progres.columns = KOLOM.progresHarian;
  progres.getRow(1).font = { bold: true };
  for (const s of skp) {
    for await (const batch of progresHarianBertahap(s.id)) {
      for (const e of batch) {
        progres.addRow({
          tahun: s.tahun,
          tanggal: e.tanggal,
          mulai: e.jamMulai,
          selesai: e.jamSelesai,
          rencanaAksi: e.rencanaAksi,
          indikator: e.indikatorId ? (indikator.get(e.indikatorId)?.teks ?? "") : "",
          kegiatan: e.kegiatan,
          realisasi: e.realisasi,
          satuan: e.satuan,
          tautanBukti: e.tautanBukti ?? "",
          status: LABEL_STATUS_VERIFIKASI[e.status],
          catatanVerifikasi: e.catatanVerifikasi ?? "",
          umpanBalik: [e.umpanBalikReaksi, e.umpanBalikTeks].filter(Boolean).join(" "),
        }).commit();
      }
    }
  }
  progres.commit();
  await workbook.commit();
}

async function lembar(workbook: ExcelJS.stream.xlsx.WorkbookWriter, nama: string, kolom: Kolom[], baris: Record<string, unknown>[]) {
  const sheet = workbook.addWorksheet(nama, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = kolom;
  sheet.getRow(1).font = { bold: true };
  for (const b of baris) sheet.addRow(b).commit();
  sheet.commit();
}

const KOLOM = {
  skp: [
    { header: "Tahun", key: "tahun", width: 8 },
    { header: "Status SKP", key: "status", width: 14 },
    { header: "Periode awal", key: "awal", width: 14 },
    { header: "Periode akhir", key: "akhir", width: 14 },
    { header: "Pejabat Penilai", key: "penilai", width: 40 },
    { header: "NIP Pejabat Penilai", key: "nipPenilai", width: 22 },
  ],
  rhk: [
    { header: "Tahun", key: "tahun", width: 8 },
    { header: "Jenis", key: "jenis", width: 12 },
    { header: "Klasifikasi", key: "klasifikasi", width: 14 },
    { header: "Rencana Hasil Kerja", key: "teks", width: 60 },
    { header: "RHK atasan yang diintervensi", key: "rhkAtasan", width: 50 },
    { header: "Penugasan dari", key: "penugasanDari", width: 30 },
  ],
  indikator: [
    { header: "Tahun", key: "tahun", width: 8 },
    { header: "RHK", key: "rhk", width: 50 },
    { header: "Indikator", key: "teks", width: 60 },
    { header: "Aspek", key: "aspek", width: 12 },
    { header: "Perspektif", key: "perspektif", width: 22 },
    { header: "Target minimal", key: "targetMin", width: 14 },
    { header: "Target maksimal", key: "targetMax", width: 14 },
    { header: "Satuan", key: "satuan", width: 14 },
    { header: "Target (uraian)", key: "targetNarasi", width: 40 },
  ],
  realisasi: [
    { header: "Tahun", key: "tahun", width: 8 },
    { header: "Periode", key: "periode", width: 14 },
    { header: "RHK", key: "rhk", width: 50 },
    { header: "Indikator", key: "indikator", width: 50 },
    { header: "Realisasi", key: "nilai", width: 12 },
    { header: "Uraian", key: "narasi", width: 40 },
    { header: "Sumber data", key: "sumberData", width: 30 },
  ],
  buktiDukung: [
    { header: "Tahun", key: "tahun", width: 8 },
    { header: "Periode", key: "periode", width: 14 },
    { header: "RHK", key: "rhk", width: 50 },
    { header: "Bukti dukung", key: "nama", width: 40 },
    { header: "Tautan", key: "tautan", width: 50 },
  ],
  umpanBalik: [
    { header: "Tahun", key: "tahun", width: 8 },
    { header: "Periode", key: "periode", width: 14 },
    { header: "Atas", key: "atas", width: 50 },
    { header: "Reaksi", key: "reaksi", width: 10 },
    { header: "Umpan balik", key: "teks", width: 60 },
  ],
  penilaian: [
    { header: "Tahun", key: "tahun", width: 8 },
    { header: "Periode", key: "periode", width: 14 },
    { header: "Status penilaian", key: "status", width: 16 },
    { header: "Rating hasil kerja", key: "ratingHasil", width: 22 },
    { header: "Rating perilaku kerja", key: "ratingPerilaku", width: 22 },
    { header: "Predikat", key: "predikat", width: 18 },
    { header: "Catatan", key: "catatan", width: 40 },
  ],
  angkaKredit: [
    { header: "Tahun", key: "tahun", width: 8 },
    { header: "Periode", key: "periode", width: 14 },
    { header: "Jenjang", key: "jenjang", width: 16 },
    { header: "Koefisien tahunan", key: "koefisien", width: 16 },
    { header: "Persentase predikat", key: "persen", width: 18 },
    { header: "Bulan", key: "bulan", width: 8 },
    { header: "Angka kredit", key: "nilai", width: 14 },
  ],
  progresHarian: [
    { header: "Tahun", key: "tahun", width: 8 },
    { header: "Tanggal", key: "tanggal", width: 12 },
    { header: "Mulai", key: "mulai", width: 8 },
    { header: "Selesai", key: "selesai", width: 8 },
    { header: "Rencana aksi", key: "rencanaAksi", width: 40 },
    { header: "Indikator", key: "indikator", width: 40 },
    { header: "Kegiatan", key: "kegiatan", width: 50 },
    { header: "Realisasi", key: "realisasi", width: 10 },
    { header: "Satuan", key: "satuan", width: 12 },
    { header: "Tautan bukti", key: "tautanBukti", width: 40 },
    { header: "Status verifikasi", key: "status", width: 18 },
    { header: "Catatan verifikasi", key: "catatanVerifikasi", width: 30 },
    { header: "Umpan balik atasan", key: "umpanBalik", width: 30 },
  ],
} satisfies Record<string, Kolom[]>;
