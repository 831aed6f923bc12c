import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Lupa kata sandi" };

export default function LupaPasswordPage() {
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Lupa kata sandi</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">
        Masukkan NIP Anda. Kami akan mengirim tautan untuk membuat kata sandi baru ke email yang tercatat di akun Anda.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6 text-center text-sm">
        <Link href="/masuk" className="text-blue-700 underline hover:text-blue-900">
          Kembali ke halaman masuk
        </Link>
      </p>
    </>
  );
}
