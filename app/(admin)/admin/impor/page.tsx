import type { Metadata } from "next";
import { Notice } from "@/components/notice";
import { PageHeader } from "@/components/page-header";
import { KOLOM_IMPOR } from "@/lib/domain/impor-kolom";
import { IMPOR_MAKS_BARIS } from "@/lib/schemas/impor";
import { requireActor } from "@/lib/server/auth";
import { ImporForm } from "./impor-form";

export const metadata: Metadata = { title: "Impor Pegawai" };

export default async function ImporPegawaiPage() {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;

  return (
    <>
      <PageHeader
        title="Impor Pegawai"
        description="Daftarkan banyak pegawai sekaligus dari berkas CSV atau XLSX. Berkas diperiksa dulu; data baru disimpan bila semua baris benar."
        actions={
          <a
            href="/api/admin/impor/template"
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Unduh templat XLSX
          </a>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <ImporForm />
        <aside className="flex flex-col gap-4 text-sm text-slate-700" aria-label="Petunjuk impor">
          <Notice title="Langkah impor">
            <ol className="list-decimal space-y-1 pl-5">
              <li>Unduh templat, isi satu pegawai per baris.</li>
              <li>Unggah berkas lalu tekan <strong>Periksa berkas</strong>. Tidak ada yang disimpan pada langkah ini.</li>
              <li>Bila semua baris benar, tekan <strong>Impor</strong>. Semua baris disimpan sekaligus, atau tidak sama sekali.</li>
            </ol>
          </Notice>
          <Notice tone="warning" title="Kata sandi pegawai baru">
            Akun hasil impor belum memiliki kata sandi yang dapat dipakai. Minta pegawai membuka halaman masuk lalu memilih
            <strong> Lupa kata sandi</strong> untuk membuat kata sandi lewat email. Isi kolom Email agar tautannya sampai.
          </Notice>
          <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="font-semibold text-slate-900">Kolom berkas</h2>
            <ul className="mt-2 space-y-1">
              {KOLOM_IMPOR.map((k) => (
                <li key={k.key}>
                  {k.judul} {k.wajib ? <span className="text-red-700">(wajib)</span> : <span className="text-slate-500">(opsional)</span>}
                </li>
              ))}
            </ul>
            <p className="mt-3 text-slate-600">
              Jenis Pegawai: PNS atau PPPK. Jenis Jabatan: Struktural, Fungsional, atau Pelaksana. Unit Kerja: nama unit,
              atau jalurnya (mis. <em>Bidang Mutasi / Subbidang Mutasi</em>) bila namanya kembar. NIP Atasan boleh NIP
              pegawai lain di berkas yang sama. Paling banyak {IMPOR_MAKS_BARIS} baris dan 1 MB per berkas.
            </p>
          </section>
        </aside>
      </div>
    </>
  );
}
