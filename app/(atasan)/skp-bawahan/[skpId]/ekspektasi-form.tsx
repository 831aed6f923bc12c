"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { FormProvider, useForm, useFormContext } from "react-hook-form";
import type { CoreValue } from "@/lib/generated/prisma/enums";
import { simpanEkspektasi } from "@/lib/server/actions/ekspektasi";
import { ekspektasiSchema } from "@/lib/schemas/ekspektasi";
import { callAction } from "@/lib/http/call-action";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, inputClass } from "@/components/skp/form-field";

const teksSchema = ekspektasiSchema.omit({ skpId: true, version: true });
type Values = Record<CoreValue, string>;

type Props = { skpId: string; version: number; ekspektasi: Partial<Record<CoreValue, string>>; children: ReactNode };

/**
 * One form around the Perilaku Kerja table: each value's cell holds an <EkspektasiField>, and a
 * single "Simpan Ekspektasi" saves all seven with one version check.
 */
export function EkspektasiForm({ skpId, version, ekspektasi, children }: Props) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const methods = useForm({
    resolver: zodResolver(teksSchema),
    defaultValues: {
      BERORIENTASI_PELAYANAN: ekspektasi.BERORIENTASI_PELAYANAN ?? "",
      AKUNTABEL: ekspektasi.AKUNTABEL ?? "",
      KOMPETEN: ekspektasi.KOMPETEN ?? "",
      HARMONIS: ekspektasi.HARMONIS ?? "",
      LOYAL: ekspektasi.LOYAL ?? "",
      ADAPTIF: ekspektasi.ADAPTIF ?? "",
      KOLABORATIF: ekspektasi.KOLABORATIF ?? "",
    },
  });

  const peringatan = usePeringatanBelumTersimpan(methods.formState.isDirty);

  const onSubmit = methods.handleSubmit(async (values) => {
    setFailure(null);
    setSaved(false);
    const result = await callAction(() => simpanEkspektasi({ skpId, version, ...values }));
    if (!result.ok) {
      for (const [field, errors] of Object.entries(result.fieldErrors ?? {})) {
        if (errors?.[0] && field in values) methods.setError(field as CoreValue, { message: errors[0] });
      }
      return setFailure(result.message ?? "Ekspektasi gagal disimpan.");
    }
    methods.reset(values);
    setSaved(true);
    router.refresh();
  });

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate aria-label="Ekspektasi khusus pimpinan">
        {children}
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="submit" disabled={methods.formState.isSubmitting} className={buttonClass.primary}>
            {methods.formState.isSubmitting ? "Menyimpan…" : "Simpan Ekspektasi"}
          </button>
          <p className="text-xs text-slate-600">Boleh dikosongkan. Mengosongkan isian menghapus ekspektasi nilai tersebut.</p>
        </div>
        {saved ? (
          <p role="status" className="mt-3 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            Ekspektasi khusus pimpinan disimpan.
          </p>
        ) : null}
        <div className="mt-3 empty:hidden">
          <ActionMessage message={failure} />
        </div>
        {peringatan}
      </form>
    </FormProvider>
  );
}

export function EkspektasiField({ coreValue, nama }: { coreValue: CoreValue; nama: string }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<Values>();
  const error = errors[coreValue]?.message;
  const id = `ekspektasi-${coreValue.toLowerCase()}`;
  return (
    <div>
      <label htmlFor={id} className="sr-only">Ekspektasi khusus untuk {nama}</label>
      <textarea rows={3} placeholder="Tidak ada ekspektasi khusus" className={inputClass} {...fieldAria(id, error)} {...register(coreValue)} />
      {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
