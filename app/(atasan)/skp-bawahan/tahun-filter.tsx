import type { StatusBawahan } from "@/lib/domain/review-bawahan";

type Props = { tahun: number; tahunTersedia: number[]; status: StatusBawahan | null };

/** A plain GET form, so switching the year works before any JavaScript has loaded. */
export function TahunFilter({ tahun, tahunTersedia, status }: Props) {
  return (
    <form method="get" action="/skp-bawahan" className="flex items-end gap-2">
      <label className="text-sm text-slate-700">
        <span className="mb-1 block font-medium">Tahun</span>
        <select name="tahun" defaultValue={tahun} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          {tahunTersedia.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      {status ? <input type="hidden" name="status" value={status} /> : null}
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
        Tampilkan
      </button>
    </form>
  );
}
