import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { STATUS } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { formatTanggal, toIsoDate } from "@/lib/domain/tanggal";
import { requireActor } from "@/lib/server/auth";
import { getBukaPengisianPage } from "@/lib/server/queries/buka-pengisian";
import { BukaPengisianForm } from "./buka-pengisian-form";
import { TutupPengisianButton } from "./tutup-pengisian-button";

export const metadata: Metadata = { title: "Buka Pengisian" };

export default async function BukaPengisianPage() {
  const actor = await requireActor();
  // The admin layout already stops non-admins; the query checks again for itself.
  if (!actor.isAdmin) return null;
  const data = await getBukaPengisianPage(actor);

  return (
    <>
      <PageHeader
        title="Buka Pengisian"
        description="Setelah batas pengisian lewat, pegawai tidak dapat lagi mengisi realisasi dan bukti dukung. Di sini Anda dapat membukanya kembali untuk satu pegawai sampai tanggal tertentu."
      />
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        <section aria-labelledby="buka-baru" className="h-fit rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="buka-baru" className="mb-3 font-semibold text-slate-900">Buka pengisian untuk pegawai</h2>
          {data.periode.length === 0 ? (
            <p className="text-sm text-slate-700">Belum ada periode penilaian pada tahun yang terbuka.</p>
          ) : (
            <BukaPengisianForm periode={data.periode} minDate={toIsoDate(hariIniDi(actor.zonaWaktu, new Date()))} zona={actor.zonaWaktu} />
          )}
        </section>
        <section aria-labelledby="sedang-dibuka">
          <h2 id="sedang-dibuka" className="mb-3 font-semibold text-slate-900">Pengisian yang sedang dibuka kembali</h2>
          {data.dibuka.length === 0 ? (
            <EmptyState title="Tidak ada pengisian yang dibuka kembali" />
          ) : (
            <ul className="space-y-2">
              {data.dibuka.map((d) => (
                <li key={d.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
                  <div className="text-sm">
                    <p className="font-semibold text-slate-900">{d.nama}</p>
                    <p className="font-mono text-xs text-slate-600">{formatNip(d.nip)}</p>
                    <p className="mt-1 text-slate-700">
                      {d.periode}: dibuka sampai <strong>{formatTanggal(d.hingga)}</strong> (batas semula {formatTanggal(d.batasAsli)})
                    </p>
                  </div>
                  <div className="flex items-center gap-2">
                    <StatusBadge status={STATUS.penilaian[d.status]} />
                    <TutupPengisianButton penilaianId={d.id} keterangan={`${d.periode} untuk ${d.nama}`} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
