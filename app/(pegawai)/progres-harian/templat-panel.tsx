"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { formatJam, hariDalamMinggu } from "@/lib/domain/hari-kerja";
import { terapkanTemplat } from "@/lib/server/actions/templat-kegiatan";
import type { PilihanProgres } from "@/lib/server/queries/progres-harian";
import { usePelaksanaanMutation } from "../penilaian/use-pelaksanaan-mutation";
import { usePakaiTemplat } from "./edit-context";
import { HapusTemplatDialog } from "./hapus-templat-dialog";
import { UbahTemplatDialog } from "./templat-dialog";
import { NAMA_HARI_ISO, templatDiPeriode } from "./templat-rencana-aksi";

/**
 * The pegawai's routine activities: fill the form from one, add all of this weekday's and the
 * every-day ones at once, change or delete one. A template whose rencana aksi is not of this
 * periode says so; "Ubah" lets the pegawai pick one of this periode.
 */
export function TemplatPanel({ tanggal, pilihan }: { tanggal: string; pilihan: PilihanProgres }) {
  const { templat } = pilihan;
  const { pending, message, run } = usePelaksanaanMutation();
  const [hasil, setHasil] = useState<string | null>(null);
  const pakai = usePakaiTemplat();
  const hari = hariDalamMinggu(tanggal);
  const berlaku = templat.filter((t) => t.hari === hari || t.hari === null);
  const periode = pilihan.periode?.label ?? "periode ini";
  if (templat.length === 0) {
    return <p className="text-sm text-slate-600">Belum ada templat. Isi formulir lalu pilih &quot;Simpan sebagai templat&quot; untuk kegiatan rutin Anda.</p>;
  }
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-slate-900">Isi dari templat</p>
      {berlaku.length > 0 ? (
        <button
          type="button"
          className={buttonClass.secondary}
          disabled={pending}
          onClick={() =>
            run(async () => {
              const r = await terapkanTemplat({ tanggal });
              const beda = r.ok && r.data.bedaPeriode > 0 ? ` ${r.data.bedaPeriode} templat memakai rencana aksi di luar ${periode}; ubah templatnya untuk memilih rencana aksi ${periode}.` : "";
              setHasil(r.ok ? `${r.data.disalin} kegiatan ditambahkan dari templat, ${r.data.dilewati} dilewati.${beda}` : null);
              return r;
            })
          }
        >
          Tambahkan semua templat hari {NAMA_HARI_ISO[hari - 1]} dan setiap hari
        </button>
      ) : null}
      <p role="status" className="text-sm text-slate-800">{hasil}</p>
      <ul className="space-y-2">
        {templat.map((t) => (
          <li key={t.id} className="text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="min-w-0 flex-1 truncate">{formatJam(t.jamMulai)}–{formatJam(t.jamSelesai)} {t.nama} ({t.hari ? NAMA_HARI_ISO[t.hari - 1] : "setiap hari"})</span>
              <button type="button" className={buttonClass.small} onClick={() => pakai(t)} aria-label={`Pakai templat ${t.nama}`}>Pakai</button>
              <UbahTemplatDialog templat={t} pilihan={pilihan} />
              <HapusTemplatDialog templat={t} />
            </div>
            {!templatDiPeriode(t, pilihan) ? <p className="text-xs text-amber-900">Rencana aksinya bukan dari {periode}: pilih yang baru lewat Ubah.</p> : null}
          </li>
        ))}
      </ul>
      <ActionMessage message={message} />
    </div>
  );
}
