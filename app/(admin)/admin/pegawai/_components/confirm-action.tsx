"use client";

import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import type { ActionResult } from "@/lib/server/define-action";
import { useAdminAction } from "./use-admin-action";

type Props = {
  label: string;
  /** Read out to screen readers when the visible label alone is ambiguous ("Hapus" of what). */
  ariaLabel?: string;
  /** The consequence, stated in the confirmation dialog. */
  question: string;
  confirmLabel: string;
  tone?: "danger" | "small";
  action: () => Promise<ActionResult<unknown>>;
};

/** A button that asks once, in the product's confirmation dialog, before doing something hard to undo. */
export function ConfirmAction({ label, ariaLabel, question, confirmLabel, tone = "small", action }: Props) {
  const { pending, message, run } = useAdminAction();
  const { tanya, dialog } = useKonfirmasi();
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        className={buttonClass[tone]}
        aria-label={ariaLabel}
        disabled={pending}
        onClick={async () => {
          if (await tanya({ judul: `${ariaLabel ?? label}?`, pesan: question, tombol: confirmLabel })) run(action);
        }}
      >
        {pending ? "Memproses…" : label}
      </button>
      <ActionMessage message={message} />
      {dialog}
    </span>
  );
}
