import { StatusBadge } from "@/components/status-badge";
import { STATUS } from "@/lib/domain/labels";
import type { StatusPengisian } from "@/lib/domain/pelaksanaan-pengisian";
import { formatTanggal } from "@/lib/domain/tanggal";

/** Whether entry is open, in words; the date says until when. */
export function PengisianBadge({ status }: { status: StatusPengisian }) {
  switch (status.kind) {
    case "terbuka":
      return <StatusBadge status={STATUS.pengisian.TERBUKA} />;
    case "dibuka-kembali":
      return <StatusBadge status={STATUS.pengisian.DIBUKA_KEMBALI} tambahan={` s.d. ${formatTanggal(status.hingga)}`} />;
    case "belum-dimulai":
      return <StatusBadge status={STATUS.pengisian.BELUM_DIMULAI} />;
    case "ditutup":
      return <StatusBadge status={STATUS.pengisian.DITUTUP} />;
    case "final":
      return <StatusBadge status={STATUS.pengisian.FINAL} />;
  }
}
