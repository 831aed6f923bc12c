type Props = { action: string; periodeId: string; periodeList: { id: string; label: string }[] };

/** A plain GET form, so switching the periode works before any JavaScript has loaded. */
export function PeriodeFilter({ action, periodeId, periodeList }: Props) {
  return (
    <form method="get" action={action} className="flex items-end gap-2">
      <label className="text-sm text-slate-700">
        <span className="mb-1 block font-medium">Periode penilaian</span>
        <select name="periode" defaultValue={periodeId} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          {periodeList.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
        Tampilkan
      </button>
    </form>
  );
}
