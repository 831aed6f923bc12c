"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, inputClass } from "@/components/skp/form-field";
import { tahunCreateSchema, type TahunCreateInput } from "@/lib/schemas/admin-periode";
import { createTahun } from "@/lib/server/actions/admin-periode";
import { useAdminAction } from "../pegawai/_components/use-admin-action";

export function TahunForm() {
  const { pending, message, run } = useAdminAction();
  const { register, handleSubmit, setError, reset, formState } = useForm<TahunCreateInput>({
    resolver: zodResolver(tahunCreateSchema),
    defaultValues: { tahun: new Date().getFullYear() + 1 },
  });
  const error = formState.errors.tahun?.message;
  const onSubmit = handleSubmit((values) => run(() => createTahun(values), { setError, onSuccess: () => reset() }));

  return (
    <form onSubmit={onSubmit} noValidate className="mb-6 flex flex-wrap items-start gap-2" aria-label="Tambah tahun">
      <div className="flex flex-col gap-1">
        <label htmlFor="tahun" className="text-sm font-medium text-slate-800">Tambah tahun</label>
        <input type="number" inputMode="numeric" className={`${inputClass} w-32`} {...fieldAria("tahun", error)} {...register("tahun", { valueAsNumber: true })} />
        {error ? <p id="tahun-error" className="text-sm text-red-700">{error}</p> : null}
      </div>
      <button type="submit" className={`${buttonClass.primary} mt-6`} disabled={pending}>
        {pending ? "Menyimpan…" : "Tambah tahun"}
      </button>
      <div className="basis-full"><ActionMessage message={message} /></div>
    </form>
  );
}
