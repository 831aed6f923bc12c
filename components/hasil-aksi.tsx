"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { toast } from "sonner";

/**
 * Feedback where the eye is, after a final step (Ajukan, Setujui, Finalkan, Klaim …): a toast,
 * and focus on the result the refreshed page shows, often a banner near the top that is out
 * of view from the button. Keyboard and screen reader users then land on it, too.
 *
 *   umumkanHasil("SKP diajukan.", { fokusKe: "hasil-skp" });  // then router.refresh()
 *   <HasilAksi id="hasil-skp" kunci={status}>…banner…</HasilAksi>  // on the page
 */

// The one result the last successful action asked for. Module state on purpose: the button
// that asked is often gone after the refresh (Ajukan unmounts once the SKP is locked).
let fokusBerikutnya: { id: string; sampai: number } | null = null;
// A result that has not rendered by then belongs to a page the person has left.
const BATAS_TUNGGU_MS = 15_000;

export function umumkanHasil(pesan: string, opsi: { fokusKe?: string; keterangan?: string } = {}): void {
  toast.success(pesan, opsi.keterangan ? { description: opsi.keterangan } : undefined);
  if (opsi.fokusKe) fokusBerikutnya = { id: opsi.fokusKe, sampai: Date.now() + BATAS_TUNGGU_MS };
}

type Props = {
  id: string;
  /** Changes when the result changes (a status), so a block already on the page takes focus again. */
  kunci?: string;
  className?: string;
  children: ReactNode;
};

/** A result block that takes focus and scrolls into view when umumkanHasil named it. */
export function HasilAksi({ id, kunci, className = "", children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const diminta = fokusBerikutnya;
    if (!diminta || diminta.id !== id || !ref.current) return;
    fokusBerikutnya = null;
    if (Date.now() > diminta.sampai) return;
    ref.current.focus({ preventScroll: true });
    const tenang = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    ref.current.scrollIntoView({ block: "center", behavior: tenang ? "auto" : "smooth" });
  }, [id, kunci]);
  return (
    <div id={id} ref={ref} tabIndex={-1} className={`scroll-mt-20 rounded-md focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 ${className}`}>
      {children}
    </div>
  );
}
