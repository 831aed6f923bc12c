import Link from "next/link";
import { labelJumlahBelumDibaca } from "@/lib/domain/notifikasi-pesan";

/** The header's bell: a plain link to /notifikasi, with the unread count read by screen readers too. */
export function NotifikasiBell({ belumDibaca }: { belumDibaca: number }) {
  const label = labelJumlahBelumDibaca(belumDibaca);
  const nama = belumDibaca > 99 ? "Notifikasi, lebih dari 99 belum dibaca" : belumDibaca > 0 ? `Notifikasi, ${label} belum dibaca` : "Notifikasi";
  return (
    <Link
      href="/notifikasi"
      aria-label={nama}
      title={nama}
      className="relative inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 hover:text-blue-800"
    >
      <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" className="h-6 w-6">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {belumDibaca > 0 ? (
        <span aria-hidden className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white">
          {label}
        </span>
      ) : null}
    </Link>
  );
}
