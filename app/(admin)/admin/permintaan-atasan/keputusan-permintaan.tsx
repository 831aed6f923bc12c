"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { permintaanTolakSchema, type PermintaanTolakInput } from "@/lib/schemas/admin-permintaan-atasan";
import { setujuiPermintaanAtasan, tolakPermintaanAtasan } from "@/lib/server/actions/admin-permintaan-atasan";
import { useAdminAction } from "../pegawai/_components/use-admin-action";

export function KeputusanPermintaan({ permintaanId, pemohon }: { permintaanId: string; pemohon: string }) {
  const { pending, message, run } = useAdminAction();
  const [menolak, setMenolak] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<PermintaanTolakInput>({
    resolver: zodResolver(permintaanTolakSchema),
    defaultValues: { permintaanId, catatan: "" },
  });
  const fieldId = `catatan-${permintaanId}`;
  const error = formState.errors.catatan?.message;
  const onTolak = handleSubmit((values) => run(() => tolakPermintaanAtasan(values), { setError }));

  return (
    <div className="mt-3 space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass.primary}
          disabled={pending}
          aria-label={`Setujui permintaan ${pemohon}`}
          onClick={() => run(() => setujuiPermintaanAtasan({ permintaanId }))}
        >
          Setujui
        </button>
        {!menolak ? (
          <button type="button" className={buttonClass.secondary} aria-label={`Tolak permintaan ${pemohon}`} onClick={() => setMenolak(true)}>
            Tolak…
          </button>
        ) : null}
      </div>
      {menolak ? (
        <form onSubmit={onTolak} noValidate className="space-y-2">
          <FormField id={fieldId} label="Alasan penolakan" error={error} hint="Disimpan bersama keputusan agar pegawai tahu alasannya." required>
            <textarea rows={2} className={inputClass} {...fieldAria(fieldId, error, true)} {...register("catatan")} />
          </FormField>
          <div className="flex gap-2">
            <button type="submit" className={buttonClass.secondary} disabled={pending}>Tolak permintaan</button>
            <button type="button" className={buttonClass.small} onClick={() => setMenolak(false)}>Batal</button>
          </div>
        </form>
      ) : null}
      <ActionMessage message={message} />
    </div>
  );
}
