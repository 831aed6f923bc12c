"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { PASSWORD_MIN } from "@/lib/domain/password";
import { callAction } from "@/lib/http/call-action";
import { gantiSandiSchemaFor } from "@/lib/schemas/auth";
import { gantiSandi } from "@/lib/server/actions/ganti-sandi";
import { AuthField, AuthForm, SubmitButton, tampilkanDiIsian } from "../auth-field";

const FIELDS = ["sandiLama", "password", "confirmPassword"] as const;

type Props = {
  nip: string;
  /** "wajib": the first sign-in after an admin reset, which goes on to Beranda once done. */
  mode: "wajib" | "profil";
};

/** Current password, new password twice; the same rules as every other password form. */
export function GantiSandiForm({ nip, mode }: Props) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [berhasil, setBerhasil] = useState<string | null>(null);
  const schema = useMemo(() => gantiSandiSchemaFor(nip), [nip]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(schema), defaultValues: { sandiLama: "", password: "", confirmPassword: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    setBerhasil(null);
    const result = await callAction(() => gantiSandi(values));
    if (result.ok) {
      if (mode === "wajib") {
        router.replace("/beranda");
        return;
      }
      reset();
      const lain = result.data.sesiLainDiakhiri;
      setBerhasil(`Kata sandi berhasil diganti.${lain > 0 ? ` ${lain} perangkat lain telah dikeluarkan.` : ""}`);
      return;
    }
    if (!tampilkanDiIsian(result.fieldErrors, FIELDS, setError)) setFailure(result.message ?? "Kata sandi gagal diganti. Silakan coba lagi.");
  });

  return (
    <AuthForm onSubmit={onSubmit} failure={failure}>
      {berhasil ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          {berhasil}
        </p>
      ) : null}
      <AuthField
        label={mode === "wajib" ? "Kata sandi sementara" : "Kata sandi saat ini"}
        type="password"
        autoComplete="current-password"
        autoFocus={mode === "wajib"}
        error={errors.sandiLama?.message}
        registration={register("sandiLama")}
      />
      <AuthField
        label="Kata sandi baru"
        type="password"
        autoComplete="new-password"
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
      <SubmitButton pending={isSubmitting} label="Simpan kata sandi baru" pendingLabel="Menyimpan…" />
    </AuthForm>
  );
}
