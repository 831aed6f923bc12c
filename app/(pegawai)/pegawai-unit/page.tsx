import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { formatNip } from "@/lib/domain/nip";
import { parsePage } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { DAFTAR_PAGE_SIZE, listPegawaiSatuUnit } from "@/lib/server/queries/profil";

export const metadata: Metadata = { title: "Pegawai satu unit" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PegawaiUnitPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const daftar = await listPegawaiSatuUnit(actor, parsePage(params.page));

  return (
    <>
      <PageHeader title="Pegawai satu unit" description={daftar.unit ?? "Unit kerja Anda belum diatur."} />
      {daftar.rows.length === 0 ? (
        <EmptyState title="Belum ada pegawai" description="Unit kerja Anda belum diatur. Perbarui lewat Ubah Profil di halaman Profil." />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th className="px-4 py-2 font-medium">Nama dan NIP</th>
                <th className="hidden px-4 py-2 font-medium sm:table-cell">Jabatan</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {daftar.rows.map((r) => (
                <tr key={r.id} aria-current={r.id === actor.id ? "true" : undefined} className="aria-[current=true]:bg-blue-50/50">
                  <td className="px-4 py-2">
                    <span className="font-medium text-slate-900">{r.nama}</span>
                    {r.id === actor.id ? <span className="ml-1 text-xs text-slate-500">(Anda)</span> : null}
                    <span className="block font-mono text-xs text-slate-500">{formatNip(r.nip)}</span>
                    <span className="block text-xs text-slate-600 sm:hidden">{r.jabatan}</span>
                  </td>
                  <td className="hidden px-4 py-2 text-slate-700 sm:table-cell">{r.jabatan}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={daftar.page}
        pageCount={daftar.pageCount}
        total={daftar.total}
        pageSize={DAFTAR_PAGE_SIZE}
        hrefFor={(n) => (n > 1 ? `/pegawai-unit?page=${n}` : "/pegawai-unit")}
      />
    </>
  );
}
