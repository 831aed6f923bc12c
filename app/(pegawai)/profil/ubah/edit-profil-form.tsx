"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { GolonganOptions } from "@/components/golongan-options";
import { Notice } from "@/components/notice";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import type { JenisPegawai } from "@/lib/generated/prisma/enums";
import { editProfilSchema, type EditProfilInput } from "@/lib/schemas/profil";
import { updateProfil } from "@/lib/server/actions/profil";
import { callAction } from "@/lib/http/call-action";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";

type Props = {
  units: Array<{ id: string; path: string }>;
  jenisPegawai: JenisPegawai;
  golonganTersimpan: string | null;
  defaults: EditProfilInput;
};

export function EditProfilForm({ units, jenisPegawai, golonganTersimpan, defaults }: Props) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [hasil, setHasil] = useState<{ berubah: boolean; atasanBerbeda: boolean } | null>(null);
  const { register, handleSubmit, setError, formState, reset, getValues } = useForm<EditProfilInput>({
    resolver: zodResolver(editProfilSchema),
    values: defaults,
  });
  const err = (k: keyof EditProfilInput) => formState.errors[k]?.message;
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      setHasil(null);
      const result = await callAction(() => updateProfil(values));
      if (!result.ok) {
        setMessage(result.fieldErrors ? null : (result.message ?? null));
        for (const [field, msgs] of Object.entries(result.fieldErrors ?? {})) {
          if (msgs?.[0]) setError(field as keyof EditProfilInput, { message: msgs[0] });
        }
        return;
      }
      reset(getValues());
      setHasil(result.data);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormField id="unitId" label="Unit kerja" error={err("unitId")} required hint="Hanya unit kerja terkecil yang aktif di instansi Anda.">
        <select className={inputClass} {...fieldAria("unitId", err("unitId"), true)} {...register("unitId")}>
          <option value="">Pilih unit kerja…</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>{u.path}</option>
          ))}
        </select>
      </FormField>
      <FormField id="jabatan" label="Jabatan" error={err("jabatan")} required>
        <input className={inputClass} {...fieldAria("jabatan", err("jabatan"))} {...register("jabatan")} />
      </FormField>
      <FormField id="golongan" label="Pangkat/golongan" error={err("golongan")} required>
        <select className={inputClass} {...fieldAria("golongan", err("golongan"))} {...register("golongan")}>
          <GolonganOptions jenisPegawai={jenisPegawai} tersimpan={golonganTersimpan} kosong="Pilih pangkat/golongan…" />
        </select>
      </FormField>
      <ActionMessage message={message} />
      {peringatan}
      {hasil ? (
        <div role="status" className="space-y-2">
          <p className="text-sm text-emerald-800">{hasil.berubah ? "Profil tersimpan." : "Tidak ada perubahan."}</p>
          {hasil.atasanBerbeda ? (
            <Notice tone="warning" title="Atasan Anda perlu diperiksa">
              Dengan unit kerja ini, atasan menurut struktur berbeda dengan atasan yang tercatat. Atasan tidak diubah
              otomatis.{" "}
              <Link href="/profil" className="font-semibold underline">
                Lihat Data Atasan dan ajukan perubahan
              </Link>
            </Notice>
          ) : null}
        </div>
      ) : null}
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan profil"}
      </button>
    </form>
  );
}
