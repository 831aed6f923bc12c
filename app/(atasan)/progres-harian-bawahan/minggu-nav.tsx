import Link from "next/link";
import { tambahHari } from "@/lib/domain/hari-kerja";
import { formatTanggal, fromIsoDate } from "@/lib/domain/tanggal";

type Props = { senin: string; hariKerja: number; hrefFor: (senin: string) => string; mingguIni: string };

/** Previous, this and next week as links (`?minggu=`), with the week's dates in words. */
export function MingguNav({ senin, hariKerja, hrefFor, mingguIni }: Props) {
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
  return (
    <nav aria-label="Pilih minggu" className="mb-4 flex flex-wrap items-center gap-2">
      <Link href={hrefFor(tambahHari(senin, -7))} className={link}>‹ Minggu sebelumnya</Link>
      {senin !== mingguIni ? <Link href={hrefFor(mingguIni)} className={link}>Minggu ini</Link> : null}
      <Link href={hrefFor(tambahHari(senin, 7))} className={link}>Minggu berikutnya ›</Link>
      <p className="text-sm font-medium text-slate-700" aria-live="polite">
        {formatTanggal(fromIsoDate(senin))} – {formatTanggal(fromIsoDate(tambahHari(senin, hariKerja - 1)))}
      </p>
    </nav>
  );
}
