import type { Metadata } from "next";
import { connection } from "next/server";
import { formatWaktuDi } from "@/lib/domain/zona-waktu";

export const metadata: Metadata = { title: "Status layanan" };

/**
 * A public page that says the app is serving pages, rendered afresh on every request. Being the
 * smallest dynamic page of the app, `npm run bench` measures it as the framework's ceiling.
 * Nobody is signed in here, so there is no instansi zone: the clock is the national capital's.
 */
export default async function StatusPage() {
  await connection();
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold text-blue-800">e-Kinerja</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Layanan berjalan</h1>
      <p className="mt-2 text-slate-600">Halaman ini dibuat pada {formatWaktuDi("WIB", new Date())}.</p>
    </main>
  );
}
