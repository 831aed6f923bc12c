import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { NotFoundError } from "@/lib/domain/errors";
import { formatTanggal, fromIsoDate } from "@/lib/domain/tanggal";
import { formatWaktuDi } from "@/lib/domain/zona-waktu";
import { parsePage, parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getMonitoringProgres } from "@/lib/server/monitoring/progres-harian";
import { MONITORING_PAGE_SIZE } from "@/lib/server/queries/monitoring";
import { JejakUnit } from "../monitoring/jejak-unit";
import { ProgresTable } from "./progres-table";

export const metadata: Metadata = { title: "Monitoring Progres Harian" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BASIS = "/admin/monitoring-progres-harian";

export default async function MonitoringProgresPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;

  const params = await searchParams;
  const unit = parseUuidParam(params.unit);
  // A unit id from the URL that is not a unit of this instansi is simply not found.
  const monitoring = await getMonitoringProgres(actor, { unit, page: parsePage(params.page) }).catch(notFoundOn);
  const { rentang } = monitoring;
  const ke = (u?: string, page = 1) => `${BASIS}?${new URLSearchParams({ ...(u ? { unit: u } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;

  return (
    <>
      <PageHeader
        title="Monitoring Progres Harian"
        description={`Per unit kerja, termasuk semua unit di bawahnya: hari kerja yang sudah diisi progres harian oleh pegawai aktif, minggu ini (sejak ${formatTanggal(fromIsoDate(rentang.minggu))}) dan bulan ini, sampai hari ini ${formatTanggal(fromIsoDate(rentang.hariIni))}. Hari libur dan hari yang ditandai cuti, sakit, dinas luar atau tugas belajar tidak dihitung.`}
        actions={
          <a href={`/api/admin/monitoring-progres-harian/xlsx${unit ? `?unit=${unit}` : ""}`} className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium whitespace-nowrap text-white hover:bg-blue-800" download>
            Unduh XLSX
          </a>
        }
      />
      <JejakUnit jejak={monitoring.jejak} ke={(u) => ke(u)} />
      {monitoring.baris.length === 0 ? (
        <EmptyState title="Belum ada pegawai aktif" description="Tambahkan unit kerja dan pegawai di menu Unit Kerja dan Pegawai agar keterisian progres harian dapat dipantau." />
      ) : (
        <>
          <ProgresTable monitoring={monitoring} />
          <p className="mt-2 text-xs text-slate-500">Angka per {formatWaktuDi(actor.zonaWaktu, monitoring.dihitung)}; diperbarui paling lambat 15 detik sekali.</p>
        </>
      )}
      {monitoring.pageCount > 1 ? (
        <Pagination page={monitoring.page} pageCount={monitoring.pageCount} total={monitoring.jumlahAnak} pageSize={MONITORING_PAGE_SIZE} hrefFor={(p) => ke(unit, p)} />
      ) : null}
    </>
  );
}

function notFoundOn(error: unknown): never {
  if (error instanceof NotFoundError) notFound();
  throw error;
}
