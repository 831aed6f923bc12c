import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { TahunFilter } from "@/components/select-filter";
import { StatusIsi } from "@/components/status-badge";
import { STATUS, type StatusTampil } from "@/lib/domain/labels";
import { STATUS_BAWAHAN, type StatusBawahan } from "@/lib/domain/review-bawahan";
import { parseEnumParam, parsePage, parseTahunParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { listSkpBawahan, SKP_BAWAHAN_PAGE_SIZE } from "@/lib/server/queries/skp-bawahan";
import { BawahanTable } from "./bawahan-table";

export const metadata: Metadata = { title: "SKP Bawahan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SkpBawahanPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const list = await listSkpBawahan(actor, {
    tahun: parseTahunParam(params.tahun),
    status: parseEnumParam(params.status, STATUS_BAWAHAN),
    page: parsePage(params.page),
  });

  const hrefFor = (opts: { status?: StatusBawahan | null; page?: number }) => {
    const query = new URLSearchParams();
    if (list.tahun && list.tahun !== list.tahunTersedia[0]) query.set("tahun", String(list.tahun));
    const status = opts.status === undefined ? list.status : opts.status;
    if (status) query.set("status", status);
    if (opts.page && opts.page > 1) query.set("page", String(opts.page));
    const qs = query.toString();
    return qs ? `/skp-bawahan?${qs}` : "/skp-bawahan";
  };
  const semua = STATUS_BAWAHAN.reduce((n, s) => n + list.jumlahPerStatus[s], 0);

  return (
    <>
      <PageHeader
        title="SKP Bawahan"
        description="SKP pegawai yang Anda nilai. Buka SKP yang menunggu persetujuan untuk menyetujui atau mengembalikannya."
        actions={list.tahunTersedia.length > 1 && list.tahun ? <TahunFilter action="/skp-bawahan" tahun={list.tahun} tahunTersedia={list.tahunTersedia} hidden={list.status ? { status: list.status } : {}} /> : null}
      />
      {list.tahun === null ? (
        <EmptyState title="Belum ada tahun SKP" description="Admin instansi belum membuka tahun SKP. Setelah tahun dibuka, SKP bawahan Anda tampil di sini." />
      ) : semua === 0 ? (
        <EmptyState
          title={`Belum ada bawahan untuk tahun ${list.tahun}`}
          description="Tidak ada pegawai yang atasannya Anda, dan tidak ada SKP yang menunjuk Anda sebagai pejabat penilai. Bila ini keliru, minta admin instansi memeriksa data atasan."
        />
      ) : (
        <>
          <nav aria-label="Saring menurut status" className="mb-4 flex flex-wrap gap-2">
            <FilterLink href={hrefFor({ status: null })} aktif={list.status === null} status="Semua" jumlah={semua} />
            {STATUS_BAWAHAN.map((s) => (
              <FilterLink key={s} href={hrefFor({ status: s })} aktif={list.status === s} status={STATUS.skp[s]} jumlah={list.jumlahPerStatus[s]} />
            ))}
          </nav>
          {list.items.length > 0 ? (
            <>
              <BawahanTable rows={list.items} tahun={list.tahun} zona={actor.zonaWaktu} />
              <Pagination
                page={list.page}
                pageCount={list.pageCount}
                total={list.total}
                pageSize={SKP_BAWAHAN_PAGE_SIZE}
                hrefFor={(page) => hrefFor({ page })}
              />
            </>
          ) : (
            <EmptyState
              title="Tidak ada yang cocok"
              description={`Tidak ada bawahan dengan status "${list.status ? STATUS.skp[list.status].label : ""}" pada tahun ${list.tahun}.`}
              action={<Link href={hrefFor({ status: null })} className="text-sm font-medium text-blue-700 underline">Tampilkan semua</Link>}
            />
          )}
        </>
      )}
    </>
  );
}

/** A filter chip: a status with the icon and word of its badge, or "Semua". */
function FilterLink({ href, aktif, status, jumlah }: { href: string; aktif: boolean; status: StatusTampil | "Semua"; jumlah: number }) {
  return (
    <Link
      href={href}
      aria-current={aktif ? "page" : undefined}
      className={`inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm font-medium ${
        aktif ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
      }`}
    >
      {status === "Semua" ? status : <StatusIsi status={status} warnaIkon={!aktif} />}{" "}
      <span className={aktif ? "text-blue-100" : "text-slate-500"}>({jumlah})</span>
    </Link>
  );
}
