"use client";

import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { callAction } from "@/lib/http/call-action";
import { berhentiNotifikasi } from "@/lib/server/actions/berhenti-notifikasi";

export function BerhentiForm({ token, nama, label }: { token: string; nama: string; label: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [selesai, setSelesai] = useState(false);

  if (selesai) {
    return (
      <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        &quot;{label}&quot; tidak akan dikirim lagi ke email Anda. Notifikasinya tetap tampil di aplikasi.
      </p>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await callAction(() => berhentiNotifikasi({ token }));
          if (!result.ok) setMessage(result.message ?? null);
          else setSelesai(true);
        });
      }}
      className="space-y-4"
    >
      <p className="text-sm text-slate-700">
        {nama}, email untuk <strong>&quot;{label}&quot;</strong> akan dihentikan. Notifikasinya tetap tampil di lonceng dan halaman Notifikasi
        e-Kinerja.
      </p>
      <ActionMessage message={message} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Menyimpan…" : "Hentikan email ini"}
      </button>
    </form>
  );
}
