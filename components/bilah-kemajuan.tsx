type Props = { label: string; total: number; selesai: number; gagal: number; keterangan: string; tuntas: boolean };

/**
 * A job's progress bar: amber once anything failed; `keterangan` is the line below it. A job
 * that never learnt its total (0) shows full once `tuntas`.
 */
export function BilahKemajuan({ label, total, selesai, gagal, keterangan, tuntas }: Props) {
  const diproses = selesai + gagal;
  const persen = total > 0 ? Math.min(100, Math.round((diproses / total) * 100)) : tuntas ? 100 : 0;
  return (
    <div className="mt-3">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={persen} className="h-2 w-full overflow-hidden rounded-full bg-slate-100">
        <div className={`h-full ${gagal > 0 ? "bg-amber-500" : "bg-blue-600"}`} style={{ width: `${persen}%` }} />
      </div>
      <p className="mt-1 text-slate-600">{keterangan}</p>
    </div>
  );
}
