"use client";

import { useEffect, useState, type ReactNode } from "react";
import { EmptyState } from "@/components/empty-state";
import { VerifikasiBadge } from "@/components/progres-harian/verifikasi-badge";
import { formatDurasi, formatJam } from "@/lib/domain/hari-kerja";
import { LABEL_JENIS_KETERANGAN_HARI } from "@/lib/domain/labels";
import { gabungEntriHari, totalMenit } from "@/lib/domain/progres-harian";
import type { JenisKeteranganHari } from "@/lib/generated/prisma/enums";
import type { EntriProgres } from "@/lib/server/queries/progres-harian";
import { SAVED_EVENT } from "./edit-context";
import { EntriActions } from "./entri-actions";

type Props = { tanggal: string; entri: EntriProgres[]; targetMenit: number; keterangan: JenisKeteranganHari | null; children?: ReactNode };

/**
 * The day's entries and their total. A saved entry comes back from the action and is merged
 * here, so adding one does not render the whole page again; any other change (delete, copy,
 * templates) refreshes the page, whose new list replaces this one.
 */
export function HariEntri({ tanggal, entri: dariServer, targetMenit, keterangan, children }: Props) {
  const [dasar, setDasar] = useState(dariServer);
  const [entri, setEntri] = useState(dariServer);
  if (dasar !== dariServer) {
    setDasar(dariServer);
    setEntri(dariServer);
  }
  useEffect(() => {
    const onSaved = (e: Event) => setEntri((list) => gabungEntriHari(list, (e as CustomEvent<EntriProgres>).detail, tanggal));
    window.addEventListener(SAVED_EVENT, onSaved);
    return () => window.removeEventListener(SAVED_EVENT, onSaved);
  }, [tanggal]);

  return (
    <>
      <p className="text-sm text-slate-800" role="status">
        Total <span className="font-semibold">{formatDurasi(totalMenit(entri))}</span> dari target {formatDurasi(targetMenit)}
        {keterangan ? ` · Ditandai ${LABEL_JENIS_KETERANGAN_HARI[keterangan].toLowerCase()}` : ""}
      </p>
      {children}
      {entri.length === 0 ? (
        <EmptyState title="Belum ada kegiatan pada hari ini" description="Isi formulir di samping, salin dari hari kerja sebelumnya, atau tandai hari ini sebagai cuti, sakit, dinas luar, atau tugas belajar." />
      ) : (
        <ol className="space-y-2">
          {entri.map((e) => (
            <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="font-semibold text-slate-900">{formatJam(e.jamMulai)}–{formatJam(e.jamSelesai)} · {e.kegiatan}</p>
              <p className="text-sm text-slate-700">{e.rencanaAksi} · {e.realisasi} {e.satuan}</p>
              {e.tautanBukti ? <a href={e.tautanBukti} className="text-sm text-blue-700 underline" rel="noopener noreferrer" target="_blank">Bukti dukung</a> : null}
              <div className="mt-1">
                <VerifikasiBadge entri={e} />
              </div>
              <EntriActions entri={e} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
