import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/skp/form-field";
import { requireActor } from "@/lib/server/auth";
import { ImporProgresForm } from "./impor-progres-form";

export const metadata: Metadata = { title: "Impor Progres Harian" };

export default async function ImporProgresHarianPage() {
  await requireActor();
  return (
    <>
      <PageHeader
        title="Impor Progres Harian"
        description="Isi banyak kegiatan sekaligus dari CSV atau XLSX. Berkas diperiksa dahulu; kegiatan disimpan hanya bila semua baris benar."
        actions={
          <a href="/api/progres-harian/impor/templat" className={`${buttonClass.secondary} whitespace-nowrap`} download>
            Unduh templat XLSX
          </a>
        }
      />
      <ol className="mb-5 max-w-3xl list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>Unduh templat. Lembar Rencana Aksi berisi rencana aksi SKP Anda yang sudah disetujui.</li>
        <li>Isi satu kegiatan per baris: tanggal (2026-12-01 atau 01/12/2026), jam mulai dan selesai (08.00), rencana aksi persis seperti di SKP, kegiatan, realisasi dan satuan.</li>
        <li>Periksa berkas: setiap baris yang salah ditampilkan beserta alasannya. Perbaiki, lalu impor.</li>
      </ol>
      <ImporProgresForm />
    </>
  );
}
