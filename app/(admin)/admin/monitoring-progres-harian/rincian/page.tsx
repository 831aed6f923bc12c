import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/empty-state";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { NotFoundError, nullOnNotFound } from "@/lib/domain/errors";
import { formatNip } from "@/lib/domain/nip";
import { firstParam, parsePage, parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getRincianProgres, RINCIAN_PROGRES_PAGE_SIZE } from "@/lib/server/monitoring/progres-harian-rincian";
import { Keterisian } from "../keterisian";

type Params = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<Params> };

// One load for the title and the page; admins of this instansi only.
const muatRincian = cache(async (unit: string, bawahan: boolean, page: number) => {
  const actor = await requireActor();
  return actor.isAdmin ? getRincianProgres(actor, { unit, bawahan, page }) : null;
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const rincian = await muatRincian(parseUuidParam(params.unit) ?? "tanpa", firstParam(params.bawahan) === "1", parsePage(params.page)).catch(nullOnNotFound);
  return { title: rincian ? `${rincian.unit} · Rincian Progres Harian` : "Rincian Progres Harian" };
}

const BASIS = "/admin/monitoring-progres-harian";

export default async function RincianProgresPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;

  const params = await searchParams;
  const unit = parseUuidParam(params.unit) ?? "tanpa";
  const bawahan = firstParam(params.bawahan) === "1";
  // A unit from the URL that this instansi does not have is simply not found.
  const rincian = await muatRincian(unit, bawahan, parsePage(params.page)).catch(notFoundOn);
  if (!rincian) return null;
  const kembali = `${BASIS}${rincian.unitInduk ? `?unit=${rincian.unitInduk}` : ""}`;
  const hrefFor = (page: number) =>
    `${BASIS}/rincian?${new URLSearchParams({ unit, ...(bawahan ? { bawahan: "1" } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;

  return (
    <>
      <BackLink href={kembali} ke="monitoring" />
      <PageHeader
        title={rincian.unit}
        description={`Keterisian progres harian per pegawai, yang paling sedikit terisi lebih dulu. ${bawahan ? "Termasuk semua unit di bawahnya." : "Hanya unit ini, tanpa unit di bawahnya."}`}
      />
      {rincian.baris.length === 0 ? (
        <EmptyState title="Tidak ada pegawai" description="Tidak ada pegawai aktif di unit ini. Kembali ke monitoring dan pilih unit lain." />
      ) : (
        <>
          <ul aria-label="Keterisian progres harian per pegawai" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
            {rincian.baris.map((b) => (
              <li key={b.id} className="flex flex-col gap-2 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{b.nama}</p>
                  <p className="font-mono text-xs text-slate-500">{formatNip(b.nip)}</p>
                  <p className="text-slate-600">{b.jabatan}{bawahan && b.unit ? ` · ${b.unit}` : ""}</p>
                </div>
                <dl className="grid grid-cols-2 gap-4 text-right sm:flex sm:gap-6">
                  <div>
                    <dt className="text-xs text-slate-500">Minggu ini</dt>
                    <dd><Keterisian hari={b.minggu} /></dd>
                  </div>
                  <div>
                    <dt className="text-xs text-slate-500">Bulan ini</dt>
                    <dd><Keterisian hari={b.bulan} /></dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
          <Pagination page={rincian.page} pageCount={rincian.pageCount} total={rincian.total} pageSize={RINCIAN_PROGRES_PAGE_SIZE} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}

function notFoundOn(error: unknown): never {
  if (error instanceof NotFoundError) notFound();
  throw error;
}
