"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { kontakSchema, type KontakInput, type KontakOutput } from "@/lib/schemas/profil";
import { updateKontak } from "@/lib/server/actions/profil";
import { callAction } from "@/lib/http/call-action";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";

type Props = { email: string; noHp: string; version: number };

/** The only fields a pegawai edits directly; the version stops two tabs overwriting each other. */
export function KontakForm({ email, noHp, version }: Props) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState, reset, getValues } = useForm<KontakInput, unknown, KontakOutput>({
    resolver: zodResolver(kontakSchema),
    values: { email, noHp, version },
  });
  const err = (k: keyof KontakInput) => formState.errors[k]?.message;
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      setSaved(false);
      const result = await callAction(() => updateKontak(values));
      if (!result.ok) {
        setMessage(result.fieldErrors ? null : (result.message ?? null));
        for (const [field, msgs] of Object.entries(result.fieldErrors ?? {})) {
          if (msgs?.[0]) setError(field as keyof KontakInput, { message: msgs[0] });
        }
        return;
      }
      reset(getValues());
      setSaved(true);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormField id="email" label="Email" error={err("email")} hint="Tautan atur ulang kata sandi dikirim ke alamat ini.">
        <input type="email" autoComplete="email" className={inputClass} {...fieldAria("email", err("email"), true)} {...register("email")} />
      </FormField>
      <FormField id="noHp" label="Nomor HP" error={err("noHp")} hint="Nomor seluler Indonesia, misalnya 0812 3456 7890.">
        <input type="tel" autoComplete="tel" className={inputClass} {...fieldAria("noHp", err("noHp"), true)} {...register("noHp")} />
      </FormField>
      <ActionMessage message={message} />
      {peringatan}
      {saved ? <p role="status" className="text-sm text-emerald-800">Kontak tersimpan.</p> : null}
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan kontak"}
      </button>
    </form>
  );
}
