import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import type { PeranTugas, Tugas } from "@/lib/domain/tugas";

const JUDUL_PERAN: Record<PeranTugas, string> = { pegawai: "Sebagai pegawai", atasan: "Sebagai atasan", admin: "Sebagai admin instansi" };

/**
 * "Tugas Anda": what to do next, each item a link to the page where it is done. Grouped by role
 * only when there is more than one, so a staff member sees a plain list.
 */
export function TugasAnda({ tugas }: { tugas: Tugas[] }) {
  const peran = (["pegawai", "atasan", "admin"] as const).filter((p) => tugas.some((t) => t.peran === p));
  return (
    <section aria-labelledby="tugas-anda" className="mb-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="tugas-anda" className="text-base font-semibold text-slate-900">
        Tugas Anda
      </h2>
      {tugas.length === 0 ? (
        <p className="mt-3 flex items-center gap-2 text-sm text-slate-700">
          <span aria-hidden className="inline-flex size-6 items-center justify-center rounded-full bg-emerald-100 text-emerald-700">
            ✓
          </span>
          Tidak ada tugas. Semua beres.
        </p>
      ) : (
        peran.map((p) => (
          <div key={p} className="mt-4">
            {peran.length > 1 ? <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{JUDUL_PERAN[p]}</h3> : null}
            <ul className="flex flex-col gap-2">
              {tugas
                .filter((t) => t.peran === p)
                .map((t) => (
                  <li key={t.kunci}>
                    <ItemTugas tugas={t} />
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function ItemTugas({ tugas: t }: { tugas: Tugas }) {
  return (
    <Link
      href={t.tautan}
      className={`group flex items-start gap-3 rounded-md border px-4 py-3 hover:bg-slate-50 ${
        t.informasi ? "border-slate-200" : "border-l-4 border-slate-200 border-l-blue-600"
      }`}
    >
      <span className="min-w-0 flex-1">
        <span className="block text-sm font-medium text-slate-900 group-hover:underline">{t.judul}</span>
        {t.keterangan ? <span className="mt-0.5 block text-sm break-words text-slate-600">{t.keterangan}</span> : null}
      </span>
      <span className="flex shrink-0 flex-col items-end gap-1">
        {t.informasi ? <StatusBadge tone="info">Info</StatusBadge> : null}
        {t.tenggat ? <StatusBadge tone="warning">{t.tenggat}</StatusBadge> : null}
        <span aria-hidden className="text-slate-400 group-hover:text-blue-700">
          →
        </span>
      </span>
    </Link>
  );
}
