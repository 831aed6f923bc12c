import { formatTanggal, fromIsoDate } from "@/lib/domain/tanggal";
import type { BuktiProgresHarian } from "@/lib/server/progres-harian/rollup-penilaian";

/** The bukti links of the RHK's Progres Harian entries: read-only here, changed on the entry itself. */
export function BuktiProgresHarianList({ items }: { items: BuktiProgresHarian[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="space-y-2 text-sm" aria-label="Bukti dukung dari Progres Harian">
      {items.map((item) => (
        <li key={item.tautan} className="flex flex-wrap items-baseline gap-x-2">
          <a href={item.tautan} target="_blank" rel="noopener noreferrer" className="break-all text-blue-700 underline">
            {item.kegiatan}
            <span className="sr-only"> (membuka tab baru)</span>
          </a>
          <span className="text-xs text-slate-500">{formatTanggal(fromIsoDate(item.tanggal))}</span>
          <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">dari Progres Harian</span>
        </li>
      ))}
    </ul>
  );
}
