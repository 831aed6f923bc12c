import Link from "next/link";
import { pilihanAksi } from "@/lib/domain/audit-aksi";
import type { LogAuditFilter } from "@/lib/domain/log-audit-filter";

const FIELD = "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400";
const LABEL = "mb-1 block text-sm font-medium text-slate-700";

/** A plain GET form: filtering works without JavaScript and every result has its own URL. */
export function FilterForm({ filter }: { filter: LogAuditFilter }) {
  const aktif = filter.q || filter.aksi || filter.dari || filter.sampai;
  return (
    <form role="search" aria-label="Saring log audit" action="/admin/log-audit" method="get" className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:grid-cols-[2fr_2fr_1fr_1fr_auto] lg:items-end">
      <div className="col-span-2 sm:col-span-1">
        <label htmlFor="log-q" className={LABEL}>Cari</label>
        <input id="log-q" name="q" type="search" defaultValue={filter.q} maxLength={100} placeholder="Nama, NIP, atau ID data" className={FIELD} />
      </div>
      <div className="col-span-2 sm:col-span-1">
        <label htmlFor="log-aksi" className={LABEL}>Aksi</label>
        <select id="log-aksi" name="aksi" defaultValue={filter.aksi} className={FIELD}>
          <option value="">Semua aksi</option>
          {pilihanAksi().map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </div>
      <div className="min-w-0">
        <label htmlFor="log-dari" className={LABEL}>Dari tanggal</label>
        <input id="log-dari" name="dari" type="date" defaultValue={filter.dari} className={FIELD} />
      </div>
      <div className="min-w-0">
        <label htmlFor="log-sampai" className={LABEL}>Sampai tanggal</label>
        <input id="log-sampai" name="sampai" type="date" defaultValue={filter.sampai} className={FIELD} />
      </div>
      <div className="col-span-2 flex items-center gap-2 lg:col-span-1">
        <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
          Terapkan
        </button>
        {aktif ? (
          <Link href="/admin/log-audit" className="px-2 py-2 text-sm font-medium whitespace-nowrap text-slate-600 underline hover:text-slate-900">
            Hapus filter
          </Link>
        ) : null}
      </div>
    </form>
  );
}
