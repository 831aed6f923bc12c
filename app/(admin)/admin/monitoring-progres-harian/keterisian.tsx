import { formatJumlah } from "@/lib/domain/desimal";
import { persenTerisi } from "@/lib/domain/progres-harian";
import type { Hari } from "@/lib/server/monitoring/progres-harian-sql";

/** "84 % · 1.234 dari 1.470 hari", with a bar; a dash when no day was required. */
export function Keterisian({ hari }: { hari: Hari }) {
  const persen = persenTerisi(hari.terisi, hari.wajib);
  if (persen === null) return <span className="text-slate-400">— · tidak ada hari wajib</span>;
  const warna = persen >= 80 ? "bg-emerald-600" : persen >= 50 ? "bg-amber-500" : "bg-red-600";
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <span className="whitespace-nowrap">
        <span className="font-semibold text-slate-900">{persen} %</span>
        <span className="text-slate-600"> · {formatJumlah(hari.terisi)} dari {formatJumlah(hari.wajib)} hari</span>
      </span>
      <span aria-hidden className="h-1.5 w-24 overflow-hidden rounded bg-slate-200">
        <span className={`block h-full ${warna}`} style={{ width: `${persen}%` }} />
      </span>
    </span>
  );
}
