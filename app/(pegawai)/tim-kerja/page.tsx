import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { FormAksi } from "@/components/tim-kerja/form-aksi";
import { formatTanggalDi } from "@/lib/domain/zona-waktu";
import { buatTimKerja } from "@/lib/server/actions/tim-kerja";
import { cariPegawaiTim } from "@/lib/server/actions/tim-kerja-cari";
import { requireActor } from "@/lib/server/auth";
import { daftarTimKerja } from "@/lib/server/queries/tim-kerja";

export const metadata: Metadata = { title: "Tim Kerja" };

/** The teams one leads, belongs to or created; the create form for an atasan eselon II–IV or the admin. */
export default async function TimKerjaPage() {
  const actor = await requireActor();
  const { tim, bolehBuat, tahun } = await daftarTimKerja(actor);

  return (
    <>
      <PageHeader title="Tim Kerja" description="Tim lintas unit: ketua memberi setiap anggota peran dalam Matriks Peran Hasil, dan peran itu menjadi RHK di SKP anggota." />
      {tim.length === 0 ? (
        <EmptyState
          title="Anda belum tergabung dalam tim kerja"
          description={bolehBuat ? "Buat tim di bawah ini: beri nama, pilih tahun SKP dan ketuanya, lalu tambahkan anggota dari unit mana pun." : "Tim kerja dibuat oleh pejabat eselon II–IV atau admin. Setelah Anda ditambahkan sebagai anggota, tim dan peran Anda tampil di sini."}
        />
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {tim.map((t) => (
            <li key={t.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-base font-semibold text-slate-900">
                <Link href={`/tim-kerja/${t.id}`} className="text-blue-800 underline">
                  {t.nama}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                Tahun {t.tahun.tahun} · Ketua {t.ketua.nama} · {t._count.anggota} anggota · {t._count.rhk} RHK tim
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {t.ketuaId === actor.id ? "Anda ketua tim ini." : t.pembuatId === actor.id ? "Anda pembuat tim ini." : "Anda anggota tim ini."}
                {t.ditutupPada ? ` Ditutup ${formatTanggalDi(actor.zonaWaktu, t.ditutupPada)}.` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      {bolehBuat ? (
        <section aria-labelledby="buat-tim" className="mt-8 max-w-xl rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="buat-tim" className="mb-3 text-lg font-semibold text-slate-900">
            Buat tim kerja
          </h2>
          {tahun.length === 0 ? (
            <p className="text-sm text-slate-700">Belum ada tahun SKP yang terbuka. Admin membuka tahun di Periode Penilaian.</p>
          ) : (
            <FormAksi
              aksi={buatTimKerja}
              tetap={{}}
              idForm="buat-tim"
              tombol="Buat tim"
              berhasil="Tim kerja dibuat."
              cariPegawai={cariPegawaiTim}
              isian={[
                { name: "nama", label: "Nama tim" },
                { name: "tahunId", label: "Tahun SKP", kind: "select", options: tahun.map((t) => ({ value: t.id, label: String(t.tahun) })), defaultValue: tahun[0]?.id },
                { name: "ketuaId", label: "Ketua tim (cari nama atau NIP)", kind: "pegawai" },
              ]}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
