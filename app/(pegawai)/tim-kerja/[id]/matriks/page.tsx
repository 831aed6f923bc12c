import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { FormAksi } from "@/components/tim-kerja/form-aksi";
import { sebutanTim } from "@/lib/domain/tim-kerja";
import { periodeLabel } from "@/lib/domain/periode";
import { tetapkanPeranTim, beriUmpanBalikTim } from "@/lib/server/actions/tim-kerja-peran";
import { requireActor } from "@/lib/server/auth";
import type { DetailTimKerja } from "@/lib/server/queries/tim-kerja";
import { muatTim } from "../muat-tim";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tim = await muatTim((await params).id);
  return { title: tim ? `Matriks Peran Hasil · ${sebutanTim(tim.nama)}` : "Matriks Peran Hasil Tim" };
}

/** Anggota × team RHK: the role and expected result in each cell; the ketua fills them and gives umpan balik. */
export default async function MatriksTimPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  const tim = await muatTim(id);
  if (!tim) notFound();
  const aktif = tim.anggota.filter((a) => !a.keluarPada);
  const kosong = tim.rhk.length === 0 || tim.anggota.length === 0;

  return (
    <>
      <BackLink href={`/tim-kerja/${tim.id}`} ke={sebutanTim(tim.nama)} />
      <PageHeader
        title="Matriks Peran Hasil"
        description={`${sebutanTim(tim.nama)}, tahun ${tim.tahun.tahun}. ${tim.bolehKelolaPeran ? "Sebagai ketua, Anda menetapkan peran setiap anggota untuk setiap RHK tim." : `Peran ditetapkan oleh ketua tim, ${tim.ketua.nama}.`}`}
      />
      {kosong ? (
        <EmptyState
          title={tim.rhk.length === 0 ? "Tim ini belum memiliki RHK tim" : "Tim ini belum memiliki anggota"}
          description="Pembuat tim atau admin menambahkan anggota dan RHK tim di halaman tim; setelah itu ketua menetapkan peran di sini."
        />
      ) : (
        <div className="space-y-8">
          {tim.rhk.map((r) => (
            <section key={r.id} aria-labelledby={`rhk-${r.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id={`rhk-${r.id}`} className="text-base font-semibold text-slate-900">{r.teks}</h2>
              <p className="mb-3 text-sm text-slate-600">Mengintervensi: {r.rhkPembuat?.teks ?? "—"}</p>
              <ul className="grid gap-3 md:grid-cols-2">
                {tim.anggota.map((a) => {
                  const peran = r.peran.find((p) => p.anggotaId === a.id);
                  return (
                    <li key={a.id} className="rounded-md border border-slate-200 p-3">
                      <h3 className="font-medium text-slate-900">
                        {a.pegawai.nama}
                        {a.keluarPada ? <span className="font-normal text-slate-600"> (sudah keluar)</span> : null}
                      </h3>
                      <p className="text-sm text-slate-600">{a.pegawai.unit?.nama ?? "Tanpa unit"}</p>
                      {peran ? (
                        <dl className="mt-2 text-sm">
                          <dt className="font-medium text-slate-700">Peran</dt>
                          <dd className="text-slate-900">{peran.peran}</dd>
                          <dt className="mt-1 font-medium text-slate-700">Hasil yang diharapkan</dt>
                          <dd className="text-slate-900">{peran.hasilDiharapkan}</dd>
                        </dl>
                      ) : (
                        <p className="mt-2 text-sm text-slate-700">{tim.bolehKelolaPeran && !a.keluarPada ? "Belum ada peran: isi formulir di bawah." : "Belum ada peran."}</p>
                      )}
                      {tim.bolehKelolaPeran && !a.keluarPada ? (
                        <details className="mt-2" open={!peran}>
                          <summary className="cursor-pointer text-sm font-medium text-blue-800">{peran ? "Ubah peran" : "Tetapkan peran"}</summary>
                          <div className="mt-2">
                            <FormAksi
                              aksi={tetapkanPeranTim}
                              tetap={{ timId: tim.id, version: tim.version, rhkTimId: r.id, anggotaId: a.id }}
                              idForm={`peran-${r.id}-${a.id}`}
                              tombol="Simpan peran"
                              berhasil={`Peran ${a.pegawai.nama} disimpan.`}
                              isian={[
                                { name: "peran", label: "Peran", defaultValue: peran?.peran },
                                { name: "hasilDiharapkan", label: "Hasil yang diharapkan", kind: "textarea", defaultValue: peran?.hasilDiharapkan },
                              ]}
                            />
                          </div>
                        </details>
                      ) : null}
                      {peran ? <UmpanBalik tim={tim} peran={peran} nama={a.pegawai.nama} milikSaya={a.pegawaiId === actor.id && !a.keluarPada} /> : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
          {aktif.length === 0 ? <p className="text-sm text-slate-700">Semua anggota sudah keluar dari tim; peran mereka tetap tercatat.</p> : null}
        </div>
      )}
    </>
  );
}

type Peran = DetailTimKerja["rhk"][number]["peran"][number];

/**
 * The ketua's umpan balik per periode on the RHK the anggota took from this role (once their SKP
 * is approved). Before that, the anggota reading their own role is told how to take it.
 */
function UmpanBalik({ tim, peran, nama, milikSaya }: { tim: DetailTimKerja; peran: Peran; nama: string; milikSaya: boolean }) {
  const rhk = peran.rhk[0];
  if (!rhk && milikSaya) {
    return (
      <p className="mt-2 text-sm text-slate-700">
        Jadikan peran ini RHK Anda: di{" "}
        <Link href="/skp" className="font-medium text-blue-800 underline">
          SKP {tim.tahun.tahun}
        </Link>{" "}
        Anda, pilih Tambah RHK Tambahan, lalu pilih peran ini pada &ldquo;RHK atasan yang diintervensi&rdquo;. Ketua memberi umpan balik setelah SKP disetujui.
      </p>
    );
  }
  if (!rhk) return <p className="mt-2 text-sm text-slate-600">{nama} belum memakai peran ini sebagai RHK di SKP yang disetujui.</p>;
  const label = (periodeId: string) => {
    const p = tim.periode.find((x) => x.id === periodeId);
    return p ? periodeLabel(p.jenis, p.urutan) : "Periode";
  };
  return (
    <div className="mt-3 border-t border-slate-200 pt-2">
      <h4 className="text-sm font-semibold text-slate-800">Umpan balik ketua</h4>
      {rhk.umpanBalikTim.length === 0 ? <p className="text-sm text-slate-600">Belum ada umpan balik.</p> : (
        <ul className="text-sm">
          {rhk.umpanBalikTim.map((u) => (
            <li key={u.periodeId}><span className="font-medium">{label(u.periodeId)}:</span> {u.teks}</li>
          ))}
        </ul>
      )}
      {tim.bolehKelolaPeran && tim.periode.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">Beri umpan balik</summary>
          <div className="mt-2">
            <FormAksi
              aksi={beriUmpanBalikTim}
              tetap={{ timId: tim.id, version: tim.version, rhkId: rhk.id }}
              idForm={`umpan-${peran.id}`}
              tombol="Simpan umpan balik"
              berhasil={`Umpan balik untuk ${nama} disimpan.`}
              isian={[
                { name: "periodeId", label: "Periode", kind: "select", options: tim.periode.map((p) => ({ value: p.id, label: periodeLabel(p.jenis, p.urutan) })) },
                { name: "teks", label: "Umpan balik", kind: "textarea" },
              ]}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}
