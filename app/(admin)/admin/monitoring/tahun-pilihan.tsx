type Props = { tahun: number; tahunTersedia: number[]; action?: string; hidden?: Record<string, string> };

/** A plain GET form, so switching the year works before any JavaScript has loaded. */
export function TahunPilihan({ tahun, tahunTersedia, action = "/admin/monitoring", hidden = {} }: Props) {
  return (
    <form method="get" action={action} className="flex items-end gap-2">
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
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
        Tampilkan
      </button>
    </form>
  );
}
