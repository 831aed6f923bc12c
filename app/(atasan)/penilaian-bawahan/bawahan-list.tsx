"use client";

import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { LABEL_PREDIKAT, STATUS } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import type { PenilaianBawahanRow } from "@/lib/server/queries/penilaian-bawahan";

/**
 * The bawahan to rate in one periode. A client component although it keeps no state: the server
 * sends the rows as data instead of serialising their markup into the RSC payload (see README,
 * Performa).
 */
export function BawahanList({ rows, periodeId, label }: { rows: PenilaianBawahanRow[]; periodeId: string; label: string }) {
  return (
    <ul aria-label={`Bawahan yang dinilai, ${label}`} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {rows.map((row) => (
        <li key={row.skpId} className="flex flex-col gap-3 p-4 text-sm sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <p className="font-medium text-slate-900">{row.pegawai.nama}</p>
            <p className="font-mono text-xs text-slate-500">{formatNip(row.pegawai.nip)}</p>
            <p className="text-slate-600">{row.pegawai.jabatan}</p>
            <p className="mt-1 text-slate-700">
              Realisasi {row.realisasiTerisi}/{row.jumlahIndikator} indikator · {row.jumlahBukti} bukti dukung
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2 sm:justify-end">
            <StatusPenilaian row={row} />
            <Link
              href={`/penilaian-bawahan/${row.skpId}/${periodeId}`}
              aria-label={`Nilai ${row.pegawai.nama}`}
              className="rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800"
            >
              {row.penilaian?.status === "FINAL" ? "Lihat" : "Nilai"}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}

function StatusPenilaian({ row }: { row: PenilaianBawahanRow }) {
  const p = row.penilaian;
  // A draft without a rating yet is still "Belum dinilai" to the atasan scanning the list.
  const status = p?.status === "FINAL" ? "FINAL" : p?.predikat ? "DRAFT" : "BELUM";
  return <StatusBadge status={STATUS.penilaian[status]} tambahan={p?.predikat ? ` · ${LABEL_PREDIKAT[p.predikat]}` : null} />;
}
