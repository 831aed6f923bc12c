import { randomUUID } from "node:crypto";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, test } from "vitest";
import { pdfPageTexts } from "./helpers/pdf-teks";
import { actAs } from "./helpers/session";
import { GET as getDokumen } from "@/app/api/penilaian/[id]/dokumen/route";
import { GET as getEvaluasi } from "@/app/api/penilaian/[id]/evaluasi/route";
import { formatNip } from "@/lib/domain/nip";
import { db } from "@/lib/server/db";
import { buildSkpSnapshot } from "@/lib/server/skp/snapshot";
import { contohSnapshot } from "./penilaian-cetak-fixtures";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let finalId: string;
let draftId: string;
const RHK_TEKS = "Terprosesnya usulan mutasi pegawai antarinstansi secara tepat waktu";

beforeAll(async () => {
  org = await buildSkpOrg();
  const skp = await seedSkp(org.staff.id, org.t2026.id, 2026, [RHK_TEKS]);
  const pihak = await db.$transaction((tx) => buildSkpSnapshot(tx, org.staff.id, org.atasan.id));
  await db.skp.update({ where: { id: skp.id }, data: { status: "PERSETUJUAN", penilaiId: org.atasan.id, snapshot: pihak } });
  const [tw1, tw2] = await Promise.all(
    [1, 2].map((urutan) =>
      db.periodePenilaian.create({
        data: {
          tahunId: org.t2026.id,
          jenis: "TRIWULAN",
          urutan,
          awal: new Date(`2026-0${urutan * 3 - 2}-01`),
          akhir: new Date(urutan === 1 ? "2026-03-31" : "2026-06-30"),
          batasPengisian: new Date(urutan === 1 ? "2026-04-10" : "2026-07-10"),
        },
      }),
    ),
  );
  const snapshot = contohSnapshot({ pegawai: pihak.pegawai!, penilai: pihak.penilai!, atasanPenilai: pihak.atasanPenilai });
  const final = await db.penilaian.create({
    data: {
      skpId: skp.id,
      periodeId: tw1!.id,
      status: "FINAL",
      ratingHasil: "DI_ATAS_EKSPEKTASI",
      ratingPerilaku: "SESUAI_EKSPEKTASI",
      predikat: "BAIK",
      catatan: snapshot.catatan,
      snapshot,
      finalizedAt: new Date(snapshot.finalizedAt),
      finalizedById: org.atasan.id,
    },
  });
  finalId = final.id;
  const draft = await db.penilaian.create({
    data: { skpId: skp.id, periodeId: tw2!.id, ratingHasil: "SESUAI_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI", predikat: "BAIK" },
  });
  draftId = draft.id;
});

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const evaluasi = (id: string) => getEvaluasi(new Request(`http://localhost:3000/api/penilaian/${id}/evaluasi`), params(id));
const dokumen = (id: string) => getDokumen(new Request(`http://localhost:3000/api/penilaian/${id}/dokumen`), params(id));

async function pdfText(response: Response): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(await response.arrayBuffer()), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join(" ").replace(/\s+/g, " ");
}

const siapa = [
  ["the owner", () => org.staff.id],
  ["their penilai", () => org.atasan.id],
  ["an admin of the instansi", () => org.admin.id],
] as const;

