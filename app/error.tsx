"use client";

import Link from "next/link";
import { ErrorPanel } from "@/components/error-panel";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPanel title="Terjadi kesalahan" intro="Halaman ini gagal dimuat. Data Anda tidak berubah." error={error} retry={retry}>
      <Link
        href="/beranda"
        className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        Ke Beranda
      </Link>
    </ErrorPanel>
  );
}
