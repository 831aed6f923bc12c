import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { toIsoDate } from "@/lib/domain/tanggal";
import { requireActor } from "@/lib/server/auth";
import { listTahunPeriode } from "@/lib/server/queries/admin-periode";
import { PeriodeTable } from "./periode-table";
import { TahunActions } from "./tahun-actions";
import { TahunForm } from "./tahun-form";

export const metadata: Metadata = { title: "Periode Penilaian" };

export default async function AdminPeriodePage() {
  const actor = await requireActor();
  // The (admin) layout shows non-admins the refusal; this page must not even query for them.
  if (!actor.isAdmin) return null;
  const tahun = await listTahunPeriode(actor);

  return (
    <>
      <PageHeader
        title="Periode Penilaian"
        description="Tahun SKP dan periode penilaian (bulanan, triwulan, tahunan) beserta batas pengisiannya. Pegawai hanya dapat membuat SKP pada tahun yang dibuka."
      />
      <TahunForm />
      {tahun.length === 0 ? (
        <EmptyState title="Belum ada tahun" description="Tambahkan tahun terlebih dahulu, lalu buat periode penilaiannya." />
      ) : (
        <div className="space-y-8">
          {tahun.map((t) => (
            <section key={t.id} aria-labelledby={`tahun-${t.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="mb-3 flex flex-wrap items-center gap-3">
                <h2 id={`tahun-${t.id}`} className="text-lg font-semibold text-slate-900">Tahun {t.tahun}</h2>
                {t.terbuka ? <StatusBadge tone="success">Dibuka</StatusBadge> : <StatusBadge>Ditutup</StatusBadge>}
              </div>
              <TahunActions tahunId={t.id} tahun={t.tahun} terbuka={t.terbuka} />
              {t.periode.length === 0 ? (
                <p className="mt-3 text-sm text-slate-600">
                  Belum ada periode penilaian. Pakai &ldquo;Buat triwulan standar&rdquo; atau &ldquo;Buat bulanan&rdquo;, atau tambahkan satu per satu.
                </p>
              ) : (
                <PeriodeTable
                  tahun={t.tahun}
                  rows={t.periode.map((p) => ({
                    id: p.id,
                    jenis: p.jenis,
                    urutan: p.urutan,
                    label: p.label,
                    awal: toIsoDate(p.awal),
                    akhir: toIsoDate(p.akhir),
                    batasPengisian: toIsoDate(p.batasPengisian),
                    terpakai: p.terpakai,
                  }))}
                />
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
