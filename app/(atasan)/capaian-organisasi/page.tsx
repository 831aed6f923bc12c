import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { PeriodeFilter } from "@/components/select-filter";
import { describeKurva } from "@/lib/domain/kurva";
import { formatWaktuDi } from "@/lib/domain/zona-waktu";
import { parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { listCapaianOrganisasi } from "@/lib/server/queries/capaian-organisasi";
import { CapaianForm } from "./capaian-form";

export const metadata: Metadata = { title: "Capaian Kinerja Organisasi" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CapaianOrganisasiPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const { periodeList, periode, rows } = await listCapaianOrganisasi(actor, parseUuidParam(params.periode));

  return (
    <>
      <PageHeader
        title="Capaian Kinerja Organisasi"
        description="Pimpinan unit kerja menetapkan capaian kinerja organisasi unit-unit di bawahnya untuk setiap periode. Capaian menentukan kurva distribusi predikat pegawai unit itu, dan menjadi Rating Hasil Kerja pimpinannya."
        actions={periode && periodeList.length > 1 ? <PeriodeFilter action="/capaian-organisasi" periodeId={periode.id} periodeList={periodeList} /> : null}
      />
      {!periode ? (
        <EmptyState title="Belum ada periode penilaian" description="Admin instansi belum membuat periode penilaian." />
      ) : rows.length === 0 ? (
        <EmptyState
          title="Tidak ada unit yang capaiannya Anda tetapkan"
          description="Halaman ini untuk pimpinan unit kerja yang membawahi unit lain. Bila Anda pimpinan unit tetapi tidak tercatat, gunakan Klaim Pimpinan atau hubungi admin instansi."
        />
      ) : (
        <div className="space-y-4">
          <ul aria-label={`Capaian kinerja organisasi, ${periode.label}`} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
            {rows.map((u) => (
              <li key={u.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0 text-sm">
                  <p className="font-medium text-slate-900">{u.nama}</p>
                  {u.induk ? <p className="text-slate-500">di bawah {u.induk}</p> : null}
                  <p className="mt-1 text-slate-600">{u.capaian ? describeKurva(u.capaian) : "Belum ditetapkan untuk periode ini."}</p>
                  {u.diubahPada ? <p className="text-xs text-slate-500">Diubah {formatWaktuDi(actor.zonaWaktu, u.diubahPada)}</p> : null}
                </div>
                <div className="shrink-0">
                  <CapaianForm key={`${u.id}-${periode.id}`} unitId={u.id} unitNama={u.nama} periodeId={periode.id} capaian={u.capaian} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
