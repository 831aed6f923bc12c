"use client";

import type { ReactNode } from "react";

type Props = { title: string; intro: string; error: unknown; retry: () => void; children?: ReactNode };

/**
 * What a user sees when a page fails unexpectedly: a short explanation, the digest to quote
 * to the admin (the server log holds the details) and a retry. Never the error message itself.
 */
export function ErrorPanel({ title, intro, error, retry, children }: Props) {
  const kode = digestOf(error);
  return (
    <main className="mx-auto max-w-lg px-6 py-16">
      <p className="text-sm font-semibold text-blue-800">e-Kinerja</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 text-slate-600">
        {intro} Coba lagi sebentar; bila masih gagal, hubungi admin instansi
        {kode ? " dan sebutkan kode kesalahan di bawah ini" : ""}.
      </p>
      {kode ? (
        <p className="mt-4 text-sm text-slate-700">
          Kode kesalahan: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{kode}</code>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          Coba lagi
        </button>
        {children}
      </div>
    </main>
  );
}

function digestOf(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return null;
}
