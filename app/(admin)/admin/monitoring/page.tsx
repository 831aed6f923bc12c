import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/server/auth";
import { getMonitoring } from "@/lib/server/queries/monitoring";
import { MonitoringTable } from "./monitoring-table";
import { TahunPilihan } from "./tahun-pilihan";

export const metadata: Metadata = { title: "Monitoring Pengisian" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MonitoringPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;

  const params = await searchParams;
  const diminta = Number(typeof params.tahun === "string" ? params.tahun : NaN);
  const monitoring = await getMonitoring(actor, { tahun: Number.isInteger(diminta) ? diminta : undefined });
  const tahun = monitoring.tahun?.tahun;

  return (
    <>
      <PageHeader
        title="Monitoring Pengisian"
        description="Per unit kerja: status SKP pegawai aktif dan penilaian yang sudah final per periode. Klik angka untuk melihat namanya."
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
            <TahunPilihan tahun={tahun} tahunTersedia={monitoring.tahunTersedia} />
          </div>
          <MonitoringTable monitoring={monitoring} tahun={tahun} />
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
