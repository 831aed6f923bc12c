"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { Notice } from "@/components/notice";
import { formatNip } from "@/lib/domain/nip";
import { LABEL_JENIS_PELAKSANA_TUGAS } from "@/lib/domain/labels";
import { setAtasanPegawai } from "@/lib/server/actions/admin-pegawai-akun";
import type { OrangRingkas, PegawaiDetail } from "@/lib/server/queries/admin-pegawai";
import { PegawaiPicker } from "../_components/pegawai-picker";
import { useAdminAction } from "../_components/use-admin-action";

/**
 * The stored atasan beside the one the unit tree suggests. A difference is a warning with a
 * button to apply the suggestion; nothing changes until the admin presses it.
 */
export function AtasanPanel({ pegawai }: { pegawai: PegawaiDetail }) {
  const { pending, message, run } = useAdminAction();
  const [pilihan, setPilihan] = useState<{ id: string; nama: string; nip: string } | null>(null);
  const saran = pegawai.atasanTurunan.orang;
  const cocok = (saran?.id ?? null) === (pegawai.atasan?.id ?? null);
  const simpan = (atasanId: string) => run(() => setAtasanPegawai({ pegawaiId: pegawai.id, version: pegawai.version, atasanId }), { onSuccess: () => setPilihan(null) });

  return (
    <section aria-labelledby="atasan-pegawai" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="atasan-pegawai" className="text-lg font-semibold text-slate-900">Atasan (pejabat penilai)</h2>
      <div>
        <p className="text-xs text-slate-500">Atasan tersimpan</p>
        {pegawai.atasan ? <Orang orang={pegawai.atasan} /> : <p className="text-sm text-amber-900">Belum diatur.</p>}
      </div>
      {pegawai.penilaiPengganti ? (
        <Notice title={`Hari ini dinilai oleh ${LABEL_JENIS_PELAKSANA_TUGAS[pegawai.penilaiPengganti.sebagai]}`}>
          <p>{pegawai.penilaiPengganti.nama} ({formatNip(pegawai.penilaiPengganti.nip)}) bertindak sebagai atasan selama masa tugasnya. Atasan tersimpan tidak berubah.</p>
        </Notice>
      ) : null}
      {!cocok ? (
        <Notice tone="warning" title="Atasan tidak sesuai struktur unit kerja">
          {saran ? (
            <>
              <p>Menurut struktur, atasan pegawai ini adalah:</p>
              <Orang orang={saran} />
              {pegawai.atasanTurunan.alasan ? <p className="mt-1">{pegawai.atasanTurunan.alasan}</p> : null}
              <button type="button" className={`${buttonClass.secondary} mt-2`} disabled={pending} onClick={() => simpan(saran.id)}>
                Gunakan atasan sesuai struktur
              </button>
            </>
          ) : (
            <p>{pegawai.atasanTurunan.alasan ?? "Struktur unit kerja tidak menunjukkan atasan untuk pegawai ini."}</p>
          )}
          <p className="mt-2 text-xs">Bila atasan tersimpan memang benar (misalnya penugasan khusus), biarkan saja.</p>
        </Notice>
      ) : null}
      {pegawai.permintaanMenunggu > 0 ? (
        <p className="text-sm">
          Pegawai ini mengajukan perubahan atasan. <a href="/admin/permintaan-atasan" className="text-blue-700 underline">Lihat permintaan</a>
        </p>
      ) : null}
      <div className="space-y-2 border-t border-slate-100 pt-3">
        <PegawaiPicker id="atasan-baru" label="Tetapkan atasan lain" value={pilihan} kecualiId={pegawai.id} onChange={setPilihan} />
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass.primary} disabled={pending || !pilihan} onClick={() => pilihan && simpan(pilihan.id)}>
            Simpan atasan
          </button>
          {pegawai.atasan ? (
            <button type="button" className={buttonClass.secondary} disabled={pending} onClick={() => simpan("")}>
              Kosongkan atasan
            </button>
          ) : null}
        </div>
        <ActionMessage message={message} />
      </div>
    </section>
  );
}

function Orang({ orang }: { orang: OrangRingkas }) {
  return (
    <p className="text-sm">
      <span className="font-medium text-slate-900">{orang.nama}</span>
      <span className="block font-mono text-xs text-slate-500">{formatNip(orang.nip)}</span>
      <span className="block text-slate-600">{orang.jabatan}</span>
    </p>
  );
}
