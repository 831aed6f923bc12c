import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/notice";
import { formatNip } from "@/lib/domain/nip";
import { checkResetToken } from "@/lib/server/actions/password-reset";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in the address: never hand it to another site in a Referer header.
export const metadata: Metadata = { title: "Atur ulang kata sandi", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const status = await checkResetToken(token);

  if (!status.valid) {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold text-slate-900">Atur ulang kata sandi</h1>
        <Notice tone="warning" title="Tautan tidak dapat dipakai.">
          <p>{status.message}</p>
        </Notice>
        <p className="mt-6 text-center text-sm">
          <Link href="/lupa-password" className="text-blue-700 underline hover:text-blue-900">
            Minta tautan reset baru
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Atur ulang kata sandi</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">
        Buat kata sandi baru untuk {status.nama} (NIP <span className="font-mono">{formatNip(status.nip)}</span>).
      </p>
      <ResetPasswordForm token={token} nip={status.nip} />
    </>
  );
}
