import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { hitungDistribusi } from "@/lib/domain/penilaian-atasan";
import { formatTanggal } from "@/lib/domain/tanggal";
import { parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { listPenilaianBawahan } from "@/lib/server/queries/penilaian-bawahan";
import { BawahanList } from "./bawahan-list";
import { KurvaChart } from "./kurva-chart";
import { PeriodeFilter } from "@/components/select-filter";

export const metadata: Metadata = { title: "Penilaian Bawahan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PenilaianBawahanPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const { periodeList, periode, rows, kurva } = await listPenilaianBawahan(actor, parseUuidParam(params.periode));

  return (
    <>
      <PageHeader
        title="Penilaian Bawahan"
        description={
          periode
            ? `${periode.label} · ${formatTanggal(periode.awal)} – ${formatTanggal(periode.akhir)} · batas pengisian pegawai ${formatTanggal(periode.batasPengisian)}`
            : "Nilai realisasi kinerja bawahan Anda per periode penilaian."
        }
        actions={periode && periodeList.length > 1 ? <PeriodeFilter action="/penilaian-bawahan" periodeId={periode.id} periodeList={periodeList} /> : null}
      />
      {!periode ? (
        <EmptyState title="Belum ada periode penilaian" description="Admin instansi belum membuat periode penilaian. Setelah dibuat, bawahan yang Anda nilai tampil di sini." />
      ) : rows.length === 0 ? (
        <EmptyState
          title={`Belum ada bawahan untuk dinilai pada ${periode.label}`}
          description={
            <>
              Penilaian hanya untuk SKP yang sudah Anda setujui sebagai pejabat penilai. Periksa{" "}
              <Link href="/skp-bawahan" className="text-blue-700 underline">SKP Bawahan</Link> untuk SKP yang menunggu persetujuan.
            </>
          }
        />
      ) : (
        <div className="space-y-8">
          <BawahanList rows={rows} periodeId={periode.id} label={periode.label} />
          <section aria-labelledby="kurva-judul">
            <h2 id="kurva-judul" className="text-lg font-semibold text-slate-900">Kurva distribusi predikat</h2>
            <p className="mb-3 text-sm text-slate-600">
              Sebaran predikat yang sudah Anda simpan (draft dan final) per unit kerja, dibandingkan dengan kurva yang diizinkan oleh
              capaian kinerja organisasi unit tersebut. Pimpinan unit kerja dihitung pada unit di atasnya.
            </p>
            {kurva.length === 0 ? (
              <p className="text-sm text-slate-500">Belum ada predikat yang tersimpan pada periode ini.</p>
            ) : (
              <div className="grid gap-4 lg:grid-cols-2">
                {kurva.map((k) => (
                  <KurvaChart key={k.id} unitNama={k.nama} capaian={k.capaian} counts={hitungDistribusi(k.predikat)} />
                ))}
              </div>
            )}
          </section>
        </div>
      )}
    </>
  );
}
