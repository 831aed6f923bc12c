import "server-only";
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { ZipArchive } from "archiver";
import { readPenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import type { SkpUnduhan } from "@/lib/domain/unduh-data";
import type { Actor } from "@/lib/server/auth";
import { renderDokumenEvaluasiPdf } from "@/lib/server/pdf/dokumen-evaluasi-pdf";
import { renderEvaluasiPdf } from "@/lib/server/pdf/evaluasi-pdf";
import { tanggalFinal } from "@/lib/server/pdf/evaluasi-route";
import { namaFilePenilaian } from "@/lib/server/pdf/evaluasi-teks";
import { cetakSkpPdf, namaFileSkp } from "@/lib/server/pdf/skp-cetak";
import { dataJsonBertahap } from "./json";
import { muatTahunUnduhan, type CakupanUnduhan } from "./muat";
import { tulisXlsxUnduhan } from "./xlsx";

/**
 * The ZIP of "Unduh data saya" as a stream that starts at once: per year (folder `2026/`) the SKP
 * PDF and, for each final penilaian, its Evaluasi and Dokumen Evaluasi; then `data.json` and
 * `data.xlsx` with every year. Each year is read and its PDFs rendered only after the previous
 * year's entries went out, so a slow download holds one year at a time, not the whole history.
 */
export function arsipUnduhan(actor: Actor, cakupan: CakupanUnduhan): ZipArchive {
  const zip = new ZipArchive({ zlib: { level: 6 } });
  isiArsip(zip, actor, cakupan).catch((error: unknown) => {
    // A client that stops the download destroys the stream itself: nothing to report then.
    if (zip.destroyed) return;
    console.error("unduh-data: arsip gagal dibuat", error);
    zip.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return zip;
}

async function isiArsip(zip: ZipArchive, actor: Actor, { pegawai, skp }: CakupanUnduhan): Promise<void> {
  const dibuatPada = new Date();
  const semua: SkpUnduhan[] = [];
  const folderDipakai = new Set<string>();
  for (const { id, tahun } of skp) {
    const { detail, data, snapshotFinal } = await muatTahunUnduhan(actor, id);
    semua.push(data);
    // Two SKPs in one year (a mutasi) each get their own folder.
    let folder = String(tahun);
    for (let ke = 2; folderDipakai.has(folder); ke++) folder = `${tahun}-${ke}`;
    folderDipakai.add(folder);

    await tambah(zip, await cetakSkpPdf(detail, actor.zonaWaktu), `${folder}/${namaFileSkp(detail)}`);
    for (const final of snapshotFinal) {
      const snapshot = readPenilaianSnapshot(final.snapshot);
      const tanggal = tanggalFinal(final.finalizedAt, snapshot, actor.zonaWaktu);
      await tambah(zip, await renderEvaluasiPdf(snapshot, tanggal), `${folder}/${namaFilePenilaian("Evaluasi", pegawai.nip, snapshot)}`);
      await tambah(zip, await renderDokumenEvaluasiPdf(snapshot, tanggal), `${folder}/${namaFilePenilaian("Dokumen-Evaluasi", pegawai.nip, snapshot)}`);
    }
  }

  // A pull stream: the ZIP asks for the next piece when the client has taken the last one.
  zip.append(Readable.from(dataJsonBertahap(pegawai, semua, dibuatPada)), { name: "data.json", date: dibuatPada });
  // exceljs' streaming writer has no back-pressure of its own: it writes to a temporary file at
  // disk speed, and the ZIP then reads that file at the client's pace.
  const xlsx = path.join(tmpdir(), `unduh-data-${randomUUID()}.xlsx`);
  try {
    await tulisXlsxUnduhan(xlsx, semua);
    zip.file(xlsx, { name: "data.xlsx", date: dibuatPada });
    await zip.finalize();
  } finally {
    await rm(xlsx, { force: true });
  }
}

/** Appends one entry and waits until the ZIP has taken it in (and so the client has read up to it). */
function tambah(zip: ZipArchive, source: Buffer | Readable, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const selesai = () => {
      zip.off("entry", onEntry);
      zip.off("error", reject);
      zip.off("close", onClose);
    };
    const onEntry = (entry: { name: string }) => {
      if (entry.name !== name) return;
      selesai();
      resolve();
    };
    const onClose = () => {
      selesai();
      reject(new Error("Unduhan dihentikan sebelum selesai."));
    };
    zip.on("entry", onEntry);
    zip.once("error", reject);
    zip.once("close", onClose);
    zip.append(source, { name, date: new Date() });
  });
}

