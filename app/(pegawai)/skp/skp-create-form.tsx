"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { skpCreateSchema, type SkpCreateInput } from "@/lib/schemas/skp";
import { createSkp } from "@/lib/server/actions/skp";
import { callAction } from "@/lib/http/call-action";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";

export type PilihanTahun = { tahun: number; periodeAwal: string; periodeAkhir: string };

type Props = {
  /** The open years that still have days without an SKP, with the first such stretch. */
  pilihan: PilihanTahun[];
  tahunAwal: number;
  sebelumnya: { id: string; label: string }[];
};

export function SkpCreateForm({ pilihan, tahunAwal, sebelumnya }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [salinInfo, setSalinInfo] = useState<string[] | null>(null);
  const [tahun, setTahun] = useState(tahunAwal);
  const awal = pilihan.find((p) => p.tahun === tahunAwal) ?? pilihan[0];
  const { register, handleSubmit, setError, setValue, formState } = useForm<SkpCreateInput>({
    resolver: zodResolver(skpCreateSchema),
    defaultValues: { periodeAwal: awal?.periodeAwal ?? "", periodeAkhir: awal?.periodeAkhir ?? "", pendekatan: "KUANTITATIF", salinDariSkpId: "" },
  });
  // The dates belong to the year being created: choosing another year moves them there.
  const pilihTahun = (value: number) => {
    const p = pilihan.find((x) => x.tahun === value);
    if (!p) return;
    setTahun(value);
    setValue("periodeAwal", p.periodeAwal, { shouldValidate: formState.isSubmitted });
    setValue("periodeAkhir", p.periodeAkhir, { shouldValidate: formState.isSubmitted });
  };
  const err = (k: keyof SkpCreateInput) => formState.errors[k]?.message;
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const result = await callAction(() => createSkp(values));
      if (!result.ok) {
        setMessage(result.fieldErrors ? null : (result.message ?? null));
        for (const [field, msgs] of Object.entries(result.fieldErrors ?? {})) {
          if (msgs?.[0]) setError(field as keyof SkpCreateInput, { message: msgs[0] });
        }
        return;
      }
      if (result.data.perluIntervensiBaru.length > 0) setSalinInfo(result.data.perluIntervensiBaru);
      router.push(`/skp/${result.data.id}`);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormField id="tahunSkp" label="Tahun" hint="Tahun yang dibuka admin dan belum seluruhnya memiliki SKP Anda.">
        <select id="tahunSkp" className={inputClass} aria-describedby="tahunSkp-hint" value={tahun} onChange={(e) => pilihTahun(Number(e.target.value))}>
          {pilihan.map((p) => (
            <option key={p.tahun} value={p.tahun}>{p.tahun}</option>
          ))}
        </select>
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="periodeAwal" label="Periode awal" error={err("periodeAwal")} required>
          <input type="date" className={inputClass} {...fieldAria("periodeAwal", err("periodeAwal"))} {...register("periodeAwal")} />
        </FormField>
        <FormField id="periodeAkhir" label="Periode akhir" error={err("periodeAkhir")} required>
          <input type="date" className={inputClass} {...fieldAria("periodeAkhir", err("periodeAkhir"))} {...register("periodeAkhir")} />
        </FormField>
      </div>
      <fieldset className="space-y-1" aria-describedby={err("pendekatan") ? "pendekatan-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Pendekatan</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="KUANTITATIF" {...register("pendekatan")} /> Kuantitatif (target berupa angka)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="KUALITATIF" {...register("pendekatan")} /> Kualitatif (target berupa uraian)
        </label>
        {err("pendekatan") ? <p id="pendekatan-error" className="text-sm text-red-700">{err("pendekatan")}</p> : null}
      </fieldset>
      {sebelumnya.length > 0 ? (
        <FormField
          id="salinDariSkpId"
          label="Salin RHK dari SKP sebelumnya"
          error={err("salinDariSkpId")}
          hint="RHK, indikator dan lampiran disalin agar Anda tinggal menyesuaikan."
        >
          <select className={inputClass} {...fieldAria("salinDariSkpId", err("salinDariSkpId"), true)} {...register("salinDariSkpId")}>
            <option value="">Tidak, mulai dari kosong</option>
            {sebelumnya.map((s) => (
              <option key={s.id} value={s.id}>{s.label}</option>
            ))}
          </select>
        </FormField>
      ) : null}
      <ActionMessage message={message} />
      {peringatan}
      {salinInfo ? (
        <p role="status" className="text-sm text-amber-900">
          {salinInfo.length} RHK perlu memilih ulang RHK atasan yang diintervensi.
        </p>
      ) : null}
      <button type="submit" className={`${buttonClass.primary} w-full`} disabled={pending}>
        {pending ? "Menyimpan…" : "Tambah Periode SKP"}
      </button>
    </form>
  );
}
