import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { FILTER_NOTIFIKASI, type FilterNotifikasi } from "@/lib/domain/notifikasi-pesan";
import { parseEnumParam, parsePage, type UrlParam } from "@/lib/domain/url-params";
import { formatWaktuDi } from "@/lib/domain/zona-waktu";
import { requireActor } from "@/lib/server/auth";
import { listNotifikasi, NOTIFIKASI_PAGE_SIZE } from "@/lib/server/queries/notifikasi";
import { TandaiSemuaButton } from "./tandai-semua-button";

export const metadata: Metadata = { title: "Notifikasi" };

const LABEL_FILTER: Record<FilterNotifikasi, string> = { semua: "Semua", belum: "Belum dibaca" };

export default async function NotifikasiPage({ searchParams }: { searchParams: Promise<Record<string, UrlParam>> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const filter = parseEnumParam(sp.filter, FILTER_NOTIFIKASI) ?? "semua";
  const daftar = await listNotifikasi(actor, filter, parsePage(sp.page));
  const href = (f: FilterNotifikasi, page = 1) => `/notifikasi?${new URLSearchParams({ ...(f === "semua" ? {} : { filter: f }), ...(page > 1 ? { page: String(page) } : {}) })}`;

  return (
    <>
      <PageHeader
        title="Notifikasi"
        description="Pemberitahuan tentang SKP, penilaian, progres harian dan atasan Anda, terbaru di atas."
        actions={actor.notifikasiBelumDibaca > 0 ? <TandaiSemuaButton /> : null}
      />
      <nav aria-label="Saring notifikasi" className="mb-4 flex gap-2">
        {FILTER_NOTIFIKASI.map((f) => (
          <Link
            key={f}
            href={href(f)}
            aria-current={f === filter ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${f === filter ? "bg-blue-700 text-white" : "border border-slate-300 bg-white text-slate-800"}`}
          >
            {LABEL_FILTER[f]}
          </Link>
        ))}
      </nav>
      {daftar.total === 0 ? (
        <EmptyState
          title={filter === "belum" ? "Semua notifikasi sudah dibaca" : "Belum ada notifikasi"}
          description="Di sini akan muncul pemberitahuan saat SKP diajukan, dikembalikan atau disetujui, penilaian difinalkan, progres harian perlu perbaikan, permintaan atasan diputuskan, atasan berubah, dan pengingat batas waktu."
        />
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {daftar.rows.map((n) => (
            <li key={n.id}>
              {/* A plain link: /notifikasi/<id> is a route handler that marks it read, then redirects. */}
              <a
                href={`/notifikasi/${n.id}`}
                className={`flex gap-3 px-4 py-3 hover:bg-slate-50 ${n.dibaca ? "" : "bg-blue-50"}`}
              >
                <span aria-hidden className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${n.dibaca ? "bg-transparent" : "bg-blue-700"}`} />
                <span className="min-w-0 flex-1">
                  <span className={`block text-sm break-words text-slate-900 ${n.dibaca ? "" : "font-semibold"}`}>
                    {n.dibaca ? null : <span className="sr-only">Belum dibaca: </span>}
                    {n.judul}
                  </span>
                  {n.isi ? <span className="mt-0.5 block text-sm break-words whitespace-pre-line text-slate-700">{n.isi}</span> : null}
                  <span className="mt-1 block text-xs text-slate-500">{formatWaktuDi(actor.zonaWaktu, n.createdAt)}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {daftar.total > NOTIFIKASI_PAGE_SIZE ? (
        <Pagination page={daftar.page} pageCount={daftar.pageCount} total={daftar.total} pageSize={NOTIFIKASI_PAGE_SIZE} hrefFor={(p) => href(filter, p)} />
      ) : null}
    </>
  );
}
