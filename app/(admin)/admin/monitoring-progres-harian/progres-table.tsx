import { formatJumlah } from "@/lib/domain/desimal";
import type { BarisProgres, MonitoringProgres } from "@/lib/server/monitoring/progres-harian";
import { Keterisian } from "./keterisian";

const BASIS = "/admin/monitoring-progres-harian";

/** One level of the unit tree; a unit with sub-units opens the next level, otherwise its names. */
export function ProgresTable({ monitoring }: { monitoring: MonitoringProgres }) {
  const rincian = (b: BarisProgres) =>
    `${BASIS}/rincian?${new URLSearchParams({ unit: b.unitId ?? "tanpa", ...(b.jenis === "unit" ? { bawahan: "1" } : {}) })}`;
  const buka = (b: BarisProgres) => (b.punyaAnak ? `${BASIS}?${new URLSearchParams({ unit: b.unitId ?? "" })}` : rincian(b));
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Keterisian progres harian per unit kerja, minggu ini dan bulan ini</caption>
        <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2 text-left">Unit kerja</th>
            <th scope="col" className="px-3 py-2 text-right">Pegawai</th>
            <th scope="col" className="px-3 py-2 text-right">Minggu ini</th>
            <th scope="col" className="px-3 py-2 text-right">Bulan ini</th>
            <th scope="col" className="px-3 py-2 text-right"><span className="sr-only">Nama pegawai</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {monitoring.baris.map((b) => (
            <tr key={`${b.jenis}:${b.unitId}`}>
              <th scope="row" className="sticky left-0 min-w-48 bg-white px-3 py-2 text-left font-normal text-slate-900">
                <a href={buka(b)} className={b.jenis === "unit" ? "hover:underline" : "text-slate-600 italic hover:underline"}>{b.nama}</a>
                {b.punyaAnak ? <span aria-hidden className="ml-1 text-slate-400">›</span> : null}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{formatJumlah(b.pegawai)}</td>
              <td className="px-3 py-2 text-right tabular-nums"><Keterisian hari={b.minggu} /></td>
              <td className="px-3 py-2 text-right tabular-nums"><Keterisian hari={b.bulan} /></td>
              <td className="px-3 py-2 text-right whitespace-nowrap">
                <a href={rincian(b)} aria-label={`Nama pegawai di ${b.nama}`} className="font-medium text-blue-700 hover:underline">Nama</a>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="bg-slate-50 font-semibold text-slate-900">
          <tr>
            <th scope="row" className="sticky left-0 bg-slate-50 px-3 py-2 text-left">Jumlah</th>
            <td className="px-3 py-2 text-right tabular-nums">{formatJumlah(monitoring.total.pegawai)}</td>
            <td className="px-3 py-2 text-right tabular-nums"><Keterisian hari={monitoring.total.minggu} /></td>
            <td className="px-3 py-2 text-right tabular-nums"><Keterisian hari={monitoring.total.bulan} /></td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
