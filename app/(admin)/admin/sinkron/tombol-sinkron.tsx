"use client";

import { useState, useTransition } from "react";
import { lanjutkanSinkron, mulaiSinkron } from "@/lib/server/actions/sinkron-massal";
import type { JenisJob } from "@/lib/server/siasn/sinkron-massal/job";
import { callAction } from "@/lib/http/call-action";

function useAksi() {
  const [pesan, setPesan] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const jalankan = (aksi: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const result = await callAction(() => aksi());
      setPesan(result.ok ? null : (result.message ?? "Sinkron tidak dapat dimulai."));
    });
  return { pesan, pending, jalankan };
}

export function TombolMulai({ jenis, nonaktif }: { jenis: JenisJob; nonaktif: boolean }) {
  const { pesan, pending, jalankan } = useAksi();
  return (
    <div className="mt-4">
      <button
        type="button"
        disabled={nonaktif || pending}
        onClick={() => jalankan(() => mulaiSinkron({ jenis }))}
        className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        {pending ? "Memulai…" : "Mulai sinkron"}
      </button>
      {pesan ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {pesan}
        </p>
      ) : null}
    </div>
  );
}

export function TombolLanjutkan({ jobId }: { jobId: string }) {
  const { pesan, pending, jalankan } = useAksi();
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() => jalankan(() => lanjutkanSinkron({ jobId }))}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? "Melanjutkan…" : "Lanjutkan"}
      </button>
      {pesan ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {pesan}
        </p>
      ) : null}
    </div>
  );
}
