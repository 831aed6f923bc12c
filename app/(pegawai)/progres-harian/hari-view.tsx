import Link from "next/link";
import { Notice } from "@/components/notice";
import type { PilihanProgres, ProgresRentang } from "@/lib/server/queries/progres-harian";
import { HariTools } from "./hari-tools";
import { HariEntri } from "./hari-entri";
import { ProgresForm } from "./progres-form";

type Props = { tanggal: string; data: ProgresRentang; pilihan: PilihanProgres };

/** One day: its entries in time order, hours against the daily target, the form and the shortcuts. */
export function HariView({ tanggal, data, pilihan }: Props) {
  const hari = data.hari[0]!;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <section aria-label="Kegiatan hari ini" className="space-y-3">
        <HariEntri tanggal={tanggal} entri={data.entri} targetMenit={data.targetMenit} keterangan={hari.keterangan}>
          {hari.libur ? <Notice title={`Hari libur: ${hari.libur}`}>Hari ini tidak wajib diisi.</Notice> : null}
          {hari.status === "BUKAN_HARI_KERJA" ? <Notice title="Bukan hari kerja">Hari ini di luar pola hari kerja instansi Anda, sehingga tidak wajib diisi.</Notice> : null}
        </HariEntri>
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
