"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { PASSWORD_MIN } from "@/lib/domain/password";
import { callAction } from "@/lib/http/call-action";
import { resetPasswordSchemaFor } from "@/lib/schemas/auth";
import { resetPassword } from "@/lib/server/actions/password-reset";
import { AuthField, AuthForm, SubmitButton, tampilkanDiIsian } from "../../auth-field";

const FIELDS = ["password", "confirmPassword"] as const;

export function ResetPasswordForm({ token, nip }: { token: string; nip: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const schema = useMemo(() => resetPasswordSchemaFor(nip), [nip]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(schema), defaultValues: { token, password: "", confirmPassword: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await callAction(() => resetPassword(values));
    if (result.ok) {
      setDone(true);
      router.push("/masuk?reset=berhasil");
      return;
    }
    if (!tampilkanDiIsian(result.fieldErrors, FIELDS, setError)) setFailure(result.message ?? "Kata sandi gagal diubah. Silakan coba lagi.");
  });

  return (
    <AuthForm onSubmit={onSubmit} failure={failure}>
      <AuthField
        label="Kata sandi baru"
        type="password"
        autoComplete="new-password"
        autoFocus
        hint={`Minimal ${PASSWORD_MIN} karakter, memuat huruf dan angka, dan tidak memuat NIP Anda.`}
        error={errors.password?.message}
        registration={register("password")}
      />
      <AuthField
        label="Ulangi kata sandi baru"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        registration={register("confirmPassword")}
      />
      <SubmitButton pending={isSubmitting || done} label="Simpan kata sandi baru" pendingLabel="Menyimpan…" />
    </AuthForm>
  );
}
