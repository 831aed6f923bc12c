"use client";

import Link from "next/link";
import { SkpStatusBadge } from "@/components/skp/skp-status-badge";
import { formatNip } from "@/lib/domain/nip";
import { formatTanggal } from "@/lib/domain/tanggal";
import { formatWaktuDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { SkpBawahanRow } from "@/lib/server/queries/skp-bawahan";
import { GeserRegion } from "@/components/tabel-kartu";

/**
 * A table on wide screens; on phones the same rows as stacked cards, so nothing scrolls sideways.
 * A client component although it keeps no state: the server sends the rows as data instead of
 * serialising both layouts into the RSC payload (see README, Performa).
 */
export function BawahanTable({ rows, tahun, zona }: { rows: SkpBawahanRow[]; tahun: number; zona: ZonaWaktu }) {
  return (
    <>
      <GeserRegion label={`Tabel SKP bawahan tahun ${tahun}`} className="hidden rounded-lg border border-slate-200 bg-white shadow-sm lg:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">SKP bawahan tahun {tahun}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-3">Pegawai</th>
              <th scope="col" className="px-3 py-3">Status SKP</th>
              <th scope="col" className="px-3 py-3 text-right">Jumlah RHK</th>
              <th scope="col" className="px-3 py-3">Diajukan</th>
              <th scope="col" className="px-3 py-3"><span className="sr-only">Aksi</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.key} className="align-top">
                <th scope="row" className="min-w-56 px-3 py-3 text-left font-normal">
                  <Pegawai row={row} />
                </th>
                <td className="px-3 py-3"><Status row={row} /></td>
                <td className="px-3 py-3 text-right tabular-nums">{row.skp ? row.skp.jumlahRhk : "–"}</td>
                <td className="px-3 py-3 whitespace-nowrap text-slate-700"><Diajukan row={row} zona={zona} /></td>
                <td className="px-3 py-3 text-right whitespace-nowrap"><Aksi row={row} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </GeserRegion>

      <ul aria-label={`SKP bawahan tahun ${tahun}`} className="flex flex-col gap-3 lg:hidden">
        {rows.map((row) => (
          <li key={row.key} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <Pegawai row={row} />
              <Status row={row} />
            </div>
            {row.skp ? (
              <p className="mt-2 text-slate-700">
                {row.skp.jumlahRhk} RHK · <Diajukan row={row} zona={zona} />
              </p>
            ) : null}
            <div className="mt-3"><Aksi row={row} /></div>
          </li>
        ))}
      </ul>
    </>
  );
}

function Pegawai({ row }: { row: SkpBawahanRow }) {
  return (
    <div>
      <p className="font-medium text-slate-900">{row.pegawai.nama}</p>
      <p className="font-mono text-xs whitespace-nowrap text-slate-500">{formatNip(row.pegawai.nip)}</p>
      <p className="text-slate-600">{row.pegawai.jabatan}</p>
      {row.skp ? (
        <p className="text-xs text-slate-500">
          Periode {formatTanggal(row.skp.periodeAwal)} – {formatTanggal(row.skp.periodeAkhir)}
        </p>
      ) : null}
    </div>
  );
}

function Status({ row }: { row: SkpBawahanRow }) {
  return <SkpStatusBadge status={row.status} />;
}

function Diajukan({ row, zona }: { row: SkpBawahanRow; zona: ZonaWaktu }) {
  if (!row.skp) return <>–</>;
  if (!row.skp.diajukanPada) return <span className="text-slate-500">Belum diajukan</span>;
  return <time dateTime={row.skp.diajukanPada.toISOString()}>{formatWaktuDi(zona, row.skp.diajukanPada)}</time>;
}

function Aksi({ row }: { row: SkpBawahanRow }) {
  if (!row.skp) return <span className="text-xs text-slate-500">Menunggu pegawai membuat SKP</span>;
  if (!row.skp.sayaPenilai) {
    return <span className="text-xs text-slate-500">Dinilai oleh {row.skp.penilaiNama ?? "pejabat lain"}</span>;
  }
  const tinjau = row.skp.status === "PENGAJUAN";
  return (
    <Link
      href={`/skp-bawahan/${row.skp.id}`}
      aria-label={`${tinjau ? "Tinjau" : "Lihat"} SKP ${row.pegawai.nama}`}
      className={`inline-block rounded-md px-3 py-1.5 text-sm font-medium ${
        tinjau ? "bg-blue-700 text-white hover:bg-blue-800" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
      }`}
    >
      {tinjau ? "Tinjau" : "Lihat"}
    </Link>
  );
}