describe("GET /api/penilaian/[id]/evaluasi", () => {
  test.each(siapa)("%s downloads the Evaluasi Kinerja Pegawai with RHK, realisasi, umpan balik and predikat", async (_, who) => {
    await actAs(who());
    const response = await evaluasi(finalId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Evaluasi-${org.staff.nip}-2026-Triwulan-I.pdf"`);

    const text = await pdfText(response);
    for (const expected of [
      "EVALUASI KINERJA PEGAWAI",
      "PERIODE: TRIWULAN I TAHUN 2026",
      "PERIODE PENILAIAN: 1 JANUARI 2026 S.D. 31 MARET 2026",
      formatNip(org.staff.nip),
      formatNip(org.atasan.nip),
      "Staff Uji",
      RHK_TEKS,
      "Jumlah usulan diproses",
      "12 Dokumen",
      "Sumber data: SIASN",
      "83,33%",
      "Rekap usulan mutasi Januari-Maret",
      // The link wraps inside its narrow column.
      "drive.example.go.id/",
      "[Bagus] Proses cepat dan rapi",
      "[Tetap semangat] Libatkan tim lain lebih awal",
      "Laporan mingguan tepat waktu",
      "RATING HASIL KERJA Di Atas Ekspektasi",
      "RATING PERILAKU KERJA Sesuai Ekspektasi",
      "PREDIKAT KINERJA PEGAWAI Baik",
      "POLA DISTRIBUSI PREDIKAT PEGAWAI",
      "3 (60%)",
      // Finalised 20.00 UTC on 6 April: already 7 April in Indonesia.
      "Bandung, 7 April 2026",
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe("GET /api/penilaian/[id]/dokumen", () => {
  test.each(siapa)("%s downloads the Dokumen Evaluasi with the three people, predikat and catatan", async (_, who) => {
    await actAs(who());
    const response = await dokumen(finalId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Dokumen-Evaluasi-${org.staff.nip}-2026-Triwulan-I.pdf"`,
    );

    const text = await pdfText(response);
    for (const expected of [
      "DOKUMEN EVALUASI KINERJA PEGAWAI",
      "PERIODE: TRIWULAN I TAHUN 2026",
      "BADAN UJI SKP",
      "PEGAWAI YANG DINILAI",
      "PEJABAT PENILAI KINERJA",
      "ATASAN PEJABAT PENILAI KINERJA",
      formatNip(org.staff.nip),
      formatNip(org.atasan.nip),
      formatNip(org.kabid.nip),
      "Kabid Uji",
      "Capaian Kinerja Organisasi Baik",
      "Predikat Kinerja Pegawai Baik",
      "CATATAN/REKOMENDASI",
      "Pertahankan ketepatan waktu; ikuti pelatihan analisis jabatan.",
      "Bandung, 7 April 2026",
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe.each([
  ["evaluasi", evaluasi],
  ["dokumen", dokumen],
] as const)("who may not print the %s", (_, cetak) => {
  test.each([
    ["a colleague under the same atasan", () => org.staffLain.id],
    ["the atasan's own atasan", () => org.kabid.id],
    ["an admin of another instansi", () => org.adminLain.id],
  ])("%s gets 404, as if the penilaian did not exist", async (_, who) => {
    await actAs(who());
    const response = await cetak(finalId);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).not.toContain("pdf");
  });

  test("a guessed or malformed id gets 404", async () => {
    await actAs(org.staff.id);
    expect((await cetak(randomUUID())).status).toBe(404);
    expect((await cetak("199306152019031008")).status).toBe(404);
  });

  test("a signed-out visitor is sent to the sign-in page", async () => {
    await actAs(null);
    const response = await cetak(finalId);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/masuk");
  });

  test("a penilaian not yet final is refused with the reason to its owner, who sees the verdict once final", async () => {
    await actAs(org.staff.id);
    const response = await cetak(draftId);
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Penilaian belum difinalkan");
  });

  test.each([
    ["their penilai", () => org.atasan.id],
    ["an admin of the instansi", () => org.admin.id],
  ])("%s prints a draft as a KONSEP on every page, without a signature date", async (_, who) => {
    await actAs(who());
    const response = await cetak(draftId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/filename="Konsep-.*-2026-Triwulan-II\.pdf"/);
    const pages = await pdfPageTexts(Buffer.from(await response.arrayBuffer()));
    for (const page of pages) expect(page).toContain("KONSEP");
    const text = pages.join(" ");
    expect(text).toContain("PERIODE: TRIWULAN II TAHUN 2026");
    expect(text).toContain("Bandung, ....");
    expect(text).not.toMatch(/Bandung, \d/);
  });

  test("a final penilaian prints without KONSEP", async () => {
    await actAs(org.staff.id);
    expect(await pdfText(await cetak(finalId))).not.toContain("KONSEP");
  });
});
