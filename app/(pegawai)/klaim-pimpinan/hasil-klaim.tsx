"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { HasilAksi, umumkanHasil } from "@/components/hasil-aksi";
import type { HasilKlaim } from "@/lib/server/actions/klaim";

type Laporan = HasilKlaim & { judul: string };

const LaporHasil = createContext<(laporan: Laporan) => void>(() => {});

/**
 * Keeps the result of a klaim or lepas klaim on the page. The action's refresh swaps the form
 * for the other one (Klaim ↔ Lepas klaim), which would take a result kept inside it along; this
 * sits above both, so the message stays, and focus moves to it.
 */
export function HasilKlaimBatas({ children }: { children: ReactNode }) {
  const [laporan, setLaporan] = useState<Laporan | null>(null);
  const lapor = (l: Laporan) => {
    setLaporan(l);
    umumkanHasil(l.judul, { fokusKe: "hasil-klaim", keterangan: l.ringkasan });
  };
  return (
    <LaporHasil.Provider value={lapor}>
      {laporan ? (
        <HasilAksi id="hasil-klaim" kunci={laporan.judul} className="mb-4 max-w-2xl">
          <HasilKlaimView hasil={laporan} />
        </HasilAksi>
      ) : null}
      {children}
    </LaporHasil.Provider>
  );
}

export function useLaporHasilKlaim() {
  return useContext(LaporHasil);
}

/** Whose atasan changed, and whose manual atasan the admin should check. */
function HasilKlaimView({ hasil }: { hasil: Laporan }) {
  return (
    <div className="space-y-2 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm">
      <p className="font-semibold text-emerald-900">{hasil.judul}</p>
      <p className="text-slate-800">{hasil.ringkasan}</p>
      {hasil.berbeda.length > 0 ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          <p className="font-semibold">Atasan pegawai berikut diatur manual dan tidak diubah:</p>
          <ul className="mt-1 list-disc pl-5">
            {hasil.berbeda.map((b) => (
              <li key={b.nip}>{b.nama}</li>
            ))}
          </ul>
          <p className="mt-1">Admin instansi dapat menyesuaikannya bila perlu.</p>
        </div>
      ) : null}
    </div>
  );
}
