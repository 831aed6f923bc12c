import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, test } from "vitest";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";
import { renderSkpPdf, type SkpPdfInput } from "@/lib/server/pdf/skp-pdf";
import { pdfPages, type TeksHalaman } from "./helpers/pdf-teks";

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

function skp(layout: LayoutSkp, jumlahRhk: number): SkpPdfInput {
  const rhk = Array.from({ length: jumlahRhk }, (_, i) => ({
    id: `rhk-${i}`,
    jenis: "UTAMA" as const,
    klasifikasi: null,
    teks: `RHK nomor ${i + 1} ${"dengan uraian yang cukup panjang sehingga harus dibungkus ke baris berikutnya ".repeat(2)}`.trim(),
    parentRhkId: "p",
    penugasanDari: null, peranTimId: null,
    urutan: i,
    parent: { id: "p", teks: "Terlaksananya mutasi pegawai", pemilikNama: "Atasan" },
    indikator: (["KUANTITAS", "KUALITAS", "WAKTU"] as const).map((aspek, j) => ({
      id: `ind-${i}-${j}`,
      aspek,
      teks: `Indikator ${j + 1} untuk RHK ${i + 1}`,
      targetMin: "80",
      targetMax: j === 1 ? "100" : null,
      satuan: "%",
      targetNarasi: layout === "KUALITATIF" ? `Narasi target ${i + 1}.${j + 1}` : null,
      perspektif: layout === "JPT" ? ("PROSES_BISNIS" as const) : null,
      urutan: j,
    })),
  }));
  return {
    tahun: 2026,
    periodeAwal: new Date("2026-01-01"),
    periodeAkhir: new Date("2026-12-31"),
    pendekatan: layout === "KUALITATIF" ? "KUALITATIF" : "KUANTITATIF",
    layout,
    snapshot: { diambilPada: "", pegawai: pihak("Sri Wahyuni", "199112032017082002"), penilai: pihak("Yudi Prasetyo", "198204122006041005"), atasanPenilai: null },
    rhkUtama: rhk,
    rhkTambahan: [],
    ekspektasi: {},
    lampiran: { DUKUNGAN_SUMBER_DAYA: [], SKEMA_PERTANGGUNGJAWABAN: [], KONSEKUENSI: [] },
  };
}

async function pages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise;
  const result: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    result.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  return result;
}

const cetak = { instansi: "Badan Uji", lokasi: "Bandung", disetujui: new Date("2026-02-03") };

describe("renderSkpPdf layout", () => {
  test("a long SKP breaks across pages, repeating the header row and never splitting an RHK from its indikator", async () => {
    const text = await pages(await renderSkpPdf(skp("STANDAR", 30), cetak));
    const tablePages = text.filter((t) => /RHK nomor \d+/.test(t));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const page of tablePages) {
      expect(page).toContain("RHK Atasan yang Diintervensi Rencana Hasil Kerja Aspek Indikator Kinerja Individu Target");
    }
    for (let i = 1; i <= 30; i += 1) {
      const rhkPage = text.findIndex((t) => t.includes(`RHK nomor ${i} `));
      const indikatorPages = text.flatMap((t, n) => (t.includes(`untuk RHK ${i} `) || t.endsWith(`untuk RHK ${i}`) ? [n] : []));
      expect(indikatorPages).toEqual([rhkPage]);
    }
    expect(text.at(-1)).toContain("LAMPIRAN SKP");
    expect(text[0]).toContain(`Halaman 1 dari ${text.length}`);
  });

  test("the JPT layout prints perspektif and no aspek", async () => {
    const [first] = await pages(await renderSkpPdf(skp("JPT", 1), cetak));
    expect(first).toContain("Rencana Hasil Kerja Indikator Kinerja Individu Target Perspektif");
    expect(first).toContain("Proses Bisnis");
    expect(first).not.toContain("Aspek");
  });

  test("the kualitatif layout prints the narrative target", async () => {
    const [first] = await pages(await renderSkpPdf(skp("KUALITATIF", 1), cetak));
    expect(first).toContain("Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target");
    expect(first).toContain("Narasi target 1.2");
  });
});

describe("renderSkpPdf: headings, the instansi and names", () => {
  test("a section heading never ends a page: it starts the page its table starts on", async () => {
    for (const layout of ["STANDAR", "JPT", "KUALITATIF"] as const) {
      for (let jumlah = 1; jumlah <= 8; jumlah += 1) {
        // The first RHK with a single indikator shifts where the table ends.
        const input = skp(layout, jumlah);
        input.rhkUtama[0] = { ...input.rhkUtama[0]!, indikator: input.rhkUtama[0]!.indikator.slice(0, 1) };
        const halaman = await pdfPages(await renderSkpPdf(input, cetak));
        const kasus = `${layout}, ${jumlah} RHK`;
        expect(pageOf(halaman, (s) => s === "HASIL KERJA"), kasus).toBe(pageOf(halaman, (s) => s === "A. Utama"));
        expect(pageOf(halaman, (s) => s === "PERILAKU KERJA"), kasus).toBe(pageOf(halaman, (s) => s.startsWith("Berorientasi Pelayanan")));
      }
    }
  });

  test("a long instansi name wraps above the identity tables, not onto their top border", async () => {
    const instansi = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah Kabupaten Sumedang";
    const [first] = await pdfPages(await renderSkpPdf(skp("STANDAR", 1), { ...cetak, instansi }));
    const akhirNama = first!.find((i) => i.str.includes("SUMEDANG"))!;
    const judulTabel = first!.find((i) => i.str === "PEGAWAI YANG DINILAI")!;
    // PDF y grows upwards: the name's last line sits clearly above the table's title cell.
    expect(akhirNama.y - judulTabel.y).toBeGreaterThan(14);
  });

  test("names with diacritics print as written", async () => {
    const input = skp("STANDAR", 1);
    input.snapshot = { ...input.snapshot, pegawai: { ...input.snapshot.pegawai!, nama: "Ñoman Sukmawatī Éfendi" } };
    const text = (await pdfPages(await renderSkpPdf(input, cetak))).flat().map((i) => i.str).join(" ");
    expect(text).toContain("Ñoman Sukmawatī Éfendi");
  });
});

function pageOf(halaman: TeksHalaman[][], match: (s: string) => boolean): number {
  return halaman.findIndex((items) => items.some((i) => match(i.str)));
}
