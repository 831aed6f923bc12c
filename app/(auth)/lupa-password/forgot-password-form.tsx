"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Notice } from "@/components/notice";
import { callAction } from "@/lib/http/call-action";
import { forgotPasswordSchema } from "@/lib/schemas/auth";
import { requestPasswordReset } from "@/lib/server/actions/password-reset";
import { AuthForm, NipField, SubmitButton } from "../auth-field";

export function ForgotPasswordForm() {
  const [sent, setSent] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { nip: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await callAction(() => requestPasswordReset(values));
    if (result.ok) {
      setSent(result.data.message);
      return;
    }
    if (result.fieldErrors?.nip?.[0]) setError("nip", { message: result.fieldErrors.nip[0] });
    else setFailure(result.message ?? "Permintaan gagal. Silakan coba lagi.");
  });

  if (sent) {
    return (
      <div role="status">
        <Notice title="Permintaan diterima.">
          <p>{sent}</p>
          <p className="mt-2">Tidak menerima email? Periksa folder spam, atau hubungi admin kepegawaian bila email Anda belum tercatat.</p>
        </Notice>
      </div>
    );
  }

  return (
    <AuthForm onSubmit={onSubmit} failure={failure}>
      <NipField error={errors.nip?.message} registration={register("nip")} />
      <SubmitButton pending={isSubmitting} label="Kirim tautan reset" pendingLabel="Mengirim…" />
    </AuthForm>
  );
}
