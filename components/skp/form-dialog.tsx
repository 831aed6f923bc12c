"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

type Props = {
  title: string;
  triggerLabel: ReactNode;
  triggerClassName: string;
  triggerAriaLabel?: string;
  children: (close: () => void) => ReactNode;
};

/**
 * A native <dialog>: Escape closes it, focus stays inside, and it works on phones. The form
 * mounts only while open so each opening starts from the saved values.
 */
export function FormDialog({ title, triggerLabel, triggerClassName, triggerAriaLabel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element, the × button; the person came to type.
      pertamaDiisi(dialog)?.focus();
    }
    if (!open && dialog?.open) dialog.close();
  }, [open]);
  return (
    <>
      <button
        type="button"
        className={triggerClassName}
        aria-label={triggerAriaLabel}
        onClick={() => setOpen(true)}
      >
        {triggerLabel}
      </button>
      <dialog
        ref={ref}
        onClose={() => setOpen(false)}
        aria-label={title}
        className="m-auto w-[min(40rem,calc(100vw-1.5rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
          <h2 className="font-semibold text-slate-900">{title}</h2>
          <button type="button" onClick={close} className="rounded px-2 text-xl leading-none text-slate-500" aria-label="Tutup">
            ×
          </button>
        </div>
        <div data-isi-dialog className="max-h-[75vh] overflow-y-auto px-4 py-4">{open ? children(close) : null}</div>
      </dialog>
    </>
  );
}

/** The form's first field; in a radio group, the checked option (where arrow keys start). */
function pertamaDiisi(dialog: HTMLDialogElement): HTMLElement | null {
  const first = dialog.querySelector<HTMLInputElement>(
    "[data-isi-dialog] :is(input:not([type=hidden]), select, textarea):not([disabled])",
  );
  if (first?.type === "radio" && first.name) {
    return dialog.querySelector<HTMLInputElement>(`input[type=radio][name="${CSS.escape(first.name)}"]:checked`) ?? first;
  }
  return first;
}
