import { randomUUID } from "node:crypto";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { GET } from "@/app/api/skp/[id]/cetak/route";
import { formatNip } from "@/lib/domain/nip";
import { db } from "@/lib/server/db";
import { buildSkpSnapshot } from "@/lib/server/skp/snapshot";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let skpId: string;
const RHK_TEKS = "Terprosesnya usulan mutasi pegawai antarinstansi secara tepat waktu";

beforeAll(async () => {
  org = await buildSkpOrg();
  const atasanSkp = await seedSkp(org.atasan.id, org.t2026.id, 2026, ["Terlaksananya mutasi pegawai"]);
  const skp = await seedSkp(org.staff.id, org.t2026.id, 2026);
  skpId = skp.id;
  await db.rhk.create({
    data: {
      skpId,
      jenis: "UTAMA",
      teks: RHK_TEKS,
      urutan: 0,
      parentRhkId: atasanSkp.rhk[0]!.id,
      indikator: { create: { aspek: "KUANTITAS", teks: "Jumlah usulan diproses", targetMin: 12, satuan: "Dokumen", urutan: 0 } },
    },
  });
  await db.ekspektasiKhusus.create({ data: { skpId, coreValue: "AKUNTABEL", teks: "Laporan mingguan tepat waktu" } });
  await db.lampiranItem.create({ data: { skpId, jenis: "DUKUNGAN_SUMBER_DAYA", teks: "Akses aplikasi SIASN", urutan: 0 } });
  const snapshot = await db.$transaction((tx) => buildSkpSnapshot(tx, org.staff.id, org.atasan.id));
  await db.skp.update({ where: { id: skpId }, data: { status: "PENGAJUAN", penilaiId: org.atasan.id, snapshot } });
});

const cetak = (id: string) => GET(new Request(`http://localhost:3000/api/skp/${id}/cetak`), { params: Promise.resolve({ id }) });

async function pdfText(response: Response): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(await response.arrayBuffer()), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
    pages.push(text.replace(/\s+/g, " "));
  }
  return pages;
}

describe("GET /api/skp/[id]/cetak", () => {
  test.each([
    ["the owner", () => org.staff.id],
    ["their penilai", () => org.atasan.id],
    ["an admin of the instansi", () => org.admin.id],
  ])("%s downloads the SKP as a PDF in the official layout", async (_, who) => {
    await actAs(who());
    const response = await cetak(skpId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="SKP-${org.staff.nip}-2026.pdf"`);

    const pages = await pdfText(response);
    const all = pages.join(" ");
    for (const expected of [
      "SASARAN KINERJA PEGAWAI",
      "PEGAWAI YANG DINILAI",
      "PEJABAT PENILAI KINERJA",
      "BADAN UJI SKP",
      formatNip(org.staff.nip),
      formatNip(org.atasan.nip),
      "Staff Uji",
      "Atasan Uji",
      "A. Utama",
      "B. Tambahan",
      "Terlaksananya mutasi pegawai",
      RHK_TEKS,
      "Jumlah usulan diproses",
      "12 Dokumen",
      "PERILAKU KERJA",
      "Laporan mingguan tepat waktu",
      "Pegawai yang Dinilai",
      "Pejabat Penilai Kinerja",
    ]) {
      expect(all).toContain(expected);
    }
    const lampiran = pages.at(-1)!;
    expect(lampiran).toContain("LAMPIRAN SKP");
    expect(lampiran).toContain("1. Akses aplikasi SIASN");
  });

  test.each([
    ["a colleague under the same atasan", () => org.staffLain.id],
    ["the atasan's own atasan", () => org.kabid.id],
    ["an admin of another instansi", () => org.adminLain.id],
  ])("%s gets 404, as if the SKP did not exist", async (_, who) => {
    await actAs(who());
    const response = await cetak(skpId);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).not.toContain("pdf");
  });

  test("a guessed or malformed id gets 404", async () => {
    await actAs(org.atasan.id);
    expect((await cetak(randomUUID())).status).toBe(404);
    expect((await cetak("199306152019031008")).status).toBe(404);
  });

  test("a signed-out visitor is sent to the sign-in page", async () => {
    await actAs(null);
    const response = await cetak(skpId);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/masuk");
  });

  test("an SKP not yet approved prints as a KONSEP on every page, with no date to sign on", async () => {
    await actAs(org.staff.id);
    const pages = await pdfText(await cetak(skpId));
    for (const page of pages) expect(page).toContain("KONSEP");
    expect(pages.join(" ")).toContain("Bandung, ....");
    expect(pages.join(" ")).not.toMatch(/Bandung, \d/);
  });

  test("names with diacritics print as written", async () => {
    const { snapshot } = await db.skp.findUniqueOrThrow({ where: { id: skpId }, select: { snapshot: true } });
    const pegawai = (snapshot as { pegawai: Record<string, unknown> }).pegawai;
    await db.skp.update({ where: { id: skpId }, data: { snapshot: { ...(snapshot as object), pegawai: { ...pegawai, nama: "Ñoman Sukmawatī" } } } });
    await actAs(org.staff.id);
    expect((await pdfText(await cetak(skpId))).join(" ")).toContain("Ñoman Sukmawatī");
    await db.skp.update({ where: { id: skpId }, data: { snapshot: snapshot as object } });
  });

  test("an approved SKP is final: dated the day it was approved, without KONSEP", async () => {
    await db.skp.update({ where: { id: skpId }, data: { status: "PERSETUJUAN" } });
    await db.riwayatStatus.create({
      data: { entitas: "SKP", entitasId: skpId, dari: "PENGAJUAN", ke: "PERSETUJUAN", aktorId: org.atasan.id, createdAt: new Date("2026-02-03T20:00:00Z") },
    });
    await actAs(org.staff.id);
    // 20.00 UTC is already 4 February in Indonesia (WIB).
    const text = (await pdfText(await cetak(skpId))).join(" ");
    expect(text).toContain("Bandung, 4 Februari 2026");
    expect(text).not.toContain("KONSEP");
  });
});
