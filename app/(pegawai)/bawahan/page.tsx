import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { SkpStatusBadge } from "@/components/skp/skp-status-badge";
import { formatNip } from "@/lib/domain/nip";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { parsePage } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { angkaKreditTerlihat } from "@/lib/server/queries/angka-kredit";
import { DAFTAR_PAGE_SIZE, listBawahan } from "@/lib/server/queries/profil";

export const metadata: Metadata = { title: "Pegawai bawahan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BawahanPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const daftar = await listBawahan(actor, parsePage(params.page));
  const angkaKredit = await angkaKreditTerlihat(actor, daftar.rows.filter((r) => r.fungsional).map((r) => r.id));
  const tahun = hariIniDi(actor.zonaWaktu, new Date()).getUTCFullYear();

  return (
    <>
      <PageHeader title="Pegawai bawahan" description="Pegawai yang tercatat dengan Anda sebagai atasan langsung." />
      {daftar.rows.length === 0 ? (
        <EmptyState
          title="Belum ada bawahan"
          description="Tidak ada pegawai yang tercatat dengan Anda sebagai atasan. Pejabat struktural dapat mengklaim pimpinan unit kerja di halaman Profil."
        />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th className="px-4 py-2 font-medium">Nama dan NIP</th>
                <th className="hidden px-4 py-2 font-medium sm:table-cell">Jabatan dan unit</th>
                <th className="px-4 py-2 font-medium">SKP {tahun}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {daftar.rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-4 py-2">
                    <span className="font-medium text-slate-900">{r.nama}</span>
                    <span className="block font-mono text-xs text-slate-500">{formatNip(r.nip)}</span>
                    <span className="block text-xs text-slate-600 sm:hidden">{r.jabatan}</span>
                    {angkaKredit.has(r.id) ? (
                      <Link href={`/angka-kredit/${r.id}`} className="text-xs text-blue-700 underline hover:text-blue-900" aria-label={`Angka kredit ${r.nama}`}>
                        Angka kredit
                      </Link>
                    ) : null}
                  </td>
                  <td className="hidden px-4 py-2 text-slate-700 sm:table-cell">
                    {r.jabatan}
                    {r.unit ? <span className="block text-xs text-slate-500">{r.unit}</span> : null}
                  </td>
                  <td className="px-4 py-2"><SkpStatusBadge status={r.statusSkp ?? "BELUM"} /></td>
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
        hrefFor={(n) => (n > 1 ? `/bawahan?page=${n}` : "/bawahan")}
      />
    </>
  );
}
