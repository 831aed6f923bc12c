"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { resetPasswordPegawai, setAktifPegawai, setRolesPegawai } from "@/lib/server/actions/admin-pegawai-akun";
import { ConfirmAction } from "../_components/confirm-action";
import { PasswordSekali } from "../_components/password-sekali";
import { useAdminAction } from "../_components/use-admin-action";

type Props = { pegawai: { id: string; nip: string; version: number; aktif: boolean; isAdmin: boolean; diriSendiri: boolean } };

export function AkunPanel({ pegawai }: Props) {
  const { pending, message, run } = useAdminAction();
  const [password, setPassword] = useState<string | null>(null);
  const ref = { pegawaiId: pegawai.id, version: pegawai.version };

  return (
    <section aria-labelledby="akun-pegawai" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="akun-pegawai" className="text-lg font-semibold text-slate-900">Akun</h2>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={pegawai.isAdmin}
          disabled={pending || pegawai.diriSendiri}
          onChange={(e) => run(() => setRolesPegawai({ ...ref, admin: e.target.checked }))}
          aria-describedby="peran-admin-hint"
        />
        <span>
          <span className="font-medium">Admin instansi</span>
          <span id="peran-admin-hint" className="block text-slate-600">
            {pegawai.diriSendiri ? "Peran admin Anda sendiri hanya dapat dicabut oleh admin lain." : "Dapat mengelola periode, unit kerja dan pegawai."}
          </span>
        </span>
      </label>
      <div className="flex flex-wrap gap-2">
        {pegawai.aktif ? (
          pegawai.diriSendiri ? null : (
            <ConfirmAction
              label="Nonaktifkan pegawai"
              tone="danger"
              question="Pegawai tidak dapat masuk lagi dan semua sesinya berakhir; SKP dan penilaiannya tetap tersimpan."
              confirmLabel="Ya, nonaktifkan"
              action={() => setAktifPegawai({ ...ref, aktif: false })}
            />
          )
        ) : (
          <button type="button" className={buttonClass.secondary} disabled={pending} onClick={() => run(() => setAktifPegawai({ ...ref, aktif: true }))}>
            Aktifkan kembali
          </button>
        )}
        <ConfirmAction
          label="Reset kata sandi"
          question="Kata sandi sementara baru dibuat dan kata sandi lama tidak berlaku lagi. Pegawai wajib menggantinya saat pertama masuk."
          confirmLabel="Ya, reset"
          action={async () => {
            const result = await resetPasswordPegawai({ pegawaiId: pegawai.id });
            if (result.ok) setPassword(result.data.passwordSementara);
            return result;
          }}
        />
      </div>
      {password ? <PasswordSekali nip={pegawai.nip} password={password} /> : null}
      <ActionMessage message={message} />
    </section>
  );
}
