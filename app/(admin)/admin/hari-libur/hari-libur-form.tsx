"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { LABEL_JENIS_HARI_LIBUR } from "@/lib/domain/labels";
import { hariLiburCreateSchema, type HariLiburCreateInput } from "@/lib/schemas/hari-libur";
import { createHariLibur } from "@/lib/server/actions/hari-libur";
import { useAdminAction } from "../pegawai/_components/use-admin-action";

export function HariLiburForm({ tahun }: { tahun: number }) {
  const { pending, message, run } = useAdminAction();
  const { register, handleSubmit, setError, reset, formState } = useForm<HariLiburCreateInput>({
    resolver: zodResolver(hariLiburCreateSchema),
    defaultValues: { tanggal: "", nama: "", jenis: "CUTI_BERSAMA" },
  });
  const err = (k: keyof HariLiburCreateInput) => formState.errors[k]?.message;
  const onSubmit = handleSubmit((values) => run(() => createHariLibur(values), { setError, onSuccess: () => reset() }));

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 lg:grid-cols-[10rem_1fr_12rem_auto] lg:items-start" aria-label="Tambah hari libur">
      <FormField id="tanggal" label="Tanggal" error={err("tanggal")} required>
        <input type="date" min={`${tahun - 1}-01-01`} className={inputClass} {...fieldAria("tanggal", err("tanggal"))} {...register("tanggal")} />
      </FormField>
      <FormField id="nama" label="Nama" error={err("nama")} required>
        <input className={inputClass} placeholder="Cuti bersama Idul Fitri" {...fieldAria("nama", err("nama"))} {...register("nama")} />
      </FormField>
      <FormField id="jenis" label="Jenis" error={err("jenis")} required>
        <select className={inputClass} {...fieldAria("jenis", err("jenis"))} {...register("jenis")}>
          {Object.entries(LABEL_JENIS_HARI_LIBUR).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </FormField>
      <button type="submit" className={`${buttonClass.primary} lg:mt-6`} disabled={pending}>
        {pending ? "Menyimpan…" : "Tambah"}
      </button>
      <div className="lg:col-span-4"><ActionMessage message={message} /></div>
    </form>
  );
}
