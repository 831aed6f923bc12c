"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type Result = { ok: true } | { ok: false; message?: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Runs one SKP action with a pending state. On success the page data (and with it the SKP
 * version) is refreshed; on failure the message is kept for <ActionMessage> and field errors
 * go next to their fields.
 */
export function useSkpMutation<F extends FieldValues = FieldValues>(setError?: UseFormSetError<F>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function run(action: () => Promise<Result>, onSuccess?: () => void) {
    startTransition(async () => {
      setMessage(null);
      const result = await action();
      if (result.ok) {
        onSuccess?.();
        router.refresh();
        return;
      }
      const fields = Object.entries(result.fieldErrors ?? {}).flatMap(([f, m]) => (m?.[0] ? [[f, m[0]] as const] : []));
      if (setError) for (const [field, msg] of fields) setError(field as Path<F>, { message: msg });
      // Field messages sit next to their fields; anything else (stale version, a rule) is shown here.
      const shownAtField = setError && fields.some(([, msg]) => msg === result.message);
      const generic = fields.length > 0 && result.message === "Periksa kembali isian yang ditandai.";
      setMessage(shownAtField || (setError && generic) ? null : (result.message ?? "Gagal menyimpan."));
    });
  }

  return { pending, message, run };
}
