import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { parseLogAuditFilter, type LogAuditFilter } from "@/lib/domain/log-audit-filter";
import { requireActor } from "@/lib/server/auth";
import { listLogAudit, LOG_AUDIT_PAGE_SIZE } from "@/lib/server/queries/audit-log";
import { FilterForm } from "./filter-form";
import { LogAuditTable } from "./log-audit-table";

export const metadata: Metadata = { title: "Log Audit" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LogAuditPage({ searchParams }: Props) {
  const actor = await requireActor();
  // The (admin) layout shows non-admins the refusal; this page must not even query for them.
  if (!actor.isAdmin) return null;

  const filter = parseLogAuditFilter(await searchParams);
  const list = await listLogAudit(actor, filter);
  const difilter = Boolean(filter.q || filter.aksi || filter.dari || filter.sampai);

  return (
    <>
      <PageHeader
        title="Log Audit"
        description="Setiap perubahan di instansi Anda: siapa, kapan, dari alamat mana, dan apa yang berubah. Terbaru di atas."
      />
      <FilterForm filter={filter} />
      {list.rows.length > 0 ? (
        <>
          <LogAuditTable rows={list.rows} zona={actor.zonaWaktu} />
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
            pageSize={LOG_AUDIT_PAGE_SIZE}
            hrefFor={(page) => hrefFor(filter, page)}
          />
        </>
      ) : difilter ? (
        <EmptyState
          title="Tidak ada catatan yang cocok"
          description="Tidak ada catatan audit dengan pencarian, aksi atau rentang tanggal ini. Longgarkan filter, atau cari dengan sebagian nama atau NIP."
          action={<Link href="/admin/log-audit" className="text-sm font-medium text-blue-700 underline">Tampilkan semua catatan</Link>}
        />
      ) : (
        <EmptyState
          title="Belum ada catatan audit"
          description="Di sini akan tampil setiap perubahan di instansi Anda — RHK, indikator, realisasi, bukti dukung, data pegawai, unit kerja, periode, serta masuk dan keluar aplikasi — lengkap dengan pelaku, waktu, alamat dan isi perubahannya."
        />
      )}
    </>
  );
}

function hrefFor(filter: LogAuditFilter, page: number): string {
  const query = new URLSearchParams();
  if (filter.q) query.set("q", filter.q);
  if (filter.aksi) query.set("aksi", filter.aksi);
  if (filter.dari) query.set("dari", filter.dari);
  if (filter.sampai) query.set("sampai", filter.sampai);
  if (page > 1) query.set("page", String(page));
  const qs = query.toString();
  return qs ? `/admin/log-audit?${qs}` : "/admin/log-audit";
}
