import { formatDesimal } from "@/lib/domain/desimal";
import { formatTarget } from "@/lib/domain/skp-target";
import type { PenilaianBawahanRhk } from "@/lib/server/queries/penilaian-bawahan-detail";
import { LabelKartu, tabelKartu } from "@/components/tabel-kartu";

/** Target next to realisasi and capaian for one RHK, and its bukti dukung (opened in a new tab). */
export function RhkRealisasi({ rhk }: { rhk: PenilaianBawahanRhk }) {
  return (
    <div className="space-y-3">
      {/* Each indikator is a small card below lg (see tabel-kartu.tsx). */}
      <table className={tabelKartu.table}>
        <thead className={`${tabelKartu.thead} text-left text-xs tracking-wide text-slate-600 uppercase`}>
          <tr>
            <th scope="col" className="py-1 pr-3">Indikator</th>
            <th scope="col" className="py-1 pr-3">Target</th>
            <th scope="col" className="py-1 pr-3">Realisasi</th>
            <th scope="col" className="py-1 pr-3 text-right">Capaian</th>
          </tr>
        </thead>
        <tbody className={`${tabelKartu.tbody} divide-y divide-slate-100`}>
          {rhk.indikator.map((i) => (
            <tr key={i.id} className="align-top max-lg:block max-lg:py-2">
              <td className={cell}><LabelKartu>Indikator</LabelKartu>{i.teks}</td>
              <td className={`${cell} lg:whitespace-nowrap`}><LabelKartu inline>Target</LabelKartu>{formatTarget(i.target)}</td>
              <td className={cell}>
                <LabelKartu>Realisasi</LabelKartu>
                {i.realisasi ? (
                  <>
                    {i.realisasi.nilai !== null ? (
                      <p className="tabular-nums">{formatTarget({ ...i.target, targetNarasi: null, targetMin: i.realisasi.nilai, targetMax: null })}</p>
                    ) : null}
                    {i.realisasi.narasi ? <p className="whitespace-pre-line text-slate-700">{i.realisasi.narasi}</p> : null}
                    {i.realisasi.sumberData ? <p className="text-xs text-slate-500">Sumber data: {i.realisasi.sumberData}</p> : null}
                  </>
                ) : (
                  <span className="text-amber-800">Belum diisi</span>
                )}
              </td>
              <td className={`${cell} tabular-nums lg:text-right`}><LabelKartu inline>Capaian</LabelKartu>{i.capaian === null ? "–" : `${formatDesimal(i.capaian)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <p className="text-sm font-medium text-slate-800">Bukti dukung</p>
        {rhk.buktiDukung.length === 0 ? (
          <p className="text-sm text-slate-500">Belum ada bukti dukung.</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {rhk.buktiDukung.map((b) => (
              <li key={b.id}>
                <a href={b.tautan} target="_blank" rel="noopener noreferrer" className="text-blue-700 underline hover:text-blue-900">
                  {b.nama}
                  <span className="sr-only"> (membuka tab baru)</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

const cell = "py-2 pr-3 max-lg:block max-lg:py-0.5 max-lg:pr-0";
