import type { ReactNode } from "react";
import type { NadaStatus, StatusTampil } from "@/lib/domain/labels";
import { StatusIkon } from "./status-ikon";

export type BadgeTone = NadaStatus;

/** One colour per meaning (lib/domain/labels.ts NadaStatus); every pair has at least 4.5:1 contrast. */
const TONE_CLASS: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  info: "bg-blue-50 text-blue-800 ring-blue-200",
  progress: "bg-violet-50 text-violet-800 ring-violet-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  returned: "bg-rose-50 text-rose-800 ring-rose-300",
  danger: "bg-red-100 text-red-800 ring-red-300",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
};

/** The colour of a status icon standing on white, e.g. in a filter chip. */
const IKON_CLASS: Record<BadgeTone, string> = {
  neutral: "text-slate-600",
  info: "text-blue-700",
  progress: "text-violet-700",
  success: "text-emerald-700",
  returned: "text-rose-700",
  danger: "text-red-700",
  warning: "text-amber-700",
};

type Props =
  /** A status from the map in lib/domain/labels.ts (`STATUS`): its label, colour and icon; `tambahan` follows the label. */
  | { status: StatusTampil; tambahan?: ReactNode }
  /** Any other short tag (Aktif, Eselon II …): a colour by meaning and a word, no icon. */
  | { tone?: BadgeTone; children: ReactNode };

/** A short status word. The text alone carries the meaning; colour and icon only repeat it. */
export function StatusBadge(props: Props) {
  const tone = "status" in props ? props.status.nada : (props.tone ?? "neutral");
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONE_CLASS[tone]}`}
    >
      {"status" in props ? (
        <>
          <StatusIkon ikon={props.status.ikon} />
          {props.status.label}
          {props.tambahan}
        </>
      ) : (
        props.children
      )}
    </span>
  );
}

/** Icon and label of a status without the pill, for filter chips and headings. */
export function StatusIsi({ status, warnaIkon = true }: { status: StatusTampil; warnaIkon?: boolean }) {
  return (
    <span className="inline-flex items-center gap-1">
      <StatusIkon ikon={status.ikon} className={`h-3.5 w-3.5 ${warnaIkon ? IKON_CLASS[status.nada] : ""}`} />
      {status.label}
    </span>
  );
}
