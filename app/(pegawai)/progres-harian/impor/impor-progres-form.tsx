"use client";

import Link from "next/link";
import { useId, useState, useTransition } from "react";
import { Notice } from "@/components/notice";
import { callAction } from "@/lib/http/call-action";
import { IMPOR_MAKS_BYTE, PESAN_BERKAS_TERLALU_BESAR } from "@/lib/schemas/impor";
import { jalankanImporProgresHarian, periksaImporProgresHarian } from "@/lib/server/actions/progres-harian-impor";
import type { LaporanImporProgres } from "@/lib/server/progres-harian/impor/impor";

/** Upload, dry run, then import; the file stays in the browser and is sent again for the import. */
export function ImporProgresForm() {
  const inputId = useId();
  const [berkas, setBerkas] = useState<File | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [laporan, setLaporan] = useState<LaporanImporProgres | null>(null);
  const [diimpor, setDiimpor] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();

  const pilih = (file: File | null) => {
    setBerkas(file);
    setLaporan(null);
    setDiimpor(null);
    setGalat(file && file.size > IMPOR_MAKS_BYTE ? PESAN_BERKAS_TERLALU_BESAR : null);
  };

  const kirim = (aksi: "periksa" | "impor") => {
    if (!berkas) return setGalat("Pilih berkas CSV atau XLSX terlebih dahulu.");
    if (berkas.size > IMPOR_MAKS_BYTE) return;
    const formData = new FormData();
    formData.set("berkas", berkas);
    startTransition(async () => {
      if (aksi === "periksa") {
        const result = await callAction(() => periksaImporProgresHarian(formData));
        if (!result.ok) return gagal(result.fieldErrors?.berkas?.[0] ?? result.message);
        setGalat(result.data.pesanBerkas);
        setLaporan(result.data);
        return;
      }
      const result = await callAction(() => jalankanImporProgresHarian(formData));
      if (!result.ok) return gagal(result.message);
      setLaporan(null);
      setDiimpor(result.data.diimpor);
    });
  };
  const gagal = (pesan: string | undefined) => {
    setGalat(pesan ?? "Berkas tidak dapat diproses.");
    setLaporan(null);
  };

  const errorId = `${inputId}-galat`;
  const hintId = `${inputId}-hint`;
  return (
    <section aria-label="Unggah berkas" className="flex max-w-3xl flex-col gap-5">
      <form className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" onSubmit={(e) => {
          e.preventDefault();
          kirim("periksa");
        }}>
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">Berkas Progres Harian (CSV atau XLSX)</label>
        <input
          id={inputId}
          name="berkas"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={galat ? true : undefined}
          aria-describedby={galat ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => pilih(e.target.files?.[0] ?? null)}
          className="mt-2 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200"
        />
        <p id={hintId} className="mt-1 text-xs text-slate-600">Maksimal 1 MB. Baris pertama berisi judul kolom seperti pada templat.</p>
        {galat ? <p id={errorId} role="alert" className="mt-2 text-sm text-red-700">{galat}</p> : null}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60">
            Periksa berkas
          </button>
          <p aria-live="polite" className="text-sm text-slate-600">{pending ? "Memproses…" : ""}</p>
        </div>
      </form>

      {laporan && laporan.galat.length > 0 ? (
        <section aria-labelledby="baris-salah" className="rounded-lg border border-red-200 bg-white p-4 shadow-sm">
          <h2 id="baris-salah" className="text-base font-semibold text-red-800">{laporan.galat.length} baris perlu diperbaiki; belum ada yang disimpan</h2>
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {laporan.galat.map((g) => (
              <li key={g.baris} className="py-2">
                <p className="font-medium text-slate-900">Baris {g.baris}</p>
                <ul className="list-disc pl-5 text-slate-700">{g.pesan.map((p) => <li key={p}>{p}</li>)}</ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {laporan && laporan.siap > 0 ? (
        <div className="flex flex-col gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-emerald-900">Semua {laporan.siap} baris benar. Impor menyimpan semuanya sekaligus.</p>
          <button type="button" disabled={pending} onClick={() => kirim("impor")} className="shrink-0 rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-60">
            Impor {laporan.siap} kegiatan
          </button>
        </div>
      ) : null}

      {diimpor !== null ? (
        <div role="status">
          <Notice title={`${diimpor} kegiatan berhasil diimpor.`}>
            <p>Kegiatan menunggu verifikasi atasan Anda. <Link href="/progres-harian" className="font-medium underline">Buka Progres Harian</Link></p>
          </Notice>
        </div>
      ) : null}
    </section>
  );
}
