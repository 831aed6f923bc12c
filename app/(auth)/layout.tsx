import type { ReactNode } from "react";

/** Pages for people who are not signed in: one centred card, no navigation. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <p className="text-3xl font-semibold tracking-tight text-blue-800">e-Kinerja</p>
          <p className="mt-1 text-sm text-slate-600">Sasaran Kinerja Pegawai dan penilaian kinerja ASN</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
      </div>
    </main>
  );
}
