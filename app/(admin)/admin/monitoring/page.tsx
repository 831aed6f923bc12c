import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { TahunFilter } from "@/components/select-filter";
import { NotFoundError } from "@/lib/domain/errors";
import { formatWaktuDi } from "@/lib/domain/zona-waktu";
import { parsePage, parseTahunParam, parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getMonitoring, MONITORING_PAGE_SIZE } from "@/lib/server/queries/monitoring";
import { JejakUnit } from "./jejak-unit";
import { MonitoringTable } from "./monitoring-table";

export const metadata: Metadata = { title: "Monitoring Pengisian" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MonitoringPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;

  const params = await searchParams;
  const unit = parseUuidParam(params.unit);
  // A unit id from the URL that is not a unit of this instansi is simply not found.
  const monitoring = await getMonitoring(actor, { tahun: parseTahunParam(params.tahun), unit, page: parsePage(params.page) }).catch(notFoundOn);
  const tahun = monitoring.tahun?.tahun;
  const hrefFor = (page: number) =>
    `/admin/monitoring?${new URLSearchParams({ tahun: String(tahun), ...(unit ? { unit } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;

  return (
    <>
      <PageHeader
        title="Monitoring Pengisian"
        description="Per unit kerja, termasuk semua unit di bawahnya: status SKP pegawai aktif dan penilaian yang sudah final per periode. Klik nama unit untuk membuka unit di bawahnya, klik angka untuk melihat namanya."
        actions={
          tahun ? (
            <a
              href={`/api/admin/monitoring/xlsx?tahun=${tahun}`}
              className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
              download
            >
              Unduh XLSX
            </a>
          ) : null
        }
      />
      {tahun ? (
        <>
          <div className="mb-4">
            <TahunFilter action="/admin/monitoring" tahun={tahun} tahunTersedia={monitoring.tahunTersedia} hidden={unit ? { unit } : {}} />
          </div>
          <JejakUnit jejak={monitoring.jejak} ke={(u) => `/admin/monitoring?${new URLSearchParams({ tahun: String(tahun), ...(u ? { unit: u } : {}) })}`} />
          {monitoring.periode.length > 0 ? (
            <p className="mb-2 text-xs text-slate-600 lg:hidden">Angka per periode: penilaian final / SKP disetujui.</p>
          ) : null}
          <MonitoringTable monitoring={monitoring} tahun={tahun} />
          <p className="mt-2 text-xs text-slate-500">Angka per {formatWaktuDi(actor.zonaWaktu, monitoring.dihitung)}; diperbarui paling lambat 15 detik sekali.</p>
          {monitoring.pageCount > 1 ? (
            <Pagination page={monitoring.page} pageCount={monitoring.pageCount} total={monitoring.jumlahAnak} pageSize={MONITORING_PAGE_SIZE} hrefFor={hrefFor} />
          ) : null}
        </>
      ) : (
        <EmptyState
          title="Belum ada tahun SKP"
          description="Instansi Anda belum memiliki tahun SKP. Buka tahun dan periode penilaian terlebih dahulu agar pegawai dapat menyusun SKP."
        />
      )}
    </>
  );
}

function notFoundOn(error: unknown): never {
  if (error instanceof NotFoundError) notFound();
  throw error;
}
