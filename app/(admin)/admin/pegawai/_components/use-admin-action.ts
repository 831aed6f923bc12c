"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/server/define-action";
import { callAction } from "@/lib/http/call-action";

type RunOptions<T, F extends FieldValues> = {
  setError?: UseFormSetError<F>;
  onSuccess?: (data: T) => void;
};

/**
 * Runs an admin server action: field errors go next to their fields, any other failure to the
 * message shown above the buttons, and on success the page's server data is refreshed.
 */
export function useAdminAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function run<T, F extends FieldValues = FieldValues>(action: () => Promise<ActionResult<T>>, options: RunOptions<T, F> = {}) {
    startTransition(async () => {
      setMessage(null);
      const result = await callAction(action);
      if (!result.ok) {
        const fields = Object.entries(result.fieldErrors ?? {}).filter(([, msgs]) => msgs?.[0]);
        if (options.setError && fields.length > 0) {
          for (const [field, msgs] of fields) options.setError(field as Path<F>, { message: msgs?.[0] });
          if (result.message && !fields.some(([, msgs]) => msgs?.[0] === result.message)) setMessage(result.message);
        } else {
          const detail = fields.map(([, msgs]) => msgs?.[0]).join(" ");
          setMessage(detail || result.message || "Gagal menyimpan.");
        }
        return;
      }
      options.onSuccess?.(result.data);
      router.refresh();
    });
  }

  return { pending, message, setMessage, run };
}
