import { StatusBadge } from "@/components/status-badge";
import { STATUS, type StatusSkpTampil } from "@/lib/domain/labels";

/** An SKP's status as every list shows it, including a returned Draft ("Dikembalikan"). */
export function SkpStatusBadge({ status }: { status: StatusSkpTampil }) {
  return <StatusBadge status={STATUS.skp[status]} />;
}
