import { StatusBadge, type BadgeTone } from "@/components/status-badge";
import { LABEL_STATUS_SKP } from "@/lib/domain/labels";
import type { StatusSkp } from "@/lib/generated/prisma/enums";

const TONE: Record<StatusSkp, BadgeTone> = {
  DRAFT: "neutral",
  PENGAJUAN: "warning",
  PERSETUJUAN: "success",
};

export function SkpStatusBadge({ status }: { status: StatusSkp }) {
  return <StatusBadge tone={TONE[status]}>{LABEL_STATUS_SKP[status]}</StatusBadge>;
}
