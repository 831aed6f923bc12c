"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, inputClass } from "@/components/skp/form-field";
import { LABEL_JENIS_LAMPIRAN } from "@/lib/domain/labels";
import type { JenisLampiran } from "@/lib/generated/prisma/enums";
import { lampiranFieldsSchema, type LampiranFieldsInput } from "@/lib/schemas/lampiran";
import { addLampiran, deleteLampiran } from "@/lib/server/actions/lampiran";
import { useSkpMutation } from "./use-skp-mutation";

type Ref = { skpId: string };

export function LampiranAddForm({ skp, jenis }: { skp: Ref; jenis: JenisLampiran }) {
  const { register, handleSubmit, setError, reset, formState } = useForm<LampiranFieldsInput>({
    resolver: zodResolver(lampiranFieldsSchema),
    defaultValues: { teks: "" },
  });
  const { pending, message, run } = useSkpMutation(setError);
  const id = `lampiran-${jenis.toLowerCase()}-teks`;
  const error = formState.errors.teks?.message;
  return (
    <form noValidate className="space-y-1" onSubmit={handleSubmit((v) => run((version) => addLampiran({ ...v, ...skp, version, jenis }), () => reset()))}>
      <label htmlFor={id} className="sr-only">Isian baru {LABEL_JENIS_LAMPIRAN[jenis]}</label>
      <div className="flex gap-2">
        <input className={inputClass} placeholder="Tambah isian…" {...fieldAria(id, error)} {...register("teks")} />
        <button type="submit" className={buttonClass.secondary} disabled={pending}>{pending ? "…" : "Tambah"}</button>
      </div>
      {error ? <p id={`${id}-error`} className="text-sm text-red-700">{error}</p> : null}
      <ActionMessage message={message} />
    </form>
  );
}

export function LampiranDeleteButton({ skp, item }: { skp: Ref; item: { id: string; teks: string } }) {
  const { pending, message, run } = useSkpMutation();
  return (
    <span className="shrink-0">
      <button type="button" className={buttonClass.danger} disabled={pending} aria-label={`Hapus lampiran ${item.teks}`}
        onClick={() => run((version) => deleteLampiran({ ...skp, version, lampiranId: item.id }))}>Hapus</button>
      <ActionMessage message={message} />
    </span>
  );
}
