import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { Notice } from "@/components/notice";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { SearchAsYouType } from "@/components/search-as-you-type";
import { Pagination } from "@/components/pagination";
import { formatNip } from "@/lib/domain/nip";
import { parsePage, parseSearchParam, parseUuidParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { cariCalonAtasan, getCalonAtasan, getProfil } from "@/lib/server/queries/profil";
import { PermintaanForm } from "./permintaan-form";

export const metadata: Metadata = { title: "Ajukan perubahan atasan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AjukanAtasanPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const q = parseSearchParam(params.q);
  const page = parsePage(params.page);
  const pilih = parseUuidParam(params.pilih) ?? "";
  const [profil, daftar, calon] = await Promise.all([
    getProfil(actor),
    cariCalonAtasan(actor, q, page),
    pilih ? getCalonAtasan(actor, pilih) : Promise.resolve(null),
  ]);

  const hrefFor = (extra: Record<string, string>) => {
    const query = new URLSearchParams({ ...(q ? { q } : {}), ...extra });
    return `/profil/atasan?${query.toString()}`;
  };

  return (
    <>
      <BackLink href="/profil" ke="Profil" />
      <PageHeader
        title="Ajukan perubahan atasan"
        description="Pilih pegawai yang seharusnya menjadi atasan langsung Anda dan tulis alasannya. Admin instansi akan mengonfirmasi."
      />
      {profil.permintaan?.status === "MENUNGGU" ? (
        <div className="mb-4">
          <Notice tone="warning" title="Permintaan Anda masih menunggu">
            Anda sudah mengajukan {profil.permintaan.diusulkan.nama}. Batalkan permintaan itu di halaman Profil jika ingin mengubahnya.
          </Notice>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-label="Cari pegawai" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <form role="search" action="/profil/atasan" className="flex flex-col gap-1">
            {pilih ? <input type="hidden" name="pilih" value={pilih} /> : null}
            <SearchAsYouType
              id="q"
              label="Cari nama atau NIP"
              q={q}
              placeholder="Cari nama atau NIP"
              ringkasan={q ? `${daftar.total} pegawai ditemukan.` : ""}
              labelClassName="sr-only"
              inputClassName="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
          </form>
          {daftar.rows.length > 0 ? (
            <ul className="mt-4 divide-y divide-slate-100">
              {daftar.rows.map((r) => (
                <li key={r.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                  <div className="min-w-0">
                    <p className="font-medium text-slate-900">{r.nama}</p>
                    <p className="font-mono text-xs text-slate-500">{formatNip(r.nip)}</p>
                    <p className="text-xs text-slate-600">{r.jabatan}{r.unit ? ` · ${r.unit}` : ""}</p>
                  </div>
                  <Link
                    href={hrefFor({ pilih: r.id, ...(daftar.page > 1 ? { page: String(daftar.page) } : {}) })}
                    aria-current={r.id === calon?.id ? "true" : undefined}
                    className="shrink-0 rounded border border-slate-300 px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 aria-[current=true]:border-blue-700 aria-[current=true]:bg-blue-50"
                  >
                    {r.id === calon?.id ? "Dipilih" : "Pilih"}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <div className="mt-4">
              <EmptyState title="Tidak ada pegawai yang cocok" description="Coba nama lain atau NIP lengkap." />
            </div>
          )}
          <Pagination page={daftar.page} pageCount={daftar.pageCount} total={daftar.total} pageSize={10} hrefFor={(n) => hrefFor({ page: String(n), ...(pilih ? { pilih } : {}) })} />
        </section>
        <section aria-label="Permintaan" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          {calon ? (
            <PermintaanForm calon={calon} />
          ) : (
            <p className="text-sm text-slate-600">Pilih pegawai dari daftar untuk diusulkan sebagai atasan.</p>
          )}
        </section>
      </div>
    </>
  );
}
