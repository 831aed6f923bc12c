import { StatusBadge } from "@/components/status-badge";
import { formatDesimal } from "@/lib/domain/desimal";
import { checkKurva, describeKurva, persentasePredikat, type KurvaCounts } from "@/lib/domain/kurva";
import { LABEL_CAPAIAN_ORGANISASI, LABEL_MODE_KURVA, LABEL_PREDIKAT } from "@/lib/domain/labels";
import type { CapaianOrganisasi, ModeKurva, Predikat } from "@/lib/generated/prisma/enums";

const URUTAN: readonly Predikat[] = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"];

type Props = {
  unitNama: string;
  capaian: CapaianOrganisasi | null;
  counts: KurvaCounts;
  modeKurva?: ModeKurva;
  /** Which row is the penilaian on screen, so the atasan sees where it lands. */
  sorot?: Predikat | null;
};

/**
 * The unit's predikat distribution as bars, with the allowed kurva in words and what breaks
 * it. Drawn as a table so a screen reader reads counts and percentages; the bars only repeat
 * them. No hooks, so the list page renders it on the server and the rating form live.
 */
export function KurvaChart({ unitNama, capaian, counts, modeKurva, sorot }: Props) {
  const persen = persentasePredikat(counts);
  const total = URUTAN.reduce((n, p) => n + (counts[p] ?? 0), 0);
  const check = capaian ? checkKurva(capaian, counts) : null;
  return (
    <section aria-label={`Kurva distribusi ${unitNama}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold text-slate-900">{unitNama}</h3>
          <p className="text-sm text-slate-600">
            Capaian Kinerja Organisasi: {capaian ? <strong>{LABEL_CAPAIAN_ORGANISASI[capaian]}</strong> : "belum ditetapkan"}
          </p>
        </div>
        {check ? (
          <StatusBadge tone={check.ok ? "success" : modeKurva === "BLOKIR" ? "danger" : "warning"}>
            {check.ok ? "Sesuai kurva" : "Tidak sesuai kurva"}
          </StatusBadge>
        ) : null}
      </div>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">Sebaran predikat {total} pegawai</caption>
        <thead className="sr-only">
          <tr><th scope="col">Predikat</th><th scope="col">Jumlah dan persentase</th></tr>
        </thead>
        <tbody>
          {URUTAN.map((p) => (
            <tr key={p} className={sorot === p ? "font-semibold" : undefined}>
              <th scope="row" className="w-36 py-1 pr-2 text-left font-normal whitespace-nowrap text-slate-700">
                {LABEL_PREDIKAT[p]}
                {sorot === p ? <span className="sr-only"> (termasuk pegawai ini)</span> : null}
              </th>
              <td className="py-1">
                <div className="flex items-center gap-2">
                  <div aria-hidden className="h-4 flex-1 rounded bg-slate-100">
                    <div className={`h-4 rounded ${sorot === p ? "bg-blue-700" : "bg-blue-400"}`} style={{ width: `${persen[p]}%` }} />
                  </div>
                  <span className="w-24 text-right tabular-nums">
                    {counts[p] ?? 0} · {formatDesimal(persen[p])}%
                  </span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-sm text-slate-700">
        {capaian ? describeKurva(capaian) : "Aturan kurva berlaku setelah pimpinan unit di atasnya menetapkan capaian kinerja organisasi."}
      </p>
      {check && !check.ok ? (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-amber-900">
          {check.violations.map((v) => (
            <li key={v}>{v}</li>
          ))}
        </ul>
      ) : null}
      {modeKurva && capaian ? (
        <p className="mt-2 text-xs text-slate-500">
          Mode kurva instansi: {LABEL_MODE_KURVA[modeKurva]}
          {modeKurva === "BLOKIR" ? " (penilaian yang melanggar kurva tidak dapat difinalkan)" : " (Anda diminta mengonfirmasi sebelum memfinalkan)"}.
        </p>
      ) : null}
    </section>
  );
}
