import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { TahunFilter } from "@/components/select-filter";
import { SkpStatusBadge } from "@/components/skp/skp-status-badge";
import { LABEL_JENIS_RHK } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import { formatTanggal } from "@/lib/domain/tanggal";
import { parseTahunParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getMatriksPeranHasil } from "@/lib/server/queries/matriks-peran-hasil";
import { RhkMatriks } from "./rhk-matriks";

export const metadata: Metadata = { title: "Matriks Peran Hasil" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MatriksPeranHasilPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const matriks = await getMatriksPeranHasil(actor, { tahun: parseTahunParam(params.tahun) });

  return (
    <>
      <PageHeader
        title="Matriks Peran Hasil"
        description={`Setiap RHK Anda${matriks.tahun ? ` tahun ${matriks.tahun}` : ""} beserta RHK bawahan yang mengintervensinya.`}
        actions={matriks.tahunTersedia.length > 1 && matriks.tahun ? <TahunFilter action="/matriks-peran-hasil" tahun={matriks.tahun} tahunTersedia={matriks.tahunTersedia} /> : null}
      />
      {matriks.skp.length === 0 ? (
        <EmptyState
          title={matriks.tahun ? `Anda belum memiliki SKP tahun ${matriks.tahun}` : "Belum ada tahun SKP"}
          description="Buat SKP dan RHK Anda terlebih dahulu. Bawahan hanya dapat memilih RHK atasan yang diintervensi setelah RHK Anda ada."
          action={
            <Link href="/skp" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
              Buka SKP Saya
            </Link>
          }
        />
      ) : (
        <div className="space-y-8">
          {matriks.skp.map((skp) => (
            <section key={skp.id} aria-label={`SKP ${formatTanggal(skp.periodeAwal)} – ${formatTanggal(skp.periodeAkhir)}`}>
              <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                SKP Anda periode {formatTanggal(skp.periodeAwal)} – {formatTanggal(skp.periodeAkhir)} <SkpStatusBadge status={skp.status} />
              </p>
              {skp.rhk.length === 0 ? (
                <EmptyState
                  title="SKP Anda belum memiliki RHK"
                  description="Tambahkan RHK pada SKP Anda agar bawahan dapat mengintervensinya."
                  action={<Link href={`/skp/${skp.id}`} className="text-sm font-medium text-blue-700 underline">Buka SKP</Link>}
                />
              ) : (
                <RhkMatriks rhk={skp.rhk} labelJenis={LABEL_JENIS_RHK} />
              )}
            </section>
          ))}

          <section aria-labelledby="belum-intervensi">
            <h2 id="belum-intervensi" className="mb-1 text-lg font-semibold text-slate-900">Bawahan yang belum mengintervensi RHK Anda</h2>
            {matriks.belumMengintervensi.length === 0 ? (
              <p className="text-sm text-slate-600">Semua bawahan Anda sudah memiliki RHK yang mengintervensi RHK Anda.</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                {matriks.belumMengintervensi.map((p) => (
                  <li key={p.id} className="flex flex-col gap-1 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
                    <div>
                      <p className="font-medium text-slate-900">{p.nama}</p>
                      <p className="font-mono text-xs text-slate-500">{formatNip(p.nip)}</p>
                      <p className="text-slate-600">{p.jabatan}</p>
                    </div>
                    {p.skpTahunIni ? (
                      <span className="flex flex-wrap items-center gap-2 text-slate-700">
                        <SkpStatusBadge status={p.skpTahunIni.status} /> Belum ada RHK yang mengintervensi RHK Anda
                      </span>
                    ) : (
                      <SkpStatusBadge status="BELUM" />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </>
  );
}
