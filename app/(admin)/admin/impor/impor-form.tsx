"use client";

import Link from "next/link";
import { useId, useState, useTransition } from "react";
import { Notice } from "@/components/notice";
import { IMPOR_MAKS_BYTE, PESAN_BERKAS_TERLALU_BESAR } from "@/lib/schemas/impor";
import { jalankanImpor, periksaImpor } from "@/lib/server/actions/impor";
import type { LaporanImpor } from "@/lib/server/import/impor-pegawai";
import { callAction } from "@/lib/http/call-action";
import { LaporanImporView } from "./laporan-impor";

type Langkah = "memeriksa" | "mengimpor" | null;

/**
 * Upload, dry run, then import. The chosen file stays in the browser and is sent again for the
 * import, so the server needs no memory of the dry run.
 */
export function ImporForm() {
  const inputId = useId();
  const [berkas, setBerkas] = useState<File | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [laporan, setLaporan] = useState<LaporanImpor | null>(null);
  const [diimpor, setDiimpor] = useState<number | null>(null);
  const [langkah, setLangkah] = useState<Langkah>(null);
  const [pending, startTransition] = useTransition();

  const pilih = (file: File | null) => {
    setBerkas(file);
    setLaporan(null);
    setDiimpor(null);
    setGalat(file && file.size > IMPOR_MAKS_BYTE ? PESAN_BERKAS_TERLALU_BESAR : null);
  };

  const kirim = (aksi: "periksa" | "impor") => {
    if (!berkas) {
      setGalat("Pilih berkas CSV atau XLSX terlebih dahulu.");
      return;
    }
    if (berkas.size > IMPOR_MAKS_BYTE) return;
    const formData = new FormData();
    formData.set("berkas", berkas);
    setLangkah(aksi === "periksa" ? "memeriksa" : "mengimpor");
    startTransition(async () => {
      const result = aksi === "periksa" ? await callAction(() => periksaImpor(formData)) : await callAction(() => jalankanImpor(formData));
      setLangkah(null);
      if (!result.ok) {
        setGalat(result.fieldErrors?.berkas?.[0] ?? result.message ?? "Berkas tidak dapat diproses.");
        setLaporan(null);
        return;
      }
      setGalat(null);
      if ("diimpor" in result.data) {
        setLaporan(result.data.laporan);
        setDiimpor(result.data.diimpor);
      } else {
        setLaporan(result.data);
      }
    });
  };

  const siap = laporan !== null && laporan.masalah.length === 0 && diimpor === null;
  const errorId = `${inputId}-galat`;
  const hintId = `${inputId}-hint`;

  return (
    <section aria-label="Unggah berkas" className="flex flex-col gap-5">
      <form
        className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
        onSubmit={(event) => {
          event.preventDefault();
          kirim("periksa");
        }}
      >
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
          Berkas data pegawai (CSV atau XLSX)
        </label>
        <input
          id={inputId}
          name="berkas"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={galat ? true : undefined}
          aria-describedby={galat ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => pilih(event.target.files?.[0] ?? null)}
          className="mt-2 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200"
        />
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          Maksimal 1 MB. Baris pertama berisi judul kolom seperti pada templat.
        </p>
        {galat ? (
          <p id={errorId} role="alert" className="mt-2 text-sm text-red-700">
            {galat}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
          >
            Periksa berkas
          </button>
          <p aria-live="polite" className="text-sm text-slate-600">
            {langkah === "memeriksa" ? "Memeriksa setiap baris…" : langkah === "mengimpor" ? "Menyimpan semua pegawai…" : ""}
          </p>
        </div>
      </form>

      {laporan ? <LaporanImporView laporan={laporan} /> : null}

      {siap && laporan ? (
        <div className="flex flex-col gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-5 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-emerald-900">
            Semua {laporan.jumlahBaris} baris benar. Impor menyimpan semuanya sekaligus; bila ada yang gagal, tidak ada yang disimpan.
          </p>
          <button
            type="button"
            disabled={pending}
            onClick={() => kirim("impor")}
            className="shrink-0 rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
          >
            Impor {laporan.jumlahBaris} pegawai
          </button>
        </div>
      ) : null}

      {diimpor !== null && diimpor > 0 ? (
        <div role="status">
          <Notice title={`${diimpor} pegawai berhasil diimpor.`}>
            <p>
              Minta mereka memakai <strong>Lupa kata sandi</strong> di halaman masuk untuk membuat kata sandi.{" "}
              <Link href="/admin/pegawai" className="font-medium underline">
                Lihat daftar pegawai
              </Link>
            </p>
          </Notice>
        </div>
      ) : null}
    </section>
  );
}
