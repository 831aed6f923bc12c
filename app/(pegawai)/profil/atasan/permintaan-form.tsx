"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { formatNip } from "@/lib/domain/nip";
import { permintaanAtasanSchema, type PermintaanAtasanInput } from "@/lib/schemas/profil";
import { ajukanPerubahanAtasan } from "@/lib/server/actions/permintaan-atasan";
import type { PegawaiRingkas } from "@/lib/server/queries/profil";
import { callAction } from "@/lib/http/call-action";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";

export function PermintaanForm({ calon }: { calon: PegawaiRingkas }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<PermintaanAtasanInput>({
    resolver: zodResolver(permintaanAtasanSchema),
    values: { atasanDiusulkanId: calon.id, alasan: "" },
  });
  const err = (k: keyof PermintaanAtasanInput) => formState.errors[k]?.message;
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const result = await callAction(() => ajukanPerubahanAtasan(values));
      if (!result.ok) {
        setMessage(result.message ?? null);
        for (const [field, msgs] of Object.entries(result.fieldErrors ?? {})) {
          if (msgs?.[0] && field === "alasan") setError("alasan", { message: msgs[0] });
        }
        return;
      }
      router.push("/profil");
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div>
        <h2 className="text-base font-semibold text-slate-900">Atasan yang diusulkan</h2>
        <p className="mt-2 text-sm font-medium text-slate-900">{calon.nama}</p>
        <p className="font-mono text-xs text-slate-500">{formatNip(calon.nip)}</p>
        <p className="text-sm text-slate-600">{calon.jabatan}{calon.unit ? ` · ${calon.unit}` : ""}</p>
      </div>
      <FormField id="alasan" label="Alasan" error={err("alasan")} required hint="Misalnya: saya pindah unit kerja sejak 1 Maret.">
        <textarea rows={4} className={inputClass} {...fieldAria("alasan", err("alasan"), true)} {...register("alasan")} />
      </FormField>
      <ActionMessage message={message} />
      {peringatan}
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Mengirim…" : "Ajukan ke admin instansi"}
      </button>
    </form>
  );
}
