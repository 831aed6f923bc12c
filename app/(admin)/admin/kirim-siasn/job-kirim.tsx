import { BilahKemajuan } from "@/components/bilah-kemajuan";
import { StatusBadge } from "@/components/status-badge";
import { STATUS } from "@/lib/domain/labels";
import { formatWaktuDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { JobKirim } from "@/lib/server/queries/kirim-siasn";
import { TombolLanjutkanKirim } from "./tombol-kirim";

/** The latest "Kirim semua": its progress and, when it stopped or some failed, the way to go on. */
export function JobKirimTerakhir({ job, zona, nonaktif }: { job: JobKirim; zona: ZonaWaktu; nonaktif: boolean }) {
  const lanjut = job.macet ? "Lanjutkan" : job.status === "SELESAI" && job.gagal > 0 ? "Kirim ulang yang gagal" : null;
  return (
    <section aria-labelledby="pengiriman-massal" className="mt-4 rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="pengiriman-massal" className="font-semibold text-slate-900">
            Pengiriman massal terakhir
          </h2>
          <p className="text-xs text-slate-600">Dimulai {formatWaktuDi(zona, job.createdAt)}</p>
        </div>
        <StatusBadge status={STATUS.job[job.macet ? "TERHENTI" : job.status]} />
      </div>
      <BilahKemajuan
        label="Kemajuan pengiriman ke SIASN"
        total={job.total}
        selesai={job.selesai}
        gagal={job.gagal}
        tuntas={job.status === "SELESAI"}
        keterangan={`${job.selesai} dari ${job.total} terkirim, ${job.gagal} gagal`}
      />
      {job.macet ? (
        <p className="mt-2 text-amber-900">Pengiriman berhenti sebelum selesai; pekerja latar di server kemungkinan berhenti. Lanjutkan untuk mengirim sisanya.</p>
      ) : null}
      {lanjut ? <TombolLanjutkanKirim jobId={job.id} label={lanjut} nonaktif={nonaktif} /> : null}
    </section>
  );
}
