import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { Notice } from "@/components/notice";
import { VerifikasiBadge } from "@/components/progres-harian/verifikasi-badge";
import { formatDurasi, formatJam } from "@/lib/domain/hari-kerja";
import { LABEL_JENIS_KETERANGAN_HARI } from "@/lib/domain/labels";
import type { PilihanProgres, ProgresRentang } from "@/lib/server/queries/progres-harian";
import { HariTools } from "./hari-tools";
import { EntriActions } from "./entri-actions";
import { ProgresForm } from "./progres-form";

type Props = { tanggal: string; data: ProgresRentang; pilihan: PilihanProgres };

/** One day: its entries in time order, hours against the daily target, the form and the shortcuts. */
export function HariView({ tanggal, data, pilihan }: Props) {
  const hari = data.hari[0]!;
  const entri = data.entri;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <section aria-label="Kegiatan hari ini" className="space-y-3">
        <p className="text-sm text-slate-800" role="status">
          Total <span className="font-semibold">{formatDurasi(hari.menit)}</span> dari target {formatDurasi(data.targetMenit)}
          {hari.keterangan ? ` · Ditandai ${LABEL_JENIS_KETERANGAN_HARI[hari.keterangan].toLowerCase()}` : ""}
        </p>
        {hari.libur ? <Notice title={`Hari libur: ${hari.libur}`}>Hari ini tidak wajib diisi.</Notice> : null}
        {hari.status === "BUKAN_HARI_KERJA" ? <Notice title="Bukan hari kerja">Hari ini di luar pola hari kerja instansi Anda, sehingga tidak wajib diisi.</Notice> : null}
        {entri.length === 0 ? (
          <EmptyState title="Belum ada kegiatan pada hari ini" description="Isi formulir di samping, salin dari hari kerja sebelumnya, atau tandai hari ini sebagai cuti, sakit, dinas luar, atau tugas belajar." />
        ) : (
          <ol className="space-y-2">
            {entri.map((e) => (
              <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <p className="font-semibold text-slate-900">{formatJam(e.jamMulai)}–{formatJam(e.jamSelesai)} · {e.kegiatan}</p>
                <p className="text-sm text-slate-700">{e.rencanaAksi} · {e.realisasi} {e.satuan}</p>
                {e.tautanBukti ? <a href={e.tautanBukti} className="text-sm text-blue-700 underline" rel="noopener noreferrer" target="_blank">Bukti dukung</a> : null}
                <div className="mt-1">
                  <VerifikasiBadge entri={e} />
                </div>
                <EntriActions entri={e} />
              </li>
            ))}
          </ol>
        )}
        <HariTools tanggal={tanggal} keterangan={hari.keterangan} />
      </section>
      <section aria-label="Tambah kegiatan" className="rounded-lg border border-slate-200 bg-white p-4">
        <h3 className="mb-3 font-semibold text-slate-900">Tambah kegiatan</h3>
        {pilihan.skp === null ? (
          <Notice tone="warning" title="Belum ada SKP yang disetujui untuk tanggal ini">
            Progres harian dicatat pada rencana aksi SKP. Susun SKP Anda dan ajukan ke atasan di <Link href="/skp" className="underline">menu SKP</Link>.
          </Notice>
        ) : pilihan.periode === null ? (
          <Notice tone="warning" title="Tanggal di luar periode penilaian">Pilih tanggal di dalam periode penilaian SKP Anda.</Notice>
        ) : (
          <ProgresForm tanggal={tanggal} pilihan={pilihan} />
        )}
      </section>
    </div>
  );
}
