import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { FormAksi } from "@/components/tim-kerja/form-aksi";
import { TombolAksi } from "@/components/tim-kerja/tombol-aksi";
import { keteranganCalonAnggota, sebutanTim } from "@/lib/domain/tim-kerja";
import { formatNip } from "@/lib/domain/nip";
import { formatTanggalDi } from "@/lib/domain/zona-waktu";
import { keluarkanAnggotaTim, tambahAnggotaTim, tambahRhkTim, tutupTimKerja, ubahTimKerja } from "@/lib/server/actions/tim-kerja";
import { cariPegawaiTim } from "@/lib/server/actions/tim-kerja-cari";
import { requireActor } from "@/lib/server/auth";
import { muatTim } from "./muat-tim";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tim = await muatTim((await params).id);
  return { title: tim ? sebutanTim(tim.nama) : "Tim Kerja" };
}

export default async function TimKerjaDetailPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const tim = await muatTim(id);
  if (!tim) notFound();
  const ref = { timId: tim.id, version: tim.version };
  const keteranganAnggota = Object.fromEntries(tim.anggota.map((a) => [a.pegawaiId, keteranganCalonAnggota(a.keluarPada, actor.zonaWaktu)]));

  return (
    <>
      <BackLink href="/tim-kerja" ke="Tim Kerja" />
      <PageHeader
        title={sebutanTim(tim.nama)}
        description={`Tahun ${tim.tahun.tahun} · Ketua ${tim.ketua.nama} · Dibuat oleh ${tim.pembuat.nama}${tim.ditutupPada ? ` · Ditutup ${formatTanggalDi(actor.zonaWaktu, tim.ditutupPada)}` : ""}`}
        actions={
          <Link href={`/tim-kerja/${tim.id}/matriks`} className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800">
            Matriks Peran Hasil
          </Link>
        }
      />
      {tim.ditutupPada ? <p className="mb-4 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">Tim ini sudah ditutup. Isinya tetap tersimpan sebagai riwayat dan tidak dapat diubah.</p> : null}

      <section aria-labelledby="anggota" className="mb-8">
        <h2 id="anggota" className="mb-3 text-lg font-semibold text-slate-900">Anggota</h2>
        {tim.anggota.length === 0 ? (
          <EmptyState title="Tim ini belum memiliki anggota" description={tim.bolehUbah ? "Tambahkan pegawai dari unit mana pun di instansi dengan formulir di bawah." : "Pembuat tim atau admin menambahkan anggota."} />
        ) : (
          <ul className="grid gap-2 md:grid-cols-2">
            {tim.anggota.map((a) => (
              <li key={a.id} className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{a.pegawai.nama}</p>
                  <p className="text-sm text-slate-600">{formatNip(a.pegawai.nip)} · {a.pegawai.unit?.nama ?? "Tanpa unit"}</p>
                  {a.keluarPada ? <p className="text-sm text-slate-600">Keluar {formatTanggalDi(actor.zonaWaktu, a.keluarPada)}</p> : null}
                </div>
                {tim.bolehUbah && !a.keluarPada ? (
                  <TombolAksi
                    aksi={keluarkanAnggotaTim}
                    input={{ ...ref, pegawaiId: a.pegawaiId }}
                    label="Keluarkan"
                    ariaLabel={`Keluarkan ${a.pegawai.nama}`}
                    berhasil={`${a.pegawai.nama} keluar dari tim.`}
                    konfirmasi={{ judul: `Keluarkan ${a.pegawai.nama}?`, pesan: "Perannya dan RHK yang sudah diambil dari tim tetap tersimpan; ia tidak lagi menerima peran baru.", tombol: "Ya, keluarkan" }}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {tim.bolehUbah ? (
          <div className="mt-4 max-w-xl">
            <FormAksi
              aksi={tambahAnggotaTim}
              tetap={ref}
              idForm="tambah-anggota"
              tombol="Tambah anggota"
              berhasil="Anggota ditambahkan."
              cariPegawai={cariPegawaiTim}
              isian={[{ name: "pegawaiId", label: "Pegawai dari unit mana pun (cari nama atau NIP)", kind: "pegawai", keterangan: keteranganAnggota }]}
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="rhk-tim" className="mb-8">
        <h2 id="rhk-tim" className="mb-3 text-lg font-semibold text-slate-900">RHK tim</h2>
        {tim.rhk.length === 0 ? (
          <EmptyState title="Belum ada RHK tim" description={tim.bolehUbah ? "Tambahkan RHK tim yang mengintervensi RHK pembuat tim; ketua lalu membagi perannya di Matriks Peran Hasil." : "Pembuat tim atau admin menambahkan RHK tim."} />
        ) : (
          <ol className="space-y-2">
            {tim.rhk.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <p className="font-medium text-slate-900">{r.teks}</p>
                <p className="text-sm text-slate-600">Mengintervensi: {r.rhkPembuat?.teks ?? "—"} · {r.peran.length} peran</p>
              </li>
            ))}
          </ol>
        )}
        {tim.bolehUbah ? (
          <div className="mt-4 max-w-xl">
            {tim.rhkPembuat.length === 0 ? (
              <p className="text-sm text-slate-700">Pembuat tim belum memiliki RHK pada SKP tahun {tim.tahun.tahun}. Buat RHK di SKP terlebih dahulu, lalu tambahkan RHK tim di sini.</p>
            ) : (
              <FormAksi
                aksi={tambahRhkTim}
                tetap={ref}
                idForm="tambah-rhk-tim"
                tombol="Tambah RHK tim"
                berhasil="RHK tim ditambahkan."
                isian={[
                  { name: "teks", label: "RHK tim", kind: "textarea" },
                  { name: "rhkPembuatId", label: "RHK pembuat tim yang diintervensi", kind: "select", options: tim.rhkPembuat.map((r) => ({ value: r.id, label: r.teks })) },
                ]}
              />
            )}
          </div>
        ) : null}
      </section>

      {tim.bolehUbah ? (
        <section aria-labelledby="ubah-tim" className="mb-8 max-w-xl">
          <h2 id="ubah-tim" className="mb-3 text-lg font-semibold text-slate-900">Ubah tim</h2>
          <FormAksi
            aksi={ubahTimKerja}
            tetap={ref}
            idForm="ubah-tim"
            tombol="Simpan perubahan"
            berhasil="Tim disimpan."
            cariPegawai={cariPegawaiTim}
            isian={[
              { name: "nama", label: "Nama tim", defaultValue: tim.nama },
              { name: "ketuaId", label: "Ketua tim (cari nama atau NIP)", kind: "pegawai", pegawai: { id: tim.ketua.id, nama: tim.ketua.nama, nip: tim.ketua.nip } },
            ]}
          />
        </section>
      ) : null}

      {tim.bolehUbah ? (
        <TombolAksi
          aksi={tutupTimKerja}
          input={ref}
          label="Tutup tim"
          berhasil="Tim ditutup."
          konfirmasi={{ judul: `Tutup ${sebutanTim(tim.nama)}?`, pesan: "Tim yang ditutup tidak dapat diubah lagi. Anggota, peran, umpan balik dan RHK yang sudah diambil tetap tersimpan.", tombol: "Ya, tutup tim" }}
        />
      ) : null}
    </>
  );
}
