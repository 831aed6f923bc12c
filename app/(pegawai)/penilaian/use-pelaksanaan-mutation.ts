"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { callAction } from "@/lib/http/call-action";

type Result = { ok: true } | { ok: false; message?: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Runs one pelaksanaan action: pending while it runs, `saved` after it succeeded (until the
 * next run), the page data refreshed, field errors placed next to their fields and any other
 * message kept for <ActionMessage>. `refresh: false` for an action whose answer the caller puts
 * on the page itself (onSuccess gets it), so the page is not rendered again for one change.
 */
export function usePelaksanaanMutation<F extends FieldValues = FieldValues>(setError?: UseFormSetError<F>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  function run<R extends Result>(action: () => Promise<R>, onSuccess?: (result: Extract<R, { ok: true }>) => void, { refresh = true } = {}) {
    startTransition(async () => {
      setMessage(null);
      setSaved(false);
      const result = await callAction(action);
      if (result.ok) {
        setSaved(true);
        onSuccess?.(result as Extract<R, { ok: true }>);
        if (refresh) router.refresh();
        return;
      }
      const fields = Object.entries(result.fieldErrors ?? {}).flatMap(([f, m]) => (m?.[0] ? [[f, m[0]] as const] : []));
      if (setError) for (const [field, msg] of fields) setError(field as Path<F>, { message: msg });
      // A message already shown at its field is not repeated above the buttons.
      const shownAtField = setError && fields.length > 0 && (fields.some(([, m]) => m === result.message) || result.message === "Periksa kembali isian yang ditandai.");
      setMessage(shownAtField ? null : (result.message ?? "Gagal menyimpan."));
    });
  }

  return { pending, message, saved, run, clearSaved: () => setSaved(false) };
}
