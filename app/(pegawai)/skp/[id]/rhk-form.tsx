"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { formatPeriodeSkp } from "@/lib/domain/skp-periode";
import type { AtasanRhkOptions } from "@/lib/domain/skp-intervensi";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";
import { rhkFieldsSchema, type RhkFieldsInput } from "@/lib/schemas/rhk";
import { saveRhk } from "@/lib/server/actions/rhk";
import { useSkpMutation } from "./use-skp-mutation";

type Props = {
  skpId: string;
  layout: LayoutSkp;
  atasanRhk: AtasanRhkOptions;
  rhkId?: string;
  initial: RhkFieldsInput;
  onDone: () => void;
};

export function RhkForm({ skpId, layout, atasanRhk, rhkId, initial, onDone }: Props) {
  const { register, handleSubmit, setError, control, formState } = useForm<RhkFieldsInput>({
    resolver: zodResolver(rhkFieldsSchema),
    defaultValues: initial,
  });
  const { pending, message, run } = useSkpMutation(setError);
  const err = (k: keyof RhkFieldsInput) => formState.errors[k]?.message;
  const jenis = useWatch({ control, name: "jenis" });
  const isJpt = layout === "JPT";
  const hasOptions = atasanRhk.options.length > 0;
  const beberapaPeriode = new Set(atasanRhk.options.map((o) => o.periodeAwal.getTime())).size > 1;
  const prefix = rhkId ? `rhk-${rhkId}` : "rhk-baru";
  const id = (k: string) => `${prefix}-${k}`;

  const onSubmit = handleSubmit((values) => run((version) => saveRhk({ ...values, skpId, version, rhkId }), onDone));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Jenis RHK</legend>
        <div className="mt-1 flex gap-4">
          <label className="flex items-center gap-2 text-sm"><input type="radio" value="UTAMA" {...register("jenis")} /> Utama</label>
          <label className="flex items-center gap-2 text-sm"><input type="radio" value="TAMBAHAN" {...register("jenis")} /> Tambahan</label>
        </div>
        {err("jenis") ? <p className="text-sm text-red-700">{err("jenis")}</p> : null}
      </fieldset>
      {isJpt ? (
        <FormField id={id("klasifikasi")} label="Klasifikasi RHK" error={err("klasifikasi")} required
          hint="Organisasi: diturunkan ke bawahan dan melekat pada jabatan. Individu: target pribadi Anda.">
          <select className={inputClass} {...fieldAria(id("klasifikasi"), err("klasifikasi"), true)} {...register("klasifikasi")}>
            <option value="">Pilih klasifikasi</option>
            <option value="ORGANISASI">Organisasi</option>
            <option value="INDIVIDU">Individu</option>
          </select>
        </FormField>
      ) : (
        hasOptions ? (
          <FormField id={id("parentRhkId")} label="RHK atasan yang diintervensi" error={err("parentRhkId")} required={jenis === "UTAMA"}
            hint={`Dari SKP ${atasanRhk.atasan?.nama ?? "atasan"}. Wajib untuk RHK Utama.`}>
            <select className={inputClass} {...fieldAria(id("parentRhkId"), err("parentRhkId"), true)} {...register("parentRhkId")}>
              <option value="">Pilih RHK atasan</option>
              {atasanRhk.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.teks}{beberapaPeriode ? ` (${formatPeriodeSkp(o)})` : ""}
                </option>
              ))}
            </select>
          </FormField>
        ) : (
          <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            <p className="font-medium">RHK atasan yang diintervensi belum dapat dipilih</p>
            <p>{atasanRhk.alasan} Anda tetap dapat menyimpan RHK ini dan memilihnya nanti.</p>
            {err("parentRhkId") ? <p className="mt-1 text-red-700">{err("parentRhkId")}</p> : null}
          </div>
        )
      )}
      <FormField id={id("teks")} label="Rencana Hasil Kerja" error={err("teks")} required>
        <textarea rows={3} className={inputClass} {...fieldAria(id("teks"), err("teks"))} {...register("teks")} />
      </FormField>
      <FormField id={id("penugasanDari")} label="Penugasan dari (opsional)" error={err("penugasanDari")}
        hint="Isi bila pekerjaan ini ditugaskan oleh pimpinan lain, misalnya “Kepala Badan”.">
        <input className={inputClass} {...fieldAria(id("penugasanDari"), err("penugasanDari"), true)} {...register("penugasanDari")} />
      </FormField>
      <ActionMessage message={message} />
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass.secondary} onClick={onDone}>Batal</button>
        <button type="submit" className={buttonClass.primary} disabled={pending}>{pending ? "Menyimpan…" : "Simpan RHK"}</button>
      </div>
    </form>
  );
}
