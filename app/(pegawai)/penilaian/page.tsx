import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { LABEL_PREDIKAT } from "@/lib/domain/labels";
import { formatPeriodeSkp } from "@/lib/domain/skp-periode";
import { formatTanggal } from "@/lib/domain/tanggal";
import { requireActor } from "@/lib/server/auth";
import { listPenilaianSaya, type PeriodeRingkas } from "@/lib/server/queries/pelaksanaan";
import { PengisianBadge } from "./pengisian-badge";

export const metadata: Metadata = { title: "Penilaian" };

export default async function PenilaianPage() {
  const actor = await requireActor();
  const daftar = await listPenilaianSaya(actor);

  return (
    <>
      <PageHeader
        title="Penilaian"
        description="Pelaksanaan kinerja: isi rencana aksi, bukti dukung, dan realisasi setiap periode penilaian sebelum batas pengisian."
      />
      {daftar.length === 0 ? (
        <EmptyState
          title="Belum ada SKP yang disetujui"
          description={
            <>
              Penilaian dimulai setelah atasan Anda menyetujui SKP. Buka <Link href="/skp" className="text-blue-700 underline">SKP Saya</Link> untuk
              menyusun atau mengajukan SKP.
            </>
          }
        />
      ) : (
        <div className="space-y-8">
          {daftar.map((skp) => (
            <section key={skp.id} aria-labelledby={`skp-${skp.id}`}>
              <h2 id={`skp-${skp.id}`} className="mb-3 text-lg font-semibold text-slate-900">
                SKP {formatPeriodeSkp(skp)}
              </h2>
              {skp.periode.length === 0 ? (
                <p className="text-sm text-slate-600">Admin instansi belum menetapkan periode penilaian untuk tahun {skp.tahun}.</p>
              ) : (
                <ul className="space-y-2">
                  {skp.periode.map((p) => (
                    <li key={p.id}>
                      <PeriodeRow skpId={skp.id} periode={p} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}

function PeriodeRow({ skpId, periode: p }: { skpId: string; periode: PeriodeRingkas }) {
  const persen = p.progress.total ? Math.round((p.progress.terisi / p.progress.total) * 100) : 0;
  return (
    <Link
      href={`/penilaian/${skpId}/${p.id}`}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 hover:border-blue-300 focus-visible:outline-2 focus-visible:outline-blue-600 lg:grid-cols-[10rem_1fr_12rem] lg:items-center"
    >
      <div>
        <p className="font-semibold text-blue-800">{p.label}</p>
        <p className="text-xs text-slate-600">
          {formatTanggal(p.awal)} – {formatTanggal(p.akhir)}
        </p>
      </div>
      <div className="space-y-1 text-sm text-slate-700">
        <div className="flex flex-wrap items-center gap-2">
          <PengisianBadge status={p.pengisian} />
          <span>Batas pengisian {formatTanggal(p.batasPengisian)}</span>
        </div>
        <div className="flex items-center gap-2">
          <div className="h-2 w-32 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
            <div className="h-full bg-blue-600" style={{ width: `${persen}%` }} />
          </div>
          <span className="text-xs">
            Realisasi {p.progress.terisi} dari {p.progress.total} indikator
          </span>
        </div>
      </div>
      <div className="text-sm lg:text-right">
        {p.predikat ? (
          <span>
            Predikat <StatusBadge tone="info">{LABEL_PREDIKAT[p.predikat]}</StatusBadge>
          </span>
        ) : (
          <span className="text-slate-500">Belum dinilai</span>
        )}
      </div>
    </Link>
  );
}
