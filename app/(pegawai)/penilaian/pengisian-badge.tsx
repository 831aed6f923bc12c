import { StatusBadge } from "@/components/status-badge";
import type { StatusPengisian } from "@/lib/domain/pelaksanaan-pengisian";
import { formatTanggal } from "@/lib/domain/tanggal";

/** Whether entry is open, in words; the date says until when. */
export function PengisianBadge({ status }: { status: StatusPengisian }) {
  switch (status.kind) {
    case "terbuka":
      return <StatusBadge tone="success">Terbuka</StatusBadge>;
    case "dibuka-kembali":
      return <StatusBadge tone="info">Dibuka kembali s.d. {formatTanggal(status.hingga)}</StatusBadge>;
    case "belum-dimulai":
      return <StatusBadge tone="neutral">Belum dimulai</StatusBadge>;
    case "ditutup":
      return <StatusBadge tone="warning">Ditutup</StatusBadge>;
    case "final":
      return <StatusBadge tone="success">Final</StatusBadge>;
  }
}
