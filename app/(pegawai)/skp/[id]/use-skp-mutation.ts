"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { useSkpVersion } from "./skp-version-context";
import { callAction } from "@/lib/http/call-action";

type Result = { ok: true; data: { version?: number } } | { ok: false; message?: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Runs one SKP action with a pending state. On success the page data (and with it the SKP
 * version) is refreshed; on failure the message is kept for <ActionMessage> and field errors
 * go next to their fields.
 */
export function useSkpMutation<F extends FieldValues = FieldValues>(setError?: UseFormSetError<F>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const { version, saw } = useSkpVersion();

  /** `action` receives the version to send: the newest this page knows. */
  function run(action: (version: number) => Promise<Result>, onSuccess?: () => void) {
    startTransition(async () => {
      setMessage(null);
      const result = await callAction(() => action(version));
      if (result.ok) {
        if (result.data.version) saw(result.data.version);
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
