import { ReaksiLabel } from "@/components/reaksi-label";
import { formatDesimal } from "@/lib/domain/desimal";
import { formatTarget } from "@/lib/domain/skp-target";
import type { PelaksanaanIndikator, PelaksanaanRhk } from "@/lib/server/queries/pelaksanaan";
import type { RollupProgresHarian } from "@/lib/server/progres-harian/rollup-penilaian";
import { BuktiDukungList } from "./bukti-dukung-list";
import { PakaiProgresHarian } from "./pakai-progres-harian";
import { RealisasiForm } from "./realisasi-form";
import { RencanaAksiList } from "./rencana-aksi-list";

type Props = { rhk: PelaksanaanRhk; nomor: string; skpId: string; periodeId: string; editable: boolean; progres: RollupProgresHarian };

/** One RHK of the periode: indikator with target and realisasi, rencana aksi, bukti dukung. */
export function RhkCard({ rhk, nomor, skpId, periodeId, editable, progres }: Props) {
  const refs = { skpId, periodeId, rhkId: rhk.id };
  const headingId = `rhk-${rhk.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-200 px-4 py-3">
        <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{nomor}</p>
        <h3 id={headingId} className="font-semibold text-slate-900">{rhk.teks}</h3>
      </header>
      <div className="divide-y divide-slate-100">
        {rhk.indikator.length === 0 ? (
          <p className="px-4 py-3 text-sm text-slate-600">RHK ini tidak memiliki indikator.</p>
        ) : (
          rhk.indikator.map((ind) => (
            <div key={ind.id} role="group" aria-label={ind.teks} className="grid gap-4 px-4 py-4 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
              <div className="text-sm">
                <p className="text-slate-500">Indikator</p>
                <p className="font-medium text-slate-900">{ind.teks}</p>
                <p className="mt-2 text-slate-500">Target</p>
                <p className="font-medium text-slate-900">{formatTarget(ind.target)}</p>
              </div>
              <div className="space-y-3">
                {progres.jumlah[ind.id] !== undefined ? (
                  <PakaiProgresHarian skpId={skpId} periodeId={periodeId} indikator={ind} jumlah={progres.jumlah[ind.id]!} editable={editable && ind.target.targetNarasi === null} />
                ) : null}
                {editable ? <RealisasiForm skpId={skpId} periodeId={periodeId} indikator={ind} /> : <RealisasiView indikator={ind} />}
              </div>
            </div>
          ))
        )}
      </div>
      {rhk.umpanBalik ? (
        <div className="border-t border-slate-200 bg-emerald-50 px-4 py-3 text-sm">
          <p className="font-semibold text-emerald-900">Umpan balik atasan</p>
          <p className="text-slate-900">
            {rhk.umpanBalik.reaksi ? <ReaksiLabel reaksi={rhk.umpanBalik.reaksi} className="mr-2 align-middle font-medium" /> : null}
            {rhk.umpanBalik.teks ?? (rhk.umpanBalik.reaksi ? null : "—")}
          </p>
        </div>
      ) : null}
      <div className="grid gap-6 border-t border-slate-200 px-4 py-4 lg:grid-cols-2">
        <div>
          <h4 className="mb-2 text-sm font-semibold text-slate-800">Rencana aksi</h4>
          <RencanaAksiList refs={refs} items={rhk.rencanaAksi} editable={editable} />
        </div>
        <div>
          <h4 className="mb-2 text-sm font-semibold text-slate-800">Bukti dukung</h4>
          <BuktiDukungList refs={refs} items={rhk.buktiDukung} editable={editable} dariProgres={progres.bukti[rhk.id] ?? []} />
        </div>
      </div>
    </section>
  );
}

function RealisasiView({ indikator }: { indikator: PelaksanaanIndikator }) {
  const r = indikator.realisasi;
  if (!r) return <p className="text-sm text-slate-600">Realisasi belum diisi.</p>;
  return (
    <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
      {r.nilai !== null ? (
        <>
          <dt className="text-slate-500">Realisasi</dt>
          <dd className="font-medium text-slate-900">
            {formatDesimal(Number(r.nilai))} {indikator.target.satuan ?? ""}
          </dd>
        </>
      ) : null}
      {indikator.capaian !== null ? (
        <>
          <dt className="text-slate-500">Capaian</dt>
          <dd className="font-medium text-slate-900">{formatDesimal(indikator.capaian)}%</dd>
        </>
      ) : null}
      {r.narasi ? (
        <>
          <dt className="text-slate-500">Uraian</dt>
          <dd className="whitespace-pre-line text-slate-900">{r.narasi}</dd>
        </>
      ) : null}
      <dt className="text-slate-500">Sumber data</dt>
      <dd className="text-slate-900">{r.sumberData ?? "—"}</dd>
    </dl>
  );
}
