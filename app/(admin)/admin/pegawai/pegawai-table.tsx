import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { formatNip } from "@/lib/domain/nip";
import type { PegawaiListRow } from "@/lib/server/queries/pegawai";
import { GeserRegion } from "@/components/tabel-kartu";

/** A table on wide screens; on phones the same rows as stacked cards, so nothing scrolls sideways. */
export function PegawaiTable({ rows }: { rows: PegawaiListRow[] }) {
  return (
    <>
      <GeserRegion label="Tabel daftar pegawai" className="hidden rounded-lg border border-slate-200 bg-white shadow-sm lg:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Daftar pegawai</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-3">NIP</th>
              <th scope="col" className="px-3 py-3">Nama</th>
              <th scope="col" className="px-3 py-3">Jabatan</th>
              <th scope="col" className="px-3 py-3">Unit kerja</th>
              <th scope="col" className="px-3 py-3">Atasan</th>
              <th scope="col" className="px-3 py-3">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} className="align-top">
                <td className="px-3 py-3 font-mono text-xs whitespace-nowrap text-slate-700">{formatNip(row.nip)}</td>
                <th scope="row" className="min-w-44 px-3 py-3 text-left font-medium text-slate-900"><NamaLink row={row} /></th>
                <td className="px-3 py-3 text-slate-700">{row.jabatan}</td>
                <td className="px-3 py-3 text-slate-700"><Unit row={row} /></td>
                <td className="min-w-48 px-3 py-3 text-slate-700"><Atasan row={row} /></td>
                <td className="px-3 py-3"><Status row={row} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </GeserRegion>

      <ul aria-label="Daftar pegawai" className="flex flex-col gap-3 lg:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <p className="font-medium text-slate-900"><NamaLink row={row} /></p>
              <Status row={row} />
            </div>
            <p className="font-mono text-xs text-slate-500">{formatNip(row.nip)}</p>
            <p className="mt-2 text-slate-700">{row.jabatan}</p>
            <p className="text-slate-600"><Unit row={row} /></p>
            <div className="mt-2 border-t border-slate-100 pt-2 text-slate-700">
              <span className="text-xs text-slate-500">Atasan: </span>
              <Atasan row={row} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

function NamaLink({ row }: { row: PegawaiListRow }) {
  return (
    <Link href={`/admin/pegawai/${row.id}`} className="text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800">
      {row.nama}
    </Link>
  );
}

function Unit({ row }: { row: PegawaiListRow }) {
  return row.unit ?? <StatusBadge tone="warning">Unit belum diatur</StatusBadge>;
}

function Status({ row }: { row: PegawaiListRow }) {
  return row.aktif ? <StatusBadge tone="success">Aktif</StatusBadge> : <StatusBadge>Nonaktif</StatusBadge>;
}

function Atasan({ row }: { row: PegawaiListRow }) {
  if (row.atasan) {
    return (
      <>
        <span>{row.atasan.nama}</span>
        <span className="block font-mono text-xs whitespace-nowrap text-slate-500">{formatNip(row.atasan.nip)}</span>
      </>
    );
  }
  if (row.puncak) return <span className="text-slate-500">Pimpinan tertinggi instansi</span>;
  return <StatusBadge tone="warning">Atasan belum diatur</StatusBadge>;
}
