import { StatusIkon } from "@/components/status-ikon";
import { IKON_REAKSI, isReaksi, LABEL_REAKSI } from "@/lib/domain/penilaian-atasan";

/**
 * An atasan's quick reaction as its glyph and its words ("Bagus"), never the stored emoji itself:
 * without an emoji font the browser draws those as empty boxes. A value from before the list was
 * fixed is shown as it was stored.
 */
export function ReaksiLabel({ reaksi, className = "" }: { reaksi: string; className?: string }) {
  if (!isReaksi(reaksi)) return <span className={className}>{reaksi}</span>;
  return (
    <span className={`inline-flex items-center gap-1 ${className}`}>
      <StatusIkon ikon={IKON_REAKSI[reaksi]} className="h-4 w-4" />
      {LABEL_REAKSI[reaksi]}
    </span>
  );
}
