"use client";

import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { keluarSemuaPerangkat } from "@/lib/server/actions/keamanan";

/** Two steps: the first click says what will happen, the second does it. */
export function KeluarSemuaButton() {
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  if (!confirming) {
    return (
      <button type="button" className={buttonClass.secondary} onClick={() => setConfirming(true)}>
        Keluar dari semua perangkat
      </button>
    );
  }
  return (
    <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      <p>
        Semua sesi Anda akan diakhiri, termasuk di perangkat ini. Anda perlu masuk kembali dengan NIP dan kata sandi di setiap
        perangkat.
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          className={buttonClass.primary}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await keluarSemuaPerangkat({ konfirmasi: true });
              if (!result.ok) {
                setMessage(result.message ?? null);
                return;
              }
              // This browser's session is already over on the server; drop its cookie too.
              await signOut({ callbackUrl: "/masuk" });
            })
          }
        >
          {pending ? "Mengakhiri sesi…" : "Ya, keluar dari semua perangkat"}
        </button>
        <button type="button" className={buttonClass.secondary} disabled={pending} onClick={() => setConfirming(false)}>
          Batal
        </button>
      </div>
      <ActionMessage message={message} />
    </div>
  );
}
