import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { requireActor } from "@/lib/server/auth";
import { listPegawaiForAdmin, PEGAWAI_PAGE_SIZE } from "@/lib/server/queries/pegawai";
import { PegawaiTable } from "./pegawai-table";
import { SearchForm } from "./search-form";
import { parsePage, parseSearchParam } from "@/lib/domain/url-params";

export const metadata: Metadata = { title: "Pegawai" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPegawaiPage({ searchParams }: Props) {
  const actor = await requireActor();
  // The (admin) layout shows non-admins the refusal; this page must not even query for them.
  if (!actor.isAdmin) return null;

  const params = await searchParams;
  const list = await listPegawaiForAdmin(actor, { q: parseSearchParam(params.q), page: parsePage(params.page) });

  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    if (list.q) query.set("q", list.q);
    if (target > 1) query.set("page", String(target));
    const qs = query.toString();
    return qs ? `/admin/pegawai?${qs}` : "/admin/pegawai";
  };

  return (
    <>
      <PageHeader
        title="Pegawai"
        description="Semua pegawai di instansi Anda. Cari dengan nama atau NIP; buka nama pegawai untuk mengubah data, atasan dan akunnya."
        actions={
          <Link href="/admin/pegawai/baru" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800">
            + Tambah pegawai
          </Link>
        }
      />
      <SearchForm q={list.q} total={list.total} />
      {list.rows.length > 0 ? (
        <>
          <PegawaiTable rows={list.rows} />
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
            pageSize={PEGAWAI_PAGE_SIZE}
            hrefFor={hrefFor}
          />
        </>
      ) : list.q ? (
        <EmptyState
          title="Tidak ada pegawai yang cocok"
          description={`Tidak ada pegawai dengan nama atau NIP yang memuat "${list.q}". Periksa ejaan, atau cari dengan sebagian NIP.`}
          action={<Link href="/admin/pegawai" className="text-sm font-medium text-blue-700 underline">Tampilkan semua pegawai</Link>}
        />
      ) : list.total > 0 ? (
        <EmptyState
          title="Halaman ini kosong"
          description={`Daftar pegawai hanya sampai halaman ${list.pageCount}.`}
          action={<Link href="/admin/pegawai" className="text-sm font-medium text-blue-700 underline">Ke halaman pertama</Link>}
        />
      ) : (
        <EmptyState
          title="Belum ada pegawai"
          description="Instansi Anda belum memiliki data pegawai. Data pegawai masuk melalui sinkronisasi SIASN atau impor."
        />
      )}
    </>
  );
}
