"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { indikatorFieldsSchema, type IndikatorFieldsInput } from "@/lib/schemas/indikator";
import { saveIndikator } from "@/lib/server/actions/indikator";
import { AspekPerspektifField } from "./aspek-perspektif-field";
import { SatuanUmumDatalist } from "./indikator-baris";
import { useSkpMutation } from "./use-skp-mutation";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";

type Props = {
  skpId: string;
  rhkId: string;
  indikatorId?: string;
  initial: IndikatorFieldsInput;
  onDone: () => void;
};

export function IndikatorForm({ skpId, rhkId, indikatorId, initial, onDone }: Props) {
  const { register, handleSubmit, setError, control, formState } = useForm<IndikatorFieldsInput>({
    resolver: zodResolver(indikatorFieldsSchema),
    defaultValues: initial,
  });
  const { pending, message, run } = useSkpMutation(setError);
  const err = (k: keyof IndikatorFieldsInput) => formState.errors[k]?.message;
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);
  const id = (k: string) => `${indikatorId ?? `baru-${rhkId}`}-${k}`;
  const layout = initial.layout;
  const rentang = useWatch({ control, name: "rentang" });

  const onSubmit = handleSubmit((values) => run((version) => saveIndikator({ ...values, skpId, version, rhkId, indikatorId }), onDone));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <AspekPerspektifField
        layout={layout}
        aspek={{ id: id("aspek"), error: err("aspek"), register: () => register("aspek") }}
        perspektif={{ id: id("perspektif"), error: err("perspektif"), register: () => register("perspektif") }}
      />
      <FormField id={id("teks")} label={layout === "KUALITATIF" ? "Ukuran keberhasilan / IKI" : "Indikator Kinerja Individu"} error={err("teks")} required>
        <textarea rows={2} className={inputClass} {...fieldAria(id("teks"), err("teks"))} {...register("teks")} />
      </FormField>
      {layout === "KUALITATIF" ? (
        <FormField id={id("targetNarasi")} label="Target" error={err("targetNarasi")} required hint="Uraikan hasil yang diharapkan, misalnya “Laporan diterima pimpinan tanpa revisi”.">
          <textarea rows={3} className={inputClass} {...fieldAria(id("targetNarasi"), err("targetNarasi"), true)} {...register("targetNarasi")} />
        </FormField>
      ) : (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">Target</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...register("rentang")} /> Target berupa rentang (minimum–maksimum)
          </label>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            <FormField id={id("targetMin")} label={rentang ? "Minimum" : "Angka target"} error={err("targetMin")} required>
              <input inputMode="decimal" className={inputClass} {...fieldAria(id("targetMin"), err("targetMin"))} {...register("targetMin")} />
            </FormField>
            {rentang ? (
              <FormField id={id("targetMax")} label="Maksimum" error={err("targetMax")} required>
                <input inputMode="decimal" className={inputClass} {...fieldAria(id("targetMax"), err("targetMax"))} {...register("targetMax")} />
              </FormField>
            ) : null}
            <FormField id={id("satuan")} label="Satuan" error={err("satuan")} required>
              <input className={inputClass} list="satuan-umum" {...fieldAria(id("satuan"), err("satuan"))} {...register("satuan")} />
            </FormField>
          </div>
          <SatuanUmumDatalist />
        </fieldset>
      )}
      <ActionMessage message={message} />
      {peringatan}
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass.secondary} onClick={onDone}>Batal</button>
        <button type="submit" className={buttonClass.primary} disabled={pending}>{pending ? "Menyimpan…" : "Simpan indikator"}</button>
      </div>
    </form>
  );
}
