import { buttonClass } from "@/components/skp/form-field";
import { ReaksiLabel } from "@/components/reaksi-label";
import { StatusBadge } from "@/components/status-badge";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import { LABEL_PREDIKAT, LABEL_RATING } from "@/lib/domain/labels";
import { formatWaktuDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { Pelaksanaan } from "@/lib/server/queries/pelaksanaan";

/**
 * The atasan's verdict once final: ratings, predikat, catatan and umpan balik perilaku, and the two
 * signed documents to print (the same downloads the atasan has).
 */
export function HasilPenilaian({ hasil, zona }: { hasil: NonNullable<Pelaksanaan["hasil"]>; zona: ZonaWaktu }) {
  const perilaku = new Map(hasil.umpanBalikPerilaku.map((u) => [u.coreValue, u]));
  return (
    <section aria-labelledby="hasil-penilaian" className="rounded-lg border border-emerald-200 bg-white p-5 shadow-sm">
      <h2 id="hasil-penilaian" className="text-lg font-semibold text-slate-900">Hasil penilaian</h2>
      {hasil.finalizedAt ? <p className="text-xs text-slate-600">Difinalkan {formatWaktuDi(zona, hasil.finalizedAt)}</p> : null}
      <div className="mt-3 flex flex-wrap gap-3">
        <a href={`/api/penilaian/${hasil.id}/evaluasi`} className={buttonClass.secondary}>Cetak Evaluasi</a>
        <a href={`/api/penilaian/${hasil.id}/dokumen`} className={buttonClass.secondary}>Cetak Dokumen Evaluasi</a>
      </div>
      <dl className="mt-4 grid gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-500">Rating Hasil Kerja</dt>
          <dd className="font-medium text-slate-900">{hasil.ratingHasil ? LABEL_RATING[hasil.ratingHasil] : "—"}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-500">Rating Perilaku Kerja</dt>
          <dd className="font-medium text-slate-900">{hasil.ratingPerilaku ? LABEL_RATING[hasil.ratingPerilaku] : "—"}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-500">Predikat Kinerja</dt>
          <dd>{hasil.predikat ? <StatusBadge tone="info">{LABEL_PREDIKAT[hasil.predikat]}</StatusBadge> : "—"}</dd>
        </div>
      </dl>
      {hasil.catatan ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-slate-800">Catatan atasan</h3>
          <p className="text-sm whitespace-pre-line text-slate-800">{hasil.catatan}</p>
        </div>
      ) : null}
      {perilaku.size > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-slate-800">Umpan balik perilaku kerja</h3>
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {BERAKHLAK.filter((cv) => perilaku.has(cv.coreValue)).map((cv) => {
              const u = perilaku.get(cv.coreValue);
              return (
                <li key={cv.coreValue} className="py-2">
                  <span className="font-medium text-slate-900">{cv.nama}</span>
                  <span className="ml-2 text-slate-800">
                    {u?.reaksi ? <ReaksiLabel reaksi={u.reaksi} className="mr-2 align-middle font-medium" /> : null}
                    {u?.teks}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
