import { StatusBadge } from "@/components/status-badge";
import { LABEL_JENIS_HARI_LIBUR } from "@/lib/domain/labels";
import { formatTanggal, fromIsoDate } from "@/lib/domain/tanggal";
import { deleteHariLibur } from "@/lib/server/actions/hari-libur";
import type { HariLiburRow } from "@/lib/server/queries/hari-libur";
import { ConfirmAction } from "../pegawai/_components/confirm-action";

const NAMA_HARI = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
const tgl = (iso: string) => `${NAMA_HARI[fromIsoDate(iso).getUTCDay()]}, ${formatTanggal(fromIsoDate(iso))}`;

/** A table on wide screens; stacked cards on phones so nothing scrolls sideways. */
export function HariLiburTable({ tahun, rows }: { tahun: number; rows: HariLiburRow[] }) {
  return (
    <>
      <div className="hidden overflow-x-auto lg:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Hari libur tahun {tahun}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">Tanggal</th>
              <th scope="col" className="px-3 py-2">Nama</th>
              <th scope="col" className="px-3 py-2">Jenis</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">Tindakan</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="px-3 py-2 whitespace-nowrap text-slate-700">{tgl(row.tanggal)}</td>
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">{row.nama}</th>
                <td className="px-3 py-2"><Jenis row={row} /></td>
                <td className="px-3 py-2 text-right"><Hapus row={row} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label={`Hari libur tahun ${tahun}`} className="flex flex-col gap-2 lg:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-medium text-slate-900">{row.nama}</p>
            <p className="text-slate-700">{tgl(row.tanggal)}</p>
            <div className="mt-2 flex flex-wrap items-center justify-between gap-2"><Jenis row={row} /><Hapus row={row} /></div>
          </li>
        ))}
      </ul>
    </>
  );
}

function Jenis({ row }: { row: HariLiburRow }) {
  return <StatusBadge tone={row.jenis === "LIBUR_NASIONAL" ? "info" : "warning"}>{LABEL_JENIS_HARI_LIBUR[row.jenis]}</StatusBadge>;
}

function Hapus({ row }: { row: HariLiburRow }) {
  const nama = `${row.nama} (${formatTanggal(fromIsoDate(row.tanggal))})`;
  return (
    <ConfirmAction
      label="Hapus"
      ariaLabel={`Hapus ${nama}`}
      tone="danger"
      question={`${nama} dihapus dari daftar hari libur; hari itu kembali dihitung sebagai hari kerja.`}
      confirmLabel="Ya, hapus"
      action={deleteHariLibur.bind(null, { hariLiburId: row.id })}
    />
  );
}
