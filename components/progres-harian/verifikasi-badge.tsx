import { StatusBadge } from "@/components/status-badge";
import { ReaksiLabel } from "@/components/reaksi-label";
import { STATUS } from "@/lib/domain/labels";
import { isReaksi } from "@/lib/domain/penilaian-atasan";
import type { StatusVerifikasi } from "@/lib/generated/prisma/enums";

export function StatusVerifikasiBadge({ status }: { status: StatusVerifikasi }) {
  return <StatusBadge status={STATUS.verifikasi[status]} />;
}

export type VerifikasiEntri = {
  status: StatusVerifikasi;
  catatanVerifikasi: string | null;
  umpanBalikReaksi: string | null;
  umpanBalikTeks: string | null;
};

/**
 * What the atasan said about one Progres Harian entry: the status, the catatan of a "Perlu
 * perbaikan" and any umpan balik. Shown to the pegawai on their entries and to the atasan.
 */
export function VerifikasiBadge({ entri }: { entri: VerifikasiEntri }) {
  const reaksi = entri.umpanBalikReaksi && isReaksi(entri.umpanBalikReaksi) ? entri.umpanBalikReaksi : null;
  return (
    <div className="space-y-1 text-sm">
      <StatusVerifikasiBadge status={entri.status} />
      {entri.catatanVerifikasi ? (
        <p className={entri.status === "PERLU_PERBAIKAN" ? "text-amber-900" : "text-slate-700"}>
          <span className="font-medium">Catatan atasan:</span> <span className="whitespace-pre-line">{entri.catatanVerifikasi}</span>
        </p>
      ) : null}
      {reaksi || entri.umpanBalikTeks ? (
        <p className="text-slate-700">
          <span className="font-medium">Umpan balik:</span>{" "}
          {reaksi ? <ReaksiLabel reaksi={reaksi} className="align-middle" /> : null}{" "}
          {entri.umpanBalikTeks ? <span className="whitespace-pre-line">{entri.umpanBalikTeks}</span> : null}
        </p>
      ) : null}
    </div>
  );
}
