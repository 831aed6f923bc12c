"use client";

import { useState } from "react";
import { useWatch, type Control } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { hariDalamMinggu } from "@/lib/domain/hari-kerja";
import type { ProgresHarianFieldsInput, TemplatKegiatanSaveInput } from "@/lib/schemas/progres-harian";
import { saveTemplatKegiatan } from "@/lib/server/actions/templat-kegiatan";
import { usePelaksanaanMutation } from "../penilaian/use-pelaksanaan-mutation";
import { NAMA_HARI_ISO } from "./templat-rencana-aksi";

/** "Simpan sebagai templat": what the form holds now, for this weekday or any day. */
export function SimpanTemplat({ control }: { control: Control<ProgresHarianFieldsInput> }) {
  const v = useWatch({ control });
  const { pending, message, saved, run } = usePelaksanaanMutation();
  // Templates are for Senin–Sabtu; a Sunday's one fits any day.
  const iso = v.tanggal && /^\d{4}-\d{2}-\d{2}$/.test(v.tanggal) ? hariDalamMinggu(v.tanggal) : 7;
  const hariIni = iso <= 6 ? String(iso) : "";
  const [hari, setHari] = useState<"hari-ini" | "">("hari-ini");
  const simpan = () =>
    run(() =>
      saveTemplatKegiatan({
        nama: (v.kegiatan ?? "").slice(0, 100),
        hari: (hari === "hari-ini" ? hariIni : "") as TemplatKegiatanSaveInput["hari"],
        jamMulai: v.jamMulai ?? "",
        jamSelesai: v.jamSelesai ?? "",
        kegiatan: v.kegiatan ?? "",
        rencanaAksiId: v.rencanaAksiId ?? "",
        realisasi: v.realisasi ?? "",
        satuan: v.satuan ?? "",
      }),
    );
  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3">
      <label htmlFor="templat-hari" className="text-sm text-slate-800">Templat untuk</label>
      <select id="templat-hari" className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm" value={hari} onChange={(e) => setHari(e.target.value as "hari-ini" | "")}>
        {hariIni ? <option value="hari-ini">setiap {NAMA_HARI_ISO[Number(hariIni) - 1]}</option> : null}
        <option value="">setiap hari</option>
      </select>
      <button type="button" className={buttonClass.small} disabled={pending} onClick={simpan}>Simpan sebagai templat</button>
      <span role="status" className="text-sm text-emerald-700">{saved && !pending ? "Templat tersimpan" : ""}</span>
      <div className="w-full"><ActionMessage message={message} /></div>
    </div>
  );
}
