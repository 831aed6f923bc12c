"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { callAction } from "@/lib/http/call-action";
import { tandaiSemuaNotifikasiDibaca } from "@/lib/server/actions/notifikasi";

export function TandaiSemuaButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        className={buttonClass.secondary}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await callAction(() => tandaiSemuaNotifikasiDibaca());
            if (!result.ok) setMessage(result.message ?? null);
            else router.refresh();
          })
        }
      >
        {pending ? "Menandai…" : "Tandai semua dibaca"}
      </button>
      <ActionMessage message={message} />
    </div>
  );
}
