"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { formatPeriodeSkp } from "@/lib/domain/skp-periode";
import { sebutanTim } from "@/lib/domain/tim-kerja";
import { AWALAN_PERAN_TIM, type AtasanRhkOptions } from "@/lib/domain/skp-intervensi";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";
import { rhkFormSchema, type RhkFieldsInput, type RhkFormInput } from "@/lib/schemas/rhk";
import { saveRhk } from "@/lib/server/actions/rhk";
import { ambilPeranTim } from "@/lib/server/actions/rhk-tim";
import { barisIndikatorAwal, barisIndikatorBaru, IndikatorBaris, SatuanUmumDatalist } from "./indikator-baris";
import { useSkpMutation } from "./use-skp-mutation";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";

type Props = {
  skpId: string;
  layout: LayoutSkp;
  atasanRhk: AtasanRhkOptions;
  rhkId?: string;
  initial: RhkFieldsInput;
  onDone: () => void;
};

/**
 * Adds or edits an RHK. A new RHK brings its indikator along (prefilled rows for the layout),
 * saved in the same transaction; an existing RHK can get more rows here, while its saved
 * indikator keep their own Ubah/Hapus in the table.
 */
export function RhkForm({ skpId, layout, atasanRhk, rhkId, initial, onDone }: Props) {
  const hasOptions = atasanRhk.options.length > 0;
  // A new RHK may come from a Tim Kerja role instead of the atasan's RHK.
  const penugasanTim = rhkId ? [] : (atasanRhk.penugasanTim ?? []);
  const isJpt = layout === "JPT";
  const { register, handleSubmit, setError, setValue, getValues, control, formState } = useForm<RhkFormInput>({
    resolver: zodResolver(rhkFormSchema(!isJpt && hasOptions)),
    defaultValues: { ...initial, layout, indikator: rhkId ? [] : barisIndikatorAwal(layout) },
  });
  const baris = useFieldArray({ control, name: "indikator" });
  const { pending, message, run } = useSkpMutation(setError);
  const err = (k: keyof RhkFieldsInput) => formState.errors[k]?.message;
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);
  const jenis = useWatch({ control, name: "jenis" });
  const beberapaPeriode = new Set(atasanRhk.options.map((o) => o.periodeAwal.getTime())).size > 1;
  const prefix = rhkId ? `rhk-${rhkId}` : "rhk-baru";
  const id = (k: string) => `${prefix}-${k}`;

  const onSubmit = handleSubmit((values) => {
    const peranTimId = values.parentRhkId.startsWith(AWALAN_PERAN_TIM) ? values.parentRhkId.slice(AWALAN_PERAN_TIM.length) : null;
    if (peranTimId) return run((version) => ambilPeranTim({ skpId, version, peranTimId, teks: values.teks, layout: values.layout, indikator: values.indikator }), onDone);
    return run((version) => saveRhk({ ...values, skpId, version, rhkId }), onDone);
  });
  const parentField = register("parentRhkId", {
    onChange: (event: React.ChangeEvent<HTMLSelectElement>) => {
      const pilihan = penugasanTim.find((p) => `${AWALAN_PERAN_TIM}${p.peranTimId}` === event.target.value);
      if (!pilihan) return;
      // A team role is Tambahan until the atasan agrees it is Utama; its expected result is the RHK.
      setValue("jenis", "TAMBAHAN");
      setValue("penugasanDari", sebutanTim(pilihan.namaTim));
      if (!getValues("teks")) setValue("teks", pilihan.hasilDiharapkan);
    },
  });

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
        hasOptions || penugasanTim.length > 0 ? (
          <FormField id={id("parentRhkId")} label="RHK atasan yang diintervensi" error={err("parentRhkId")} required={jenis === "UTAMA"}
            hint={`Dari SKP ${atasanRhk.atasan?.nama ?? "atasan"}${penugasanTim.length > 0 ? ", atau peran Anda dari tim kerja (menjadi RHK Tambahan; atasan dapat menjadikannya Utama)" : ""}. Wajib untuk RHK Utama.`}>
            <select className={inputClass} {...fieldAria(id("parentRhkId"), err("parentRhkId"), true)} {...parentField}>
              <option value="">Pilih RHK atasan</option>
              {hasOptions ? (
                <optgroup label={`RHK ${atasanRhk.atasan?.nama ?? "atasan"}`}>
                  {atasanRhk.options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.teks}{beberapaPeriode ? ` (${formatPeriodeSkp(o)})` : ""}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {penugasanTim.length > 0 ? (
                <optgroup label="Penugasan dari tim kerja">
                  {penugasanTim.map((p) => (
                    <option key={p.peranTimId} value={`${AWALAN_PERAN_TIM}${p.peranTimId}`}>
                      penugasan dari {sebutanTim(p.namaTim)}: {p.peran} ({p.rhkTim})
                    </option>
                  ))}
                </optgroup>
              ) : null}
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
      <section aria-labelledby={id("indikator")} className="space-y-3">
        <div>
          <h3 id={id("indikator")} className="text-sm font-semibold text-slate-900">{rhkId ? "Tambah indikator" : "Indikator"}</h3>
          <p className="text-xs text-slate-600">
            {rhkId ? "Indikator yang sudah ada diubah dari tabel. Baris yang dibiarkan kosong tidak disimpan." : "Baris yang dibiarkan kosong tidak disimpan; indikator dapat ditambah nanti."}
          </p>
        </div>
        {baris.fields.map((f, i) => (
          <IndikatorBaris key={f.id} index={i} idPrefix={prefix} layout={layout} register={register} control={control}
            errors={formState.errors} onHapus={() => baris.remove(i)} />
        ))}
        <button type="button" className={buttonClass.secondary} onClick={() => baris.append(barisIndikatorBaru())}>+ Baris indikator</button>
        <SatuanUmumDatalist />
      </section>
      <ActionMessage message={message} />
      {peringatan}
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass.secondary} onClick={onDone}>Batal</button>
        <button type="submit" className={buttonClass.primary} disabled={pending}>{pending ? "Menyimpan…" : "Simpan RHK"}</button>
      </div>
    </form>
  );
}
