import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, test } from "vitest";
import { renderDokumenEvaluasiPdf } from "@/lib/server/pdf/dokumen-evaluasi-pdf";
import { renderEvaluasiPdf } from "@/lib/server/pdf/evaluasi-pdf";
import { pdfPages, pdfText } from "./helpers/pdf-teks";
import { contohRhk, contohSnapshot } from "./penilaian-cetak-fixtures";

const pihak = (nama: string, nip: string) => ({
  id: nip,
  nama,
  nip,
  pangkat: "Penata Muda",
  golongan: "III/a",
  jabatan: "Analis Mutasi Kepegawaian",
  unit: "Subbidang Mutasi",
  instansi: "Badan Uji",
});
const orang = { pegawai: pihak("Sri Wahyuni", "199112032017082002"), penilai: pihak("Yudi Prasetyo", "198204122006041005"), atasanPenilai: null };
const finalAt = new Date("2026-04-06T03:00:00Z");

async function pages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise;
  const result: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    result.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  return result;
}

describe("renderEvaluasiPdf layout", () => {
  test("a long evaluation repeats the header row and keeps each RHK with its indikator, bukti and umpan balik", async () => {
    const rhk = Array.from({ length: 20 }, (_, i) => ({
      ...contohRhk(`RHK nomor ${i + 1} dengan uraian yang cukup panjang sehingga harus dibungkus`),
      umpanBalik: { reaksi: null, teks: `Umpan balik RHK ${i + 1} selesai` },
    }));
    const text = await pages(await renderEvaluasiPdf(contohSnapshot(orang, { rhk }), finalAt));
    const tablePages = text.filter((t) => /RHK nomor \d+/.test(t));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const page of tablePages) expect(page).toContain("Realisasi Berdasarkan Bukti Dukung Capaian Bukti Dukung Umpan Balik Berkelanjutan");
    for (let i = 1; i <= 20; i += 1) {
      const rhkPage = text.findIndex((t) => t.includes(`RHK nomor ${i} `));
      expect(text[rhkPage]).toContain(`Umpan balik RHK ${i} selesai`);
    }
    expect(text[0]).toContain(`Halaman 1 dari ${text.length}`);
    expect(text.at(-1)).toContain("Pejabat Penilai Kinerja");
  });

  test("the JPT layout prints perspektif and no RHK atasan; the kualitatif one the narrative target and no capaian", async () => {
    const jpt = (await pages(await renderEvaluasiPdf(contohSnapshot(orang, { layout: "JPT" }), finalAt))).join(" ");
    expect(jpt).toContain("Target Perspektif Realisasi");
    expect(jpt).not.toContain("RHK Atasan yang Diintervensi");

    const kualitatif = (await pages(await renderEvaluasiPdf(contohSnapshot(orang, { layout: "KUALITATIF" }), finalAt))).join(" ");
    expect(kualitatif).toContain("Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target");
    expect(kualitatif).toContain("Jumlah usulan diproses Target: 12 Dokumen");
    expect(kualitatif).not.toContain("Capaian Bukti Dukung");
  });

  test("angka kredit of a jabatan fungsional and a capaian organisasi not yet set are printed as such", async () => {
    const snapshot = contohSnapshot(orang, {
      organisasi: { unit: "Subbidang Mutasi", capaian: null, distribusi: { SANGAT_BAIK: 0, BAIK: 1, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 }, unitDistribusi: "Subbidang Mutasi" },
      angkaKredit: { jenjang: "AHLI_MUDA", koefisien: 25, persen: 100, bulan: 3, nilai: 6.25 },
    });
    const evaluasi = (await pages(await renderEvaluasiPdf(snapshot, finalAt))).join(" ");
    expect(evaluasi).toContain("CAPAIAN KINERJA ORGANISASI POLA DISTRIBUSI PREDIKAT PEGAWAI Belum ditetapkan");
    expect(evaluasi).toContain("ANGKA KREDIT PERIODIK 6,25 (Ahli Muda: 25 × 100% × 3/12 bulan)");

    const dokumen = await pages(await renderDokumenEvaluasiPdf(snapshot, finalAt));
    expect(dokumen).toHaveLength(1);
    expect(dokumen[0]).toContain("Capaian Kinerja Organisasi Belum ditetapkan");
    expect(dokumen[0]).toContain("Angka Kredit Periodik 6,25");
  });

  test("the tahunan evaluation is the akhir one", async () => {
    const snapshot = contohSnapshot(orang, {
      periode: { jenis: "TAHUNAN", urutan: 1, label: "Tahunan", tahun: 2026, awal: "2026-01-01", akhir: "2026-12-31" },
    });
    const [dokumen] = await pages(await renderDokumenEvaluasiPdf(snapshot, finalAt));
    expect(dokumen).toContain("PERIODE: AKHIR TAHUN 2026");
    expect(dokumen).toContain("1 JANUARI 2026 S.D. 31 DESEMBER 2026");
  });
});

describe("renderEvaluasiPdf: headings, the instansi and names", () => {
  test("PERILAKU KERJA never ends a page: it starts the page its table starts on", async () => {
    for (let jumlah = 1; jumlah <= 10; jumlah += 1) {
      const rhk = Array.from({ length: jumlah }, (_, i) => contohRhk(`RHK nomor ${i + 1} dengan uraian yang cukup panjang sehingga harus dibungkus`));
      const halaman = await pdfPages(await renderEvaluasiPdf(contohSnapshot(orang, { rhk }), finalAt));
      const heading = halaman.findIndex((items) => items.some((i) => i.str === "PERILAKU KERJA"));
      const pertama = halaman.findIndex((items) => items.some((i) => i.str.startsWith("Berorientasi Pelayanan")));
      expect(heading, `${jumlah} RHK`).toBe(pertama);
    }
  });

  test("a long instansi name wraps above the identity tables, not onto their top border", async () => {
    const instansi = { nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah Kabupaten Sumedang", lokasi: "Sumedang" };
    const [first] = await pdfPages(await renderEvaluasiPdf(contohSnapshot(orang, { instansi }), finalAt));
    const akhirNama = first!.find((i) => i.str.includes("SUMEDANG"))!;
    const judulTabel = first!.find((i) => i.str === "PEGAWAI YANG DINILAI")!;
    expect(akhirNama.y - judulTabel.y).toBeGreaterThan(14);
  });

  test("names and umpan balik with diacritics print as written on both documents", async () => {
    const snapshot = contohSnapshot(
      { ...orang, pegawai: { ...orang.pegawai, nama: "Ñoman Sukmawatī Éfendi" } },
      { catatan: "Pertahankan kerja sama dengan Ōtsuka-san dan Bāpak Nuñez." },
    );
    const evaluasi = await pdfText(await renderEvaluasiPdf(snapshot, finalAt));
    expect(evaluasi).toContain("Ñoman Sukmawatī Éfendi");
    const dokumen = await pdfText(await renderDokumenEvaluasiPdf(snapshot, finalAt));
    expect(dokumen).toContain("Ñoman Sukmawatī Éfendi");
    expect(dokumen).toContain("Ōtsuka-san dan Bāpak Nuñez");
  });
});
