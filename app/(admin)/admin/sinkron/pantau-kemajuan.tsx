"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While a job runs, re-renders the page from the server every 2 s so its progress moves. */
export function PantauKemajuan({ aktif, pesan = "Sinkron sedang berjalan; kemajuan diperbarui otomatis." }: { aktif: boolean; pesan?: string }) {
  const router = useRouter();
  useEffect(() => {
    if (!aktif) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [aktif, router]);
  return aktif ? (
    <p className="mb-3 text-sm text-slate-600" aria-live="polite">
      {pesan}
    </p>
  ) : null;
}
