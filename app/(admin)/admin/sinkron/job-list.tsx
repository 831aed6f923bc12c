import { BilahKemajuan } from "@/components/bilah-kemajuan";
import { StatusBadge } from "@/components/status-badge";
import { STATUS } from "@/lib/domain/labels";
import { formatWaktuDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import { formatNip } from "@/lib/domain/nip";
import type { JobRingkas } from "@/lib/server/siasn/sinkron-massal/job";
import { TombolLanjutkan } from "./tombol-sinkron";

/** Each job with its progress bar, outcome, the pegawai that failed and notes for the admin. */
export function JobList({ jobs, bisaLanjut, zona }: { jobs: JobRingkas[]; bisaLanjut: boolean; zona: ZonaWaktu }) {
  return (
    <ol className="flex flex-col gap-3" aria-label="Riwayat sinkron">
      {jobs.map((job) => {
        const diproses = job.selesai + job.gagal;
        return (
          <li key={job.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <p className="font-medium text-slate-900">{job.label}</p>
                <p className="text-xs text-slate-500">Dimulai {formatWaktuDi(zona, job.createdAt)}</p>
              </div>
              <StatusBadge status={STATUS.job[job.macet ? "TERHENTI" : job.status]} />
            </div>
            <BilahKemajuan
              label={`Kemajuan ${job.label}`}
              total={job.total}
              selesai={job.selesai}
              gagal={job.gagal}
              tuntas={job.status === "SELESAI"}
              keterangan={`${diproses} dari ${job.total || "?"} diproses · ${job.selesai} berhasil · ${job.gagal} gagal`}
            />
            {job.macet ? (
              <p className="mt-2 text-amber-900">Tidak ada kemajuan sejak {formatWaktuDi(zona, job.updatedAt)}; pekerja latar di server kemungkinan berhenti atau belum berjalan.</p>
            ) : null}
            {job.log.pesan ? <p className="mt-2 text-slate-800">{job.log.pesan}</p> : null}
            {job.log.gagal.length > 0 ? (
              <details className="mt-2">
                <summary className="cursor-pointer font-medium text-red-800">{job.gagal} pegawai gagal disinkronkan</summary>
                <ul className="mt-2 space-y-1">
                  {job.log.gagal.map((g, i) => (
                    <li key={`${g.nip}-${i}`}>
                      <span className="font-medium">{g.nama}</span>
                      {g.nip ? <span className="font-mono text-xs text-slate-500"> {formatNip(g.nip)}</span> : null}: {g.pesan}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            {job.log.catatan.length > 0 ? (
              <details className="mt-2">
                <summary className="cursor-pointer font-medium text-slate-800">{job.log.catatan.length} catatan</summary>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {job.log.catatan.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </details>
            ) : null}
            {bisaLanjut && (job.status === "GAGAL" || job.macet) ? (
              <div className="mt-3">
                <TombolLanjutkan jobId={job.id} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
