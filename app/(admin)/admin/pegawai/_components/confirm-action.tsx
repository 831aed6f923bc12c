"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import type { ActionResult } from "@/lib/server/define-action";
import { useAdminAction } from "./use-admin-action";

type Props = {
  label: string;
  /** Read out to screen readers when the visible label alone is ambiguous ("Hapus" of what). */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  tone?: "danger" | "small";
  action: () => Promise<ActionResult<unknown>>;
};

/** A button that asks once, inline, before doing something hard to undo. */
export function ConfirmAction({ label, ariaLabel, question, confirmLabel, tone = "small", action }: Props) {
  const [asking, setAsking] = useState(false);
  const { pending, message, run } = useAdminAction();
  if (!asking) {
    return (
      <span className="inline-flex flex-col gap-1">
        <button type="button" className={buttonClass[tone]} aria-label={ariaLabel} onClick={() => setAsking(true)}>
          {label}
        </button>
        <ActionMessage message={message} />
      </span>
    );
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-1.5 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-950">
      <span>{question}</span>
      <button
        type="button"
        autoFocus
        disabled={pending}
        className={buttonClass.danger}
        onClick={() => run(action, { onSuccess: () => setAsking(false) })}
      >
        {pending ? "Memproses…" : confirmLabel}
      </button>
      <button type="button" className={buttonClass.small} onClick={() => setAsking(false)}>
        Batal
      </button>
      {message ? <span className="basis-full"><ActionMessage message={message} /></span> : null}
    </span>
  );
}
