"use client";

import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { batalkanPermintaanAtasan } from "@/lib/server/actions/permintaan-atasan";
import { callAction } from "@/lib/http/call-action";

export function BatalPermintaanButton({ permintaanId }: { permintaanId: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="mt-2 space-y-2">
      <button
        type="button"
        className={buttonClass.small}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await callAction(() => batalkanPermintaanAtasan({ permintaanId }));
            setMessage(result.ok ? null : (result.message ?? null));
          })
        }
      >
        {pending ? "Membatalkan…" : "Batalkan permintaan"}
      </button>
      <ActionMessage message={message} />
    </div>
  );
}
