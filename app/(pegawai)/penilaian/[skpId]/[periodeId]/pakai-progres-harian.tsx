"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { formatDesimal } from "@/lib/domain/desimal";
import { pakaiProgresHarian } from "@/lib/domain/progres-harian-rollup";
import { saveRealisasi } from "@/lib/server/actions/realisasi";
import type { PelaksanaanIndikator } from "@/lib/server/queries/pelaksanaan";
import { usePelaksanaanMutation } from "../../use-pelaksanaan-mutation";

type Props = { skpId: string; periodeId: string; indikator: PelaksanaanIndikator; jumlah: number; editable: boolean };

/**
 * "dari Progres Harian: 14" under an indikator, and one click to save it as the realisasi
 * through the ordinary realisasi action. A different value already saved is never replaced
 * without the pegawai confirming, with both values in front of them.
 */
export function PakaiProgresHarian({ skpId, periodeId, indikator, jumlah, editable }: Props) {
  const { pending, message, saved, run } = usePelaksanaanMutation();
  const [konfirmasi, setKonfirmasi] = useState(false);
  const satuan = indikator.target.satuan ? ` ${indikator.target.satuan}` : "";
  const lama = indikator.realisasi?.nilai ?? null;
  const { keadaan, isian } = pakaiProgresHarian(indikator.realisasi, jumlah);
  const sama = keadaan === "SAMA";
  const simpan = () => run(() => saveRealisasi({ ...isian, skpId, periodeId, indikatorId: indikator.id }), () => setKonfirmasi(false));

  return (
    <div className="space-y-2 rounded-md border border-blue-100 bg-blue-50 px-3 py-2 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-blue-950">
          dari Progres Harian: <span className="font-semibold tabular-nums">{formatDesimal(jumlah)}</span>
          {satuan}
        </p>
        {editable && !konfirmasi ? (
          <button type="button" className={buttonClass.small} disabled={pending || sama} aria-label={`Pakai ${jumlah} dari Progres Harian sebagai realisasi ${indikator.teks}`}
            onClick={() => (keadaan === "GANTI" ? setKonfirmasi(true) : simpan())}>
            {sama ? "Sudah dipakai" : pending ? "Menyimpan…" : "Pakai sebagai realisasi"}
          </button>
        ) : null}
      </div>
      {konfirmasi && lama !== null ? (
        <div role="alertdialog" aria-label="Ganti realisasi" className="space-y-2 border-t border-blue-100 pt-2">
          <p className="text-slate-900">
            Realisasi tersimpan <span className="font-semibold">{formatDesimal(Number(lama))}{satuan}</span> akan diganti menjadi{" "}
            <span className="font-semibold">{formatDesimal(jumlah)}{satuan}</span> dari Progres Harian.
          </p>
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass.small} onClick={() => setKonfirmasi(false)}>Batal</button>
            <button type="button" className={buttonClass.small} disabled={pending} onClick={simpan}>{pending ? "Menyimpan…" : `Ganti menjadi ${formatDesimal(jumlah)}`}</button>
          </div>
        </div>
      ) : null}
      <span role="status" className="text-emerald-700">{saved && !pending ? "Realisasi diperbarui dari Progres Harian" : ""}</span>
      <ActionMessage message={message} />
    </div>
  );
}
