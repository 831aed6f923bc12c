import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { StatusBadge } from "@/components/status-badge";
import { SkpStatusBadge } from "@/components/skp/skp-status-badge";
import { STATUS } from "@/lib/domain/labels";
import { NotFoundError, nullOnNotFound } from "@/lib/domain/errors";
import { formatNip } from "@/lib/domain/nip";
import { firstParam, parseEnumParam, parsePage, parseTahunParam, parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getRincianMonitoring, RINCIAN_PAGE_SIZE, type FilterRincian } from "@/lib/server/monitoring/rincian";
import { STATUS_RINCIAN, type StatusRincian } from "@/lib/server/queries/monitoring";

type Params = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<Params> };

// One load for the title and the page, keyed by the parsed filter; admins of this instansi only.
const muatRincian = cache(async (kunci: string) => {
  const actor = await requireActor();
  return actor.isAdmin ? getRincianMonitoring(actor, JSON.parse(kunci) as FilterRincian) : null;
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const rincian = await muatRincian(JSON.stringify(filterDari(await searchParams))).catch(nullOnNotFound);
  return { title: rincian ? `${rincian.unit} · Rincian Monitoring` : "Rincian Monitoring" };
}

/** The heading of a cell's names: the count's own status word. Draft also holds the returned ones. */
function judulStatus(status: StatusRincian): string {
  return status === "BELUM" ? STATUS.skp.BELUM.label : `Status SKP ${STATUS.skp[status].label}`;
}

export default async function RincianMonitoringPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;

  const filter = filterDari(await searchParams);
  const { status, penilaian } = filter;
  // A unit or periode from the URL that this instansi does not have is simply not found.
  const rincian = await muatRincian(JSON.stringify(filter)).catch(notFoundOn);
  if (!rincian) return null;

  const judul = status
    ? judulStatus(status)
    : rincian.periode && penilaian
      ? `Penilaian ${rincian.periode.label}: ${penilaian === "FINAL" ? "" : "belum "}${STATUS.penilaian.FINAL.label}`
      : "Semua pegawai aktif";
  const kembali = `/admin/monitoring?${new URLSearchParams({ tahun: String(rincian.tahun), ...(rincian.unitInduk ? { unit: rincian.unitInduk } : {}) })}`;
  const hrefFor = (page: number) => {
    const query = new URLSearchParams({ tahun: String(rincian.tahun), unit: filter.unit });
    if (filter.bawahan) query.set("bawahan", "1");
    if (status) query.set("status", status);
    if (filter.periodeId) query.set("periode", filter.periodeId);
    if (penilaian) query.set("penilaian", penilaian);
    if (page > 1) query.set("page", String(page));
    return `/admin/monitoring/rincian?${query}`;
  };

  return (
    <>
      <BackLink href={kembali} ke="monitoring" />
      <PageHeader
        title={rincian.unit}
        description={`${judul} · tahun ${rincian.tahun}. ${filter.bawahan ? "Termasuk semua unit di bawahnya." : "Hanya unit ini, tanpa unit di bawahnya."}`}
      />
      {rincian.baris.length === 0 ? (
        <EmptyState title="Tidak ada pegawai" description="Tidak ada pegawai aktif di unit ini yang sesuai dengan pilihan tersebut." />
      ) : (
        <>
          <ul aria-label={`Pegawai: ${judul}`} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
            {rincian.baris.map((b) => (
              <li key={b.id} className="flex flex-col gap-1 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <p className="font-medium text-slate-900">{b.nama}</p>
                  <p className="font-mono text-xs text-slate-500">{formatNip(b.nip)}</p>
                  <p className="text-slate-600">{b.jabatan}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <SkpStatusBadge status={b.statusSkp} />
                  {rincian.periode && b.statusSkp === "PERSETUJUAN" ? (
                    <span className="inline-flex items-center gap-1 text-xs text-slate-700">
                      {rincian.periode.label}: <StatusBadge status={STATUS.penilaian[b.statusPenilaian]} />
                    </span>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          <Pagination page={rincian.page} pageCount={rincian.pageCount} total={rincian.total} pageSize={RINCIAN_PAGE_SIZE} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}

function filterDari(params: Params): FilterRincian {
  return {
    tahun: parseTahunParam(params.tahun),
    unit: parseUuidParam(params.unit) ?? "tanpa",
    bawahan: firstParam(params.bawahan) === "1",
    status: parseEnumParam(params.status, STATUS_RINCIAN),
    periodeId: parseUuidParam(params.periode),
    penilaian: parseEnumParam(params.penilaian, ["FINAL", "BELUM"] as const),
    page: parsePage(params.page),
  };
}

function notFoundOn(error: unknown): never {
  if (error instanceof NotFoundError) notFound();
  throw error;
}
