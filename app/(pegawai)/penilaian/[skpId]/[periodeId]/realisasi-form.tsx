"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { capaianPersen } from "@/lib/domain/capaian";
import { formatDesimal } from "@/lib/domain/desimal";
import { parseAngka } from "@/lib/domain/skp-target";
import { realisasiFieldsSchema, type RealisasiFieldsInput } from "@/lib/schemas/pelaksanaan";
import { saveRealisasi } from "@/lib/server/actions/realisasi";
import type { PelaksanaanIndikator } from "@/lib/server/queries/pelaksanaan";
import { usePelaksanaanMutation } from "../../use-pelaksanaan-mutation";

type Props = { skpId: string; periodeId: string; indikator: PelaksanaanIndikator };

/** Realisasi of one indikator; capaian follows the typed value before it is saved. */
export function RealisasiForm({ skpId, periodeId, indikator }: Props) {
  const r = indikator.realisasi;
  const numerik = indikator.target.targetNarasi === null && indikator.target.targetMin !== null;
  const defaults = {
    nilai: r?.nilai ? formatDesimal(Number(r.nilai)) : "",
    narasi: r?.narasi ?? "",
    sumberData: r?.sumberData ?? "",
  };
  const { register, handleSubmit, setError, control, formState, reset } = useForm<RealisasiFieldsInput>({
    resolver: zodResolver(realisasiFieldsSchema),
    defaultValues: defaults,
    // A realisasi saved elsewhere on the page ("Pakai sebagai realisasi") shows here after the
    // refresh, while whatever the pegawai is typing stays.
    values: defaults,
    resetOptions: { keepDirtyValues: true },
  });
  // defaultValue on each control too: the server-rendered form shows the saved values before hydration.
  const { pending, message, saved, run, clearSaved } = usePelaksanaanMutation(setError);
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);
  const nilai = useWatch({ control, name: "nilai" });
  const err = (k: keyof RealisasiFieldsInput) => formState.errors[k]?.message;
  // Without a numeric target there is no nilai field: "fill nilai or uraian" shows at uraian.
  const narasiErr = numerik ? err("narasi") : (err("narasi") ?? err("nilai"));
  const id = (k: string) => `realisasi-${indikator.id}-${k}`;
  const capaian = numerik ? capaianPersen(parseAngka(nilai ?? ""), { min: indikator.target.targetMin, max: indikator.target.targetMax, aspek: indikator.target.aspek }) : null;

  const onSubmit = handleSubmit((values) => run(() => saveRealisasi({ ...values, skpId, periodeId, indikatorId: indikator.id }), () => reset(values)));

  return (
    <form onSubmit={onSubmit} onChange={clearSaved} noValidate className="space-y-3" aria-label={`Realisasi ${indikator.teks}`}>
      {numerik ? (
        <div className="grid grid-cols-[1fr_auto] items-end gap-3">
          <FormField id={id("nilai")} label={`Nilai realisasi${indikator.target.satuan ? ` (${indikator.target.satuan})` : ""}`} error={err("nilai")}>
            <input inputMode="decimal" autoComplete="off" className={inputClass} defaultValue={defaults.nilai} {...fieldAria(id("nilai"), err("nilai"))} {...register("nilai")} />
          </FormField>
          <p className="pb-2 text-sm text-slate-700" aria-live="polite">
            Capaian <span className="font-semibold">{capaian === null ? "–" : `${formatDesimal(capaian)}%`}</span>
          </p>
        </div>
      ) : null}
      <FormField id={id("narasi")} label={numerik ? "Uraian realisasi (opsional)" : "Uraian realisasi"} error={narasiErr}>
        <textarea rows={2} className={inputClass} defaultValue={defaults.narasi} {...fieldAria(id("narasi"), narasiErr)} {...register("narasi")} />
      </FormField>
      <FormField id={id("sumberData")} label="Sumber data" error={err("sumberData")} required>
        <input className={inputClass} placeholder="Misalnya: laporan bulanan, aplikasi SIASN" defaultValue={defaults.sumberData} {...fieldAria(id("sumberData"), err("sumberData"))} {...register("sumberData")} />
      </FormField>
      <ActionMessage message={message} />
      {peringatan}
      <div className="flex items-center justify-end gap-3">
        <span role="status" className="text-sm text-emerald-700">{saved && !pending ? "Tersimpan" : ""}</span>
        <button type="submit" className={buttonClass.primary} disabled={pending} aria-label={`Simpan realisasi ${indikator.teks}`}>
          {pending ? "Menyimpan…" : "Simpan realisasi"}
        </button>
      </div>
    </form>
  );
}
