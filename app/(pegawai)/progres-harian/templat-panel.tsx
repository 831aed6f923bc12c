"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { formatJam, hariDalamMinggu } from "@/lib/domain/hari-kerja";
import { deleteTemplatKegiatan, terapkanTemplat } from "@/lib/server/actions/templat-kegiatan";
import type { TemplatProgres } from "@/lib/server/queries/progres-harian";
import { usePelaksanaanMutation } from "../penilaian/use-pelaksanaan-mutation";
import { usePakaiTemplat } from "./edit-context";

export const NAMA_HARI_ISO = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

/** The pegawai's routine activities: fill the form from one, add all of this weekday's, or delete one. */
export function TemplatPanel({ tanggal, templat }: { tanggal: string; templat: TemplatProgres[] }) {
  const { pending, message, run } = usePelaksanaanMutation();
  const [hasil, setHasil] = useState<string | null>(null);
  const pakai = usePakaiTemplat();
  const hari = hariDalamMinggu(tanggal);
  const hariIni = templat.filter((t) => t.hari === hari);
  if (templat.length === 0) {
    return <p className="text-sm text-slate-600">Belum ada templat. Isi formulir lalu pilih &quot;Simpan sebagai templat&quot; untuk kegiatan rutin Anda.</p>;
  }
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-slate-900">Isi dari templat</p>
      {hariIni.length > 0 ? (
        <button
          type="button"
          className={buttonClass.secondary}
          disabled={pending}
          onClick={() =>
            run(async () => {
              const r = await terapkanTemplat({ tanggal });
              setHasil(r.ok ? `${r.data.disalin} kegiatan ditambahkan dari templat, ${r.data.dilewati} dilewati.` : null);
              return r;
            })
          }
        >
          Tambahkan semua templat hari {NAMA_HARI_ISO[hari - 1]}
        </button>
      ) : null}
      <p role="status" className="text-sm text-slate-800">{hasil}</p>
      <ul className="space-y-1">
        {templat.map((t) => (
          <li key={t.id} className="flex flex-wrap items-center gap-2 text-sm">
            <span className="min-w-0 flex-1 truncate">{formatJam(t.jamMulai)}–{formatJam(t.jamSelesai)} {t.nama} ({t.hari ? NAMA_HARI_ISO[t.hari - 1] : "setiap hari"})</span>
            <button type="button" className={buttonClass.small} onClick={() => pakai(t)} aria-label={`Pakai templat ${t.nama}`}>Pakai</button>
            <button type="button" className={buttonClass.danger} disabled={pending} onClick={() => run(() => deleteTemplatKegiatan({ templatId: t.id }))} aria-label={`Hapus templat ${t.nama}`}>Hapus</button>
          </li>
        ))}
      </ul>
      <ActionMessage message={message} />
    </div>
  );
}
