"use client";

import { StatusBadge } from "@/components/status-badge";
import { LABEL_JENIS_PELAKSANA_TUGAS } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import { formatTanggal } from "@/lib/domain/tanggal";
import { deletePelaksanaTugas } from "@/lib/server/actions/admin-pelaksana-tugas";
import type { PelaksanaTugasRow } from "@/lib/server/queries/admin-unit";
import { ConfirmAction } from "../pegawai/_components/confirm-action";

/** Current and upcoming PLT/PLH of one unit; past ones stay in the audit log only. */
export function PelaksanaTugasList({ unitNama, rows }: { unitNama: string; rows: PelaksanaTugasRow[] }) {
  if (rows.length === 0) return null;
  return (
    <div>
      <p className="text-sm font-medium text-slate-800">PLT/PLH</p>
      <ul aria-label={`PLT/PLH ${unitNama}`} className="mt-1 space-y-1.5">
        {rows.map((pt) => (
          <li key={pt.id} className="flex flex-wrap items-center gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm">
            <StatusBadge tone={pt.berlangsung ? "warning" : "neutral"}>{pt.berlangsung ? "Sedang berlangsung" : "Akan datang"}</StatusBadge>
            <span className="font-medium">{LABEL_JENIS_PELAKSANA_TUGAS[pt.jenis]}</span>
            <span>
              {pt.nama} <span className="font-mono text-xs text-slate-500">{formatNip(pt.nip)}</span>
            </span>
            <span className="text-slate-600">
              {formatTanggal(new Date(pt.mulai))} – {formatTanggal(new Date(pt.selesai))}
            </span>
            <span className="ml-auto">
              <ConfirmAction
                label="Hapus"
                ariaLabel={`Hapus ${pt.jenis} ${pt.nama} di ${unitNama}`}
                tone="danger"
                question={`Penugasan ${pt.jenis} ${pt.nama} di ${unitNama} dihapus. Tindakan ini tidak dapat dibatalkan.`}
                confirmLabel="Ya, hapus"
                action={() => deletePelaksanaTugas({ id: pt.id })}
              />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
