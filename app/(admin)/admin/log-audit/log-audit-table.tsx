import { formatNip } from "@/lib/domain/nip";
import { formatWaktuDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { LogAuditRow } from "@/lib/server/queries/audit-log";
import { GeserRegion } from "@/components/tabel-kartu";

/** A table on wide screens; on phones the same rows as stacked cards, so nothing scrolls sideways. */
export function LogAuditTable({ rows, zona }: { rows: LogAuditRow[]; zona: ZonaWaktu }) {
  return (
    <>
      <GeserRegion label="Tabel log audit" className="hidden rounded-lg border border-slate-200 bg-white shadow-sm lg:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Log audit instansi</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-3">Waktu</th>
              <th scope="col" className="px-3 py-3">Pelaku</th>
              <th scope="col" className="px-3 py-3">Aksi</th>
              <th scope="col" className="px-3 py-3">Data</th>
              <th scope="col" className="px-3 py-3">Perubahan</th>
              <th scope="col" className="px-3 py-3">Alamat</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} className="align-top">
                <td className="px-3 py-3 whitespace-nowrap text-slate-700"><Waktu row={row} zona={zona} /></td>
                <td className="min-w-44 px-3 py-3"><Pelaku row={row} /></td>
                <th scope="row" className="min-w-40 px-3 py-3 text-left font-medium text-slate-900">{row.aksiLabel}</th>
                <td className="px-3 py-3 text-slate-700"><Entitas row={row} /></td>
                <td className="max-w-md px-3 py-3 text-slate-700"><Ringkasan row={row} /></td>
                <td className="px-3 py-3 font-mono text-xs whitespace-nowrap text-slate-600">{row.alamat ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </GeserRegion>

      <ul aria-label="Log audit instansi" className="flex flex-col gap-3 lg:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
            <p className="font-medium text-slate-900">{row.aksiLabel}</p>
            <p className="text-xs text-slate-500"><Waktu row={row} zona={zona} /> · {row.alamat ?? "alamat tidak tercatat"}</p>
            <div className="mt-2"><Pelaku row={row} /></div>
            <p className="mt-2 text-slate-700"><Entitas row={row} /></p>
            <div className="mt-2 border-t border-slate-100 pt-2 text-slate-700"><Ringkasan row={row} /></div>
          </li>
        ))}
      </ul>
    </>
  );
}

function Waktu({ row, zona }: { row: LogAuditRow; zona: ZonaWaktu }) {
  return <time dateTime={row.waktu.toISOString()}>{formatWaktuDi(zona, row.waktu)}</time>;
}

function Pelaku({ row }: { row: LogAuditRow }) {
  if (!row.aktor) return <span className="text-slate-500">Sistem</span>;
  return (
    <>
      <span className="text-slate-900">{row.aktor.nama}</span>
      <span className="block font-mono text-xs whitespace-nowrap text-slate-500">{formatNip(row.aktor.nip)}</span>
    </>
  );
}

function Entitas({ row }: { row: LogAuditRow }) {
  return (
    <>
      {row.entitas}
      {row.entitasId ? <span className="block font-mono text-xs break-all text-slate-500">{row.entitasId}</span> : null}
    </>
  );
}

function Ringkasan({ row }: { row: LogAuditRow }) {
  if (row.ringkasan.length === 0) return <span className="text-slate-500">–</span>;
  return (
    <ul className="flex flex-col gap-0.5 break-words">
      {row.ringkasan.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
