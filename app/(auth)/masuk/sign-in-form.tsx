"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signInSchema } from "@/lib/schemas/auth";
import { AuthField, AuthForm, NipField, SubmitButton } from "../auth-field";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  // Stays pending while the next page loads, so nobody submits twice.
  const [signedIn, setSignedIn] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(signInSchema), defaultValues: { nip: "", password: "" } });

  const onSubmit = handleSubmit(async ({ nip, password }) => {
    setFailure(null);
    const result = await signIn("credentials", { redirect: false, nip, password });
    if (!result?.ok) {
      setFailure(result?.error && result.error !== "CredentialsSignin" ? result.error : "Gagal masuk. Silakan coba lagi.");
      return;
    }
    setSignedIn(true);
    router.replace(callbackUrl);
    router.refresh();
  });

  return (
    <AuthForm onSubmit={onSubmit} failure={failure}>
      <NipField error={errors.nip?.message} registration={register("nip")} />
      <AuthField
        label="Kata sandi"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        registration={register("password")}
      />
      <SubmitButton pending={isSubmitting || signedIn} label="Masuk" pendingLabel="Memeriksa…" />
      <p className="text-center text-sm">
        <Link href="/lupa-password" className="text-blue-700 underline hover:text-blue-900">
          Lupa kata sandi?
        </Link>
      </p>
    </AuthForm>
  );
}
