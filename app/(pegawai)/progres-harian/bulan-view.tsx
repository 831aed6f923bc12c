import Link from "next/link";
import { formatDurasi, hariDalamMinggu, type StatusHari } from "@/lib/domain/hari-kerja";
import type { ProgresRentang } from "@/lib/server/queries/progres-harian";
import { LABEL_STATUS_HARI, WARNA_STATUS_HARI } from "./status-hari";

const KOLOM = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"];

/** The month as a calendar: each day coloured by how filled it is; a day opens its Hari view. */
export function BulanView({ data, hrefHari }: { data: ProgresRentang; hrefHari: (t: string) => string }) {
  const kosongAwal = hariDalamMinggu(data.awal) - 1;
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-7 gap-1 text-center text-xs font-semibold text-slate-600" aria-hidden="true">
        {KOLOM.map((k) => <div key={k}>{k}</div>)}
      </div>
      <ol className="grid grid-cols-7 gap-1" aria-label="Kalender bulan ini">
        {Array.from({ length: kosongAwal }, (_, i) => <li key={`k${i}`} aria-hidden="true" />)}
        {data.hari.map((h) => (
          <li key={h.tanggal}>
            <Link
              href={hrefHari(h.tanggal)}
              className={`flex min-h-12 flex-col items-center justify-center rounded border p-1 text-sm ${WARNA_STATUS_HARI[h.status]}`}
              aria-label={`${Number(h.tanggal.slice(8))}: ${LABEL_STATUS_HARI[h.status]}${h.menit ? `, ${formatDurasi(h.menit)}` : ""}`}
            >
              <span className="font-semibold">{Number(h.tanggal.slice(8))}</span>
              {h.menit ? <span className="hidden text-[10px] sm:block">{formatDurasi(h.menit)}</span> : null}
            </Link>
          </li>
        ))}
      </ol>
      <ul className="flex flex-wrap gap-2 text-xs" aria-label="Keterangan warna">
        {(Object.keys(LABEL_STATUS_HARI) as StatusHari[]).map((s) => (
          <li key={s} className={`rounded border px-2 py-1 ${WARNA_STATUS_HARI[s]}`}>{LABEL_STATUS_HARI[s]}</li>
        ))}
      </ul>
    </div>
  );
}
