type Props = {
  action: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  /** Other query parameters the page keeps when the choice changes. */
  hidden?: Record<string, string>;
};

/** A plain GET form with one select, so switching the year or periode works before any JavaScript has loaded. */
export function SelectFilter({ action, name, label, value, options, hidden = {} }: Props) {
  return (
    <form method="get" action={action} className="flex items-end gap-2">
      <label className="text-sm text-slate-700">
        <span className="mb-1 block font-medium">{label}</span>
        <select name={name} defaultValue={value} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {Object.entries(hidden).map(([key, v]) => (
        <input key={key} type="hidden" name={key} value={v} />
      ))}
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
        Tampilkan
      </button>
    </form>
  );
}

/** The year picker of the SKP Bawahan, Matriks Peran Hasil and Monitoring pages. */
export function TahunFilter({ action, tahun, tahunTersedia, hidden }: { action: string; tahun: number; tahunTersedia: number[]; hidden?: Record<string, string> }) {
  return (
    <SelectFilter
      action={action}
      name="tahun"
      label="Tahun"
      value={String(tahun)}
      options={tahunTersedia.map((t) => ({ value: String(t), label: String(t) }))}
      hidden={hidden}
    />
  );
}

/** The periode penilaian picker of the Penilaian Bawahan and Capaian Organisasi pages. */
export function PeriodeFilter({ action, periodeId, periodeList }: { action: string; periodeId: string; periodeList: { id: string; label: string }[] }) {
  return <SelectFilter action={action} name="periode" label="Periode penilaian" value={periodeId} options={periodeList.map((p) => ({ value: p.id, label: p.label }))} />;
}
