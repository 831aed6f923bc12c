import { formatNip } from "@/lib/domain/nip";
import { formatPangkatGolongan, type PihakSnapshot, type SkpSnapshot } from "@/lib/domain/skp-snapshot";
import { formatTanggal } from "@/lib/domain/tanggal";

type Props = {
  snapshot: SkpSnapshot;
  periodeAwal: Date;
  periodeAkhir: Date;
  /** Evaluation documents also print the atasan pejabat penilai. */
  showAtasanPenilai?: boolean;
};

/** The two identity blocks at the top of the official SKP form, read from the snapshot. */
export function SkpHeader({ snapshot, periodeAwal, periodeAkhir, showAtasanPenilai = false }: Props) {
  const instansi = snapshot.pegawai?.instansi ?? snapshot.penilai?.instansi;
  return (
    <section aria-label="Identitas SKP" className="space-y-3">
      <p className="text-sm text-slate-700">
        {instansi ? <span className="font-medium">{instansi} · </span> : null}
        Periode penilaian {formatTanggal(periodeAwal)} – {formatTanggal(periodeAkhir)}
      </p>
      <div className={`grid gap-3 ${showAtasanPenilai ? "lg:grid-cols-2 xl:grid-cols-3" : "lg:grid-cols-2"}`}>
        <PihakBlock judul="Pegawai yang Dinilai" pihak={snapshot.pegawai} kosong="Data pegawai tidak tersedia." />
        <PihakBlock
          judul="Pejabat Penilai Kinerja"
          pihak={snapshot.penilai}
          kosong="Belum ada pejabat penilai: atasan Anda belum diatur."
        />
        {showAtasanPenilai ? (
          <PihakBlock judul="Atasan Pejabat Penilai Kinerja" pihak={snapshot.atasanPenilai} kosong="Tidak ada." />
        ) : null}
      </div>
    </section>
  );
}

function PihakBlock({ judul, pihak, kosong }: { judul: string; pihak: PihakSnapshot | null; kosong: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{judul}</h2>
      {pihak ? (
        <dl className="grid grid-cols-[7.5rem_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-500">Nama</dt>
          <dd className="font-medium text-slate-900">{pihak.nama}</dd>
          <dt className="text-slate-500">NIP</dt>
          <dd className="tabular-nums">{formatNip(pihak.nip)}</dd>
          <dt className="text-slate-500">Pangkat/Gol.</dt>
          <dd>{formatPangkatGolongan(pihak)}</dd>
          <dt className="text-slate-500">Jabatan</dt>
          <dd>{pihak.jabatan}</dd>
          <dt className="text-slate-500">Unit Kerja</dt>
          <dd>{pihak.unit ?? "-"}</dd>
        </dl>
      ) : (
        <p className="text-sm text-amber-800">{kosong}</p>
      )}
    </div>
  );
}
