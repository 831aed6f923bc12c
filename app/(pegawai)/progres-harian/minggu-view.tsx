import Link from "next/link";
import { formatDurasi, hariDalamMinggu } from "@/lib/domain/hari-kerja";
import { formatTanggal, fromIsoDate } from "@/lib/domain/tanggal";
import type { ProgresRentang } from "@/lib/server/queries/progres-harian";
import { LABEL_STATUS_HARI } from "./status-hari";

const HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

/** Monday to Friday (Saturday too in a six-day week): hours and entries per day, and the week's total. */
export function MingguView({ data, hrefHari }: { data: ProgresRentang; hrefHari: (t: string) => string }) {
  const hari = data.hari.filter((h) => hariDalamMinggu(h.tanggal) <= (data.hariKerjaPerMinggu === 6 ? 6 : 5));
  const total = data.hari.reduce((s, h) => s + h.menit, 0);
  return (
    <div className="space-y-3">
      <ul className={`grid gap-2 sm:grid-cols-3 ${hari.length === 6 ? "lg:grid-cols-6" : "lg:grid-cols-5"}`} aria-label="Hari dalam minggu ini">
        {hari.map((h) => (
          <li key={h.tanggal} className="rounded-lg border border-slate-200 bg-white p-3">
            <Link href={hrefHari(h.tanggal)} className="font-semibold text-blue-700 underline">
              {HARI[hariDalamMinggu(h.tanggal) - 1]}, {formatTanggal(fromIsoDate(h.tanggal))}
            </Link>
            <p className="mt-1 text-sm text-slate-800">{formatDurasi(h.menit)} · {h.jumlah} kegiatan</p>
            <p className="text-xs text-slate-600">{LABEL_STATUS_HARI[h.status]}</p>
            <ul className="mt-2 space-y-1 text-xs text-slate-700">
              {data.entri.filter((e) => e.tanggal === h.tanggal).map((e) => <li key={e.id} className="truncate">{e.kegiatan}</li>)}
            </ul>
          </li>
        ))}
      </ul>
      <p className="text-sm font-semibold text-slate-900" role="status">Total minggu ini: {formatDurasi(total)}</p>
    </div>
  );
}
