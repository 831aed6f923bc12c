import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Notice } from "@/components/notice";
import { safeCallbackPath } from "@/lib/domain/callback-url";
import { env } from "@/lib/env";
import { getActorTermasukWajibGantiSandi } from "@/lib/server/auth";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Masuk" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; reset?: string | string[] }> };

export default async function MasukPage({ searchParams }: Props) {
  const { callbackUrl, reset } = await searchParams;
  // Only pages inside this app: a link to /masuk must not be able to send people elsewhere.
  const target = safeCallbackPath(callbackUrl, env().APP_URL);
  const masuk = await getActorTermasukWajibGantiSandi();
  if (masuk) redirect(masuk.wajibGantiSandi ? "/ganti-sandi" : target);

  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Masuk</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">Gunakan NIP dan kata sandi akun e-Kinerja Anda.</p>
      {reset === "berhasil" ? (
        <div className="mb-4" role="status">
          <Notice title="Kata sandi berhasil diubah.">Silakan masuk dengan kata sandi baru Anda.</Notice>
        </div>
      ) : null}
      <SignInForm callbackUrl={target} />
    </>
  );
}
