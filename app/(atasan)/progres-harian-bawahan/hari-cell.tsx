import { formatDesimal } from "@/lib/domain/desimal";
import { LABEL_JENIS_KETERANGAN_HARI } from "@/lib/domain/labels";
import type { HariBawahan } from "@/lib/server/queries/progres-harian-bawahan";

/** Hours of one day, or why there are none: "Belum isi", a holiday, a day away, or still to come. */
export function HariCell({ hari }: { hari: Pick<HariBawahan, "menit" | "keadaan" | "keterangan"> }) {
  switch (hari.keadaan) {
    case "TERISI":
      return <span className="tabular-nums">{formatDesimal(hari.menit / 60, 1)} jam</span>;
    case "BELUM_ISI":
      return <span className="rounded bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-800 ring-1 ring-red-200">Belum isi</span>;
    case "LIBUR":
      return <span className="text-xs text-slate-500">Libur</span>;
    case "KETERANGAN":
      return <span className="text-xs text-slate-600">{hari.keterangan ? LABEL_JENIS_KETERANGAN_HARI[hari.keterangan] : "Izin"}</span>;
    case "AKAN_DATANG":
      return <span className="text-slate-400" aria-label="Belum tiba">–</span>;
  }
}
