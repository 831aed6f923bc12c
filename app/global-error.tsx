"use client";

import "./globals.css";
import { ErrorPanel } from "@/components/error-panel";

/** Replaces the root layout when that fails, so it brings its own <html> and <body>. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900">
        <title>Terjadi kesalahan · e-Kinerja</title>
        <ErrorPanel title="Aplikasi sedang bermasalah" intro="Kami tidak dapat menampilkan halaman ini." error={error} retry={retry} />
      </body>
    </html>
  );
}
