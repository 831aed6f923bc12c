"use client";

import { useState } from "react";
import { PegawaiPicker, type CariPegawai, type PegawaiTerpilih } from "@/components/pegawai-picker";

type Props = {
  id: string;
  name: string;
  label: string;
  cari: CariPegawai;
  awal?: PegawaiTerpilih;
  /** What to say once a given pegawai is picked (already an anggota, or was one until a date). */
  keterangan?: Record<string, string>;
  error?: string;
};

/** A ketua or anggota field: the search-as-you-type picker, its choice sent under `name`. */
export function IsianPegawai({ id, name, label, cari, awal = null, keterangan, error }: Props) {
  const [pilihan, setPilihan] = useState<PegawaiTerpilih>(awal);
  const catatan = pilihan ? keterangan?.[pilihan.id] : undefined;
  return (
    <div className="space-y-1">
      <PegawaiPicker cari={cari} id={id} label={label} value={pilihan} onChange={setPilihan} error={error} required />
      <input type="hidden" name={name} value={pilihan?.id ?? ""} />
      {catatan ? (
        <p role="status" className="text-sm text-slate-700">
          {catatan}
        </p>
      ) : null}
    </div>
  );
}
