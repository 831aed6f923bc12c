import { formatJumlah } from "@/lib/domain/desimal";
import type { BarisProgres, MonitoringProgres } from "@/lib/server/monitoring/progres-harian";
import { GeserRegion, LabelKartu, tabelKartu } from "@/components/tabel-kartu";
import { Keterisian } from "./keterisian";

const BASIS = "/admin/monitoring-progres-harian";

/** One level of the unit tree; a unit with sub-units opens the next level, otherwise its names. Cards below lg (see tabel-kartu.tsx). */
export function ProgresTable({ monitoring }: { monitoring: MonitoringProgres }) {
  const rincian = (b: BarisProgres) =>
    `${BASIS}/rincian?${new URLSearchParams({ unit: b.unitId ?? "tanpa", ...(b.jenis === "unit" ? { bawahan: "1" } : {}) })}`;
  const buka = (b: BarisProgres) => (b.punyaAnak ? `${BASIS}?${new URLSearchParams({ unit: b.unitId ?? "" })}` : rincian(b));
  return (
    <GeserRegion label="Tabel keterisian progres harian" className="relative lg:rounded-lg lg:border lg:border-slate-200 lg:bg-white lg:shadow-sm">
      <table className="min-w-full text-sm max-lg:block lg:divide-y lg:divide-slate-200">
        <caption className="sr-only">Keterisian progres harian per unit kerja, minggu ini dan bulan ini</caption>
        <thead className={`${tabelKartu.thead} bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase`}>
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2 text-left">Unit kerja</th>
            <th scope="col" className="px-3 py-2 text-right">Pegawai</th>
            <th scope="col" className="px-3 py-2 text-right">Minggu ini</th>
            <th scope="col" className="px-3 py-2 text-right">Bulan ini</th>
            <th scope="col" className="px-3 py-2 text-right"><span className="sr-only">Nama pegawai</span></th>
          </tr>
        </thead>
        <tbody className={`${tabelKartu.tbody} lg:divide-y lg:divide-slate-100`}>
          {monitoring.baris.map((b) => (
            <tr key={`${b.jenis}:${b.unitId}`} className={`${tabelKartu.kartuAngka} max-lg:bg-white`}>
              <th scope="row" className={`${unitCell} bg-white font-normal text-slate-900`}>
                <a href={buka(b)} className={b.jenis === "unit" ? "hover:underline" : "text-slate-600 italic hover:underline"}>{b.nama}</a>
                {b.punyaAnak ? <span aria-hidden className="ml-1 text-slate-400">›</span> : null}
              </th>
              <td className={tabelKartu.angka}><LabelKartu>Pegawai</LabelKartu>{formatJumlah(b.pegawai)}</td>
              <td className={hariCell}><LabelKartu>Minggu ini</LabelKartu><Keterisian hari={b.minggu} /></td>
              <td className={hariCell}><LabelKartu>Bulan ini</LabelKartu><Keterisian hari={b.bulan} /></td>
              <td className="px-3 py-2 text-right whitespace-nowrap max-lg:row-start-2 max-lg:col-start-2 max-lg:self-end max-lg:p-0">
                <a href={rincian(b)} aria-label={`Nama pegawai di ${b.nama}`} className="font-medium text-blue-700 hover:underline">Nama</a>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="font-semibold text-slate-900 max-lg:block lg:bg-slate-50">
          <tr className={`${tabelKartu.kartuAngka} max-lg:bg-slate-50`}>
            <th scope="row" className={`${unitCell} bg-slate-50`}>Jumlah</th>
            <td className={tabelKartu.angka}><LabelKartu>Pegawai</LabelKartu>{formatJumlah(monitoring.total.pegawai)}</td>
            <td className={hariCell}><LabelKartu>Minggu ini</LabelKartu><Keterisian hari={monitoring.total.minggu} /></td>
            <td className={hariCell}><LabelKartu>Bulan ini</LabelKartu><Keterisian hari={monitoring.total.bulan} /></td>
            <td className="max-lg:hidden" />
          </tr>
        </tfoot>
      </table>
    </GeserRegion>
  );
}

const unitCell = `${tabelKartu.judulKartuAngka} lg:min-w-48`;
// "84 % · 1.234 dari 1.470 hari" needs a card's whole width.
const hariCell = `${tabelKartu.angka} max-lg:col-span-2`;
