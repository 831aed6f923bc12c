"use client";

import Link from "next/link";
import { formatDesimal } from "@/lib/domain/desimal";
import { formatNip } from "@/lib/domain/nip";
import { namaHari } from "@/lib/domain/progres-harian-verifikasi";
import { fromIsoDate, NAMA_BULAN } from "@/lib/domain/tanggal";
import type { ProgresBawahanRow } from "@/lib/server/queries/progres-harian-bawahan";
import { HariCell } from "./hari-cell";

type Props = {
  senin: string;
  tanggal: string[];
  libur: Record<string, string>;
  rows: ProgresBawahanRow[];
  /** Appended to each bawahan's link: the chosen week, when it is not this one. */
  mingguQuery: string;
};

/**
 * The week grid on wide screens, the same rows as cards on phones. A client component although
 * it keeps no state: the server sends the rows as data instead of serialising both layouts of
 * every cell into the RSC payload (as SKP Bawahan does, see README, Performa). The cells' padding
 * and alignment are set once on the body, not repeated in the HTML of each of some 400 cells.
 */
export function BawahanMingguTable({ senin, tanggal, libur, rows, mingguQuery }: Props) {
  const detail = (id: string) => `/progres-harian-bawahan/${id}${mingguQuery}`;
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm lg:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Jam kerja bawahan per hari, minggu mulai {senin}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-3">Pegawai</th>
              {tanggal.map((t) => (
                <th key={t} scope="col" className="px-2 py-3 text-center whitespace-nowrap" title={libur[t]}>
                  {namaHari(t)}
                  <span className="block font-normal text-slate-500">{tanggalPendek(t)}</span>
                </th>
              ))}
              <th scope="col" className="px-2 py-3 text-right">Total</th>
              <th scope="col" className="px-2 py-3 text-right">Belum isi</th>
              <th scope="col" className="px-3 py-3 text-right">Menunggu verifikasi</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 [&_td]:px-2 [&_td]:py-3 [&_td]:text-right [&_td]:tabular-nums">
            {rows.map((row) => (
              <tr key={row.pegawai.id}>
                <th scope="row" className="min-w-52 px-3 py-3 text-left font-normal">
                  <Link href={detail(row.pegawai.id)} prefetch={false} className="font-medium text-blue-700 underline">{row.pegawai.nama}</Link>
                  <span className="block text-xs text-slate-500">NIP {formatNip(row.pegawai.nip)}</span>
                </th>
                {row.hari.map((h) => (
                  <td key={h.tanggal} className="text-center!"><HariCell hari={h} /></td>
                ))}
                <td>{formatDesimal(row.totalMenit / 60, 1)} jam</td>
                <td>{row.belumIsi} hari</td>
                <td className="px-3!"><Menunggu row={row} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 lg:hidden" aria-label="Bawahan">
        {rows.map((row) => (
          <li key={row.pegawai.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
            <Link href={detail(row.pegawai.id)} prefetch={false} className="font-medium text-blue-700 underline">{row.pegawai.nama}</Link>
            <p className="text-xs text-slate-500">NIP {formatNip(row.pegawai.nip)}</p>
            <dl className="mt-2 grid grid-cols-3 gap-2 text-center text-xs [&>div]:rounded [&>div]:border [&>div]:border-slate-100 [&>div]:p-1 [&_dt]:text-slate-500 [&_dd]:mt-0.5">
              {row.hari.map((h) => (
                <div key={h.tanggal}>
                  <dt>{namaHari(h.tanggal)} {tanggalPendek(h.tanggal)}</dt>
                  <dd><HariCell hari={h} /></dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-sm text-slate-700">
              {formatDesimal(row.totalMenit / 60, 1)} jam · {row.belumIsi} hari belum isi · <Menunggu row={row} />
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function Menunggu({ row }: { row: ProgresBawahanRow }) {
  return row.menunggu > 0 ? <span className="font-semibold text-amber-900">{row.menunggu} menunggu</span> : <span className="text-slate-500">0 menunggu</span>;
}

function tanggalPendek(t: string): string {
  const d = fromIsoDate(t);
  return `${d.getUTCDate()} ${NAMA_BULAN[d.getUTCMonth()]!.slice(0, 3)}`;
}
