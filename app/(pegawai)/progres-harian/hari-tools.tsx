"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { LABEL_JENIS_KETERANGAN_HARI } from "@/lib/domain/labels";
import type { JenisKeteranganHari } from "@/lib/generated/prisma/enums";
import { hapusKeteranganHari, tandaiKeteranganHari } from "@/lib/server/actions/keterangan-hari";
import { salinProgresHarian } from "@/lib/server/actions/progres-harian-salin";
import { JENIS_KETERANGAN } from "@/lib/schemas/progres-harian";
import { usePelaksanaanMutation } from "../penilaian/use-pelaksanaan-mutation";

/** Copy from the previous working day or last week, and mark the day away. */
export function HariTools({ tanggal, keterangan }: { tanggal: string; keterangan: JenisKeteranganHari | null }) {
  const { pending, message, run } = usePelaksanaanMutation();
  const [hasil, setHasil] = useState<string | null>(null);
  const [jenis, setJenis] = useState<JenisKeteranganHari>("CUTI");
  const salin = (dari: "kemarin" | "minggu-lalu") =>
    run(async () => {
      setHasil(null);
      const r = await salinProgresHarian({ tanggal, dari });
      if (r.ok) setHasil(`${r.data.disalin} kegiatan disalin, ${r.data.dilewati} dilewati (jam bertumpuk, hari libur, atau periode ditutup).`);
      return r;
    });
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass.secondary} disabled={pending} onClick={() => salin("kemarin")}>Salin dari kemarin</button>
        <button type="button" className={buttonClass.secondary} disabled={pending} onClick={() => salin("minggu-lalu")}>Salin minggu lalu</button>
      </div>
      <p role="status" className="text-sm text-slate-800">{hasil}</p>
      {keterangan ? (
        <button type="button" className={buttonClass.small} disabled={pending} onClick={() => run(() => hapusKeteranganHari({ tanggal }))}>
          Hapus tanda {LABEL_JENIS_KETERANGAN_HARI[keterangan].toLowerCase()}
        </button>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="keterangan-jenis" className="text-sm text-slate-800">Tandai hari ini</label>
          <select id="keterangan-jenis" className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm" value={jenis} onChange={(e) => setJenis(e.target.value as JenisKeteranganHari)}>
            {JENIS_KETERANGAN.map((j) => <option key={j} value={j}>{LABEL_JENIS_KETERANGAN_HARI[j]}</option>)}
          </select>
          <button type="button" className={buttonClass.small} disabled={pending} onClick={() => run(() => tandaiKeteranganHari({ tanggal, jenis, catatan: "" }))}>Tandai</button>
        </div>
      )}
      <ActionMessage message={message} />
    </div>
  );
}
