import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { Notice } from "@/components/notice";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/server/auth";
import { JENIS_JOB, LABEL_JENIS_JOB, listJobs } from "@/lib/server/siasn/sinkron-massal/job";
import { getSiasnClient } from "@/lib/server/siasn/get-client";
import { JobList } from "./job-list";
import { PantauKemajuan } from "./pantau-kemajuan";
import { TombolMulai } from "./tombol-sinkron";

export const metadata: Metadata = { title: "Sinkron SIASN" };

export default async function SinkronPage() {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;

  const tersedia = getSiasnClient() !== null;
  const jobs = await listJobs(actor);
  const berjalan = jobs.some((j) => (j.status === "MENUNGGU" || j.status === "BERJALAN") && !j.macet);
  const sibuk = (jenis: string) => jobs.some((j) => j.jenis === jenis && (j.status === "MENUNGGU" || j.status === "BERJALAN") && !j.macet);

  return (
    <>
      <PageHeader
        title="Sinkron SIASN"
        description="Perbarui unit kerja dan data semua pegawai instansi Anda dari SIASN BKN. Proses berjalan di server; Anda boleh menutup halaman ini."
      />
      {tersedia ? null : (
        <div className="mb-6">
          <Notice tone="warning" title="SIASN belum dikonfigurasi">
            Server ini belum terhubung ke SIASN (variabel SIASN_* belum diisi), jadi sinkron belum dapat dijalankan. Hubungi
            pengelola aplikasi.
          </Notice>
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="unor" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="unor" className="font-semibold text-slate-900">{LABEL_JENIS_JOB.SINKRON_UNOR}</h2>
          <p className="mt-1 text-sm text-slate-600">
            Menambah unit yang belum ada, memperbarui nama, induk dan eselon, serta pimpinan unit sesuai SIASN. Unit yang
            tidak ada lagi di SIASN hanya dilaporkan, tidak dinonaktifkan.
          </p>
          <TombolMulai jenis={JENIS_JOB.SINKRON_UNOR} nonaktif={!tersedia || sibuk(JENIS_JOB.SINKRON_UNOR)} />
        </section>
        <section aria-labelledby="pegawai" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="pegawai" className="font-semibold text-slate-900">{LABEL_JENIS_JOB.SINKRON_PEGAWAI}</h2>
          <p className="mt-1 text-sm text-slate-600">
            Mengambil data utama setiap pegawai aktif dan menerapkan perubahan (jabatan, pangkat, unit kerja, dan lainnya).
            Email dan no HP yang sudah diisi pegawai tidak ditimpa. Setiap pegawai disimpan tersendiri.
          </p>
          <TombolMulai jenis={JENIS_JOB.SINKRON_PEGAWAI} nonaktif={!tersedia || sibuk(JENIS_JOB.SINKRON_PEGAWAI)} />
        </section>
      </div>

      <h2 className="mt-8 mb-3 text-lg font-semibold text-slate-900">Riwayat sinkron</h2>
      <PantauKemajuan aktif={berjalan} />
      {jobs.length > 0 ? (
        <JobList jobs={jobs} bisaLanjut={tersedia} zona={actor.zonaWaktu} />
      ) : (
        <EmptyState title="Belum pernah sinkron" description="Jalankan sinkron unit kerja terlebih dahulu, lalu sinkron semua pegawai." />
      )}
    </>
  );
}
