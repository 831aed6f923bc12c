import Link from "next/link";
import { SkpStatusBadge } from "@/components/skp/skp-status-badge";
import type { JenisRhk } from "@/lib/generated/prisma/enums";
import type { MatriksPeranHasil } from "@/lib/server/queries/matriks-peran-hasil";

type Props = { rhk: MatriksPeranHasil["skp"][number]["rhk"]; labelJenis: Record<JenisRhk, string> };

/** One card per RHK of the atasan, listing the bawahan RHK that intervene it. */
export function RhkMatriks({ rhk, labelJenis }: Props) {
  return (
    <ol className="space-y-4">
      {rhk.map((r, index) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <div className="border-b border-slate-200 bg-slate-50 px-4 py-3">
            <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              RHK {index + 1} · {labelJenis[r.jenis]}
            </p>
            <p className="font-medium text-slate-900">{r.teks}</p>
          </div>
          {r.intervensi.length === 0 ? (
            <p className="px-4 py-3 text-sm text-amber-800">Belum ada RHK bawahan yang mengintervensi RHK ini.</p>
          ) : (
            <ul aria-label={`RHK bawahan untuk RHK ${index + 1}`} className="divide-y divide-slate-100">
              {r.intervensi.map((i) => (
                <li key={i.id} className="grid gap-1 px-4 py-3 text-sm lg:grid-cols-[14rem_1fr_auto] lg:gap-4">
                  <p className="font-medium text-slate-900">{i.pegawai.nama}</p>
                  <p className="text-slate-700">{i.teks}</p>
                  <p className="flex items-center gap-2 lg:justify-end">
                    <SkpStatusBadge status={i.skp.status} />
                    {i.skp.sayaPenilai ? (
                      <Link href={`/skp-bawahan/${i.skp.id}`} className="text-blue-700 underline hover:text-blue-900">
                        Lihat SKP<span className="sr-only"> {i.pegawai.nama}</span>
                      </Link>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
