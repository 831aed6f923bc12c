"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { pegawaiFormSchema, type PegawaiFormInput } from "@/lib/schemas/admin-pegawai";
import { updatePegawai } from "@/lib/server/actions/admin-pegawai";
import type { UnitOption } from "@/lib/server/queries/admin-unit";
import { PegawaiFields } from "../_components/pegawai-fields";
import { useAdminAction } from "../_components/use-admin-action";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";

type Props = { pegawaiId: string; version: number; initial: PegawaiFormInput; units: UnitOption[] };

/** Saves against the version the page was loaded with; someone else's save in between is reported, not overwritten. */
export function PegawaiEditForm({ pegawaiId, version, initial, units }: Props) {
  const { pending, message, run } = useAdminAction();
  const [tersimpan, setTersimpan] = useState(false);
  const { register, watch, handleSubmit, setError, formState, reset, getValues } = useForm<PegawaiFormInput>({
    resolver: zodResolver(pegawaiFormSchema),
    defaultValues: initial,
  });
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);
  const onSubmit = handleSubmit((values) => {
    setTersimpan(false);
    const tersimpanBersih = () => {
      reset(getValues());
      setTersimpan(true);
    };
    run(() => updatePegawai({ pegawaiId, version, ...values }), { setError, onSuccess: tersimpanBersih });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <PegawaiFields register={register} watch={watch} errors={formState.errors} units={units} golonganTersimpan={initial.golongan} />
      <p className="text-xs text-slate-600">Mengubah unit kerja tidak mengubah atasan secara otomatis; periksa bagian Atasan setelah menyimpan.</p>
      <ActionMessage message={message} />
      {peringatan}
      {tersimpan ? <p role="status" className="text-sm text-emerald-800">Perubahan disimpan.</p> : null}
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan perubahan"}
      </button>
    </form>
  );
}
