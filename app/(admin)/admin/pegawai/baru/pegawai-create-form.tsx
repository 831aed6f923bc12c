"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { pegawaiCreateSchema, type PegawaiCreateInput } from "@/lib/schemas/admin-pegawai";
import { createPegawai } from "@/lib/server/actions/admin-pegawai";
import type { UnitOption } from "@/lib/server/queries/admin-unit";
import { PasswordSekali } from "../_components/password-sekali";
import { PegawaiFields } from "../_components/pegawai-fields";
import { PegawaiPicker } from "../_components/pegawai-picker";
import { useAdminAction } from "../_components/use-admin-action";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";

const KOSONG: PegawaiCreateInput = {
  nip: "",
  nama: "",
  gelarDepan: "",
  gelarBelakang: "",
  email: "",
  jenisPegawai: "PNS",
  jenisJabatan: "PELAKSANA",
  jabatan: "",
  eselon: "",
  jenjangFungsional: "",
  golongan: "",
  unitId: "",
  atasanId: "",
  admin: false,
};

export function PegawaiCreateForm({ units }: { units: UnitOption[] }) {
  const { pending, message, run } = useAdminAction();
  const [atasan, setAtasan] = useState<{ id: string; nama: string; nip: string } | null>(null);
  const [dibuat, setDibuat] = useState<{ id: string; nip: string; nama: string; password: string } | null>(null);
  const { register, control, watch, handleSubmit, setError, formState } = useForm<PegawaiCreateInput>({
    resolver: zodResolver(pegawaiCreateSchema),
    defaultValues: KOSONG,
  });
  const nipError = formState.errors.nip?.message;
  // Once created, the form gives way to the result: nothing typed is left to lose.
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty && !dibuat);

  const onSubmit = handleSubmit((values) =>
    run(() => createPegawai(values), {
      setError,
      onSuccess: (d) => setDibuat({ id: d.id, nip: values.nip.replace(/\s+/g, ""), nama: values.nama, password: d.passwordSementara }),
    }),
  );

  if (dibuat) {
    return (
      <div className="space-y-4">
        <p className="text-sm text-slate-800"><span className="font-semibold">{dibuat.nama}</span> sudah ditambahkan.</p>
        <PasswordSekali nip={dibuat.nip} password={dibuat.password} />
        <div className="flex flex-wrap gap-2">
          <Link href={`/admin/pegawai/${dibuat.id}`} className={buttonClass.primary}>Buka data pegawai</Link>
          <Link href="/admin/pegawai" className={buttonClass.secondary}>Ke daftar pegawai</Link>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormField id="nip" label="NIP" error={nipError} hint="18 digit; spasi boleh, misalnya 19900101 201501 1 001." required>
        <input inputMode="numeric" autoComplete="off" className={inputClass} {...fieldAria("nip", nipError, true)} {...register("nip")} />
      </FormField>
      <PegawaiFields register={register} watch={watch} errors={formState.errors} units={units} />
      <Controller
        control={control}
        name="atasanId"
        render={({ field }) => (
          <div className="space-y-1">
            <PegawaiPicker
              id="atasanId"
              label="Atasan langsung"
              value={atasan}
              allowEmpty
              error={formState.errors.atasanId?.message}
              onChange={(v) => {
                setAtasan(v);
                field.onChange(v?.id ?? "");
              }}
            />
            {!atasan ? <p className="text-xs text-slate-600">Bila dikosongkan, atasan ditetapkan dari pimpinan unit kerja yang dipilih (aturan struktur).</p> : null}
          </div>
        )}
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" {...register("admin")} />
        <span>
          <span className="font-medium">Admin instansi</span>
          <span className="block text-slate-600">Dapat mengelola periode, unit kerja dan pegawai instansi ini.</span>
        </span>
      </label>
      <ActionMessage message={message} />
      {peringatan}
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan pegawai"}
      </button>
    </form>
  );
}
