"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { LABEL_JENIS_PELAKSANA_TUGAS } from "@/lib/domain/labels";
import { pelaksanaTugasCreateSchema, type PelaksanaTugasCreateInput } from "@/lib/schemas/admin-unit";
import { createPelaksanaTugas } from "@/lib/server/actions/admin-pelaksana-tugas";
import { PegawaiPicker } from "../pegawai/_components/pegawai-picker";
import { useAdminAction } from "../pegawai/_components/use-admin-action";

type Props = { unitId: string; unitNama: string; onDone: () => void };

export function PelaksanaTugasForm({ unitId, unitNama, onDone }: Props) {
  const { pending, message, run } = useAdminAction();
  const [dipilih, setDipilih] = useState<{ id: string; nama: string; nip: string } | null>(null);
  const { register, control, handleSubmit, setError, formState } = useForm<PelaksanaTugasCreateInput>({
    resolver: zodResolver(pelaksanaTugasCreateSchema),
    defaultValues: { unitId, pegawaiId: "", jenis: "PLT", mulai: "", selesai: "" },
  });
  const err = (k: keyof PelaksanaTugasCreateInput) => formState.errors[k]?.message;
  const onSubmit = handleSubmit((values) => run(() => createPelaksanaTugas(values), { setError, onSuccess: onDone }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-600">
        Selama rentang tanggal ini, pegawai yang ditunjuk bertindak sebagai pimpinan {unitNama}: atasan dan pejabat penilai bagi anggotanya.
      </p>
      <Controller
        control={control}
        name="pegawaiId"
        render={({ field }) => (
          <PegawaiPicker
            id="pt-pegawai"
            label="Pegawai yang ditugaskan"
            value={dipilih}
            error={err("pegawaiId")}
            onChange={(v) => {
              setDipilih(v);
              field.onChange(v?.id ?? "");
            }}
          />
        )}
      />
      <fieldset aria-describedby={err("jenis") ? "jenis-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Jenis</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(["PLT", "PLH"] as const).map((j) => (
            <label key={j} className="flex items-center gap-2 text-sm">
              <input type="radio" value={j} {...register("jenis")} /> {LABEL_JENIS_PELAKSANA_TUGAS[j]}
            </label>
          ))}
        </div>
        {err("jenis") ? <p id="jenis-error" className="text-sm text-red-700">{err("jenis")}</p> : null}
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <FormField id="mulai" label="Mulai" error={err("mulai")} required>
          <input type="date" className={inputClass} {...fieldAria("mulai", err("mulai"))} {...register("mulai")} />
        </FormField>
        <FormField id="selesai" label="Selesai" error={err("selesai")} required>
          <input type="date" className={inputClass} {...fieldAria("selesai", err("selesai"))} {...register("selesai")} />
        </FormField>
      </div>
      <ActionMessage message={message} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Menyimpan…" : "Tetapkan"}
      </button>
    </form>
  );
}
