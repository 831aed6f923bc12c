import { formatWaktuDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { RiwayatSkp } from "@/lib/server/queries/skp";

/** Riwayat status: who moved the SKP, when, and the catatan they left. Newest first. */
export function SkpTimeline({ riwayat, zona }: { riwayat: RiwayatSkp[]; zona: ZonaWaktu }) {
  if (riwayat.length === 0) return <p className="text-sm text-slate-500">Belum ada riwayat.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5">
      {riwayat.map((r) => (
        <li key={r.id} className="relative">
          <span aria-hidden className="absolute -left-[1.6rem] top-1.5 h-2.5 w-2.5 rounded-full bg-slate-400 ring-4 ring-white" />
          <p className="text-sm">
            <span className="font-medium text-slate-900">{r.aktorNama}</span> {describe(r.dari, r.ke)}
          </p>
          <p className="text-xs text-slate-500">
            <time dateTime={r.createdAt.toISOString()}>{formatWaktuDi(zona, r.createdAt)}</time>
          </p>
          {r.catatan ? (
            <blockquote className="mt-1 rounded-md bg-slate-50 px-3 py-2 text-sm whitespace-pre-line text-slate-800">
              {r.catatan}
            </blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function describe(dari: string | null, ke: string): string {
  if (!dari) return "membuat SKP";
  if (ke === "PENGAJUAN") return "mengajukan SKP";
  if (ke === "PERSETUJUAN") return "menyetujui SKP";
  if (ke === "DRAFT") return dari === "PERSETUJUAN" ? "membatalkan persetujuan dan mengembalikan SKP ke Draft" : "mengembalikan SKP ke Draft";
  return `mengubah status menjadi ${ke}`;
}
