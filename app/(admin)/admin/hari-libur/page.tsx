import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { parseTahunParam, type UrlParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { listHariLibur } from "@/lib/server/queries/hari-libur";
import { HariLiburForm } from "./hari-libur-form";
import { HariLiburTable } from "./hari-libur-table";
import { IsiLiburNasional } from "./isi-libur-nasional";

export const metadata: Metadata = { title: "Hari Libur" };

type Props = { searchParams: Promise<{ tahun?: UrlParam }> };

export default async function AdminHariLiburPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;
  const tahunIni = hariIniDi(actor.zonaWaktu, new Date()).getUTCFullYear();
  const diminta = parseTahunParam((await searchParams).tahun);
  const tahun = diminta && diminta >= 2000 && diminta <= 2100 ? diminta : tahunIni;
  const rows = await listHariLibur(actor, tahun);

  return (
    <>
      <PageHeader
        title="Hari Libur"
        description="Libur nasional dan cuti bersama instansi. Tanggal ini tidak dihitung sebagai hari kerja di Progres Harian."
      />
      <nav aria-label="Pilih tahun" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        {[tahun - 1, tahun, tahun + 1].map((t) =>
          t === tahun ? (
            <span key={t} aria-current="page" className="rounded-md bg-blue-700 px-3 py-1.5 font-semibold text-white">{t}</span>
          ) : (
            <Link key={t} href={`/admin/hari-libur?tahun=${t}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-50">
              {t}
            </Link>
          ),
        )}
      </nav>
      <section aria-labelledby="tambah-libur" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="tambah-libur" className="mb-3 text-base font-semibold text-slate-900">Tambah hari libur</h2>
        <HariLiburForm tahun={tahun} />
      </section>
      <section aria-labelledby="daftar-libur" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="daftar-libur" className="text-base font-semibold text-slate-900">Hari libur tahun {tahun}</h2>
          <IsiLiburNasional tahun={tahun} />
        </div>
        {rows.length === 0 ? (
          <EmptyState
            title={`Belum ada hari libur tahun ${tahun}`}
            description={`Pakai “Isi libur nasional tahun ${tahun}”, lalu tambahkan cuti bersama sesuai SKB yang berlaku.`}
          />
        ) : (
          <HariLiburTable tahun={tahun} rows={rows} />
        )}
      </section>
    </>
  );
}
