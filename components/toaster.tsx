"use client";

import { Toaster as Sonner } from "sonner";

/**
 * The one place toasts appear (sonner), rendered once in the root layout. At the top, just
 * under the sticky top bar: at the bottom they would cover the sticky Simpan/Finalkan bar and
 * the buttons of a long form on a phone, exactly where the person is about to tap. Its region
 * is announced politely by screen readers and reached with Alt+T.
 */
export function Toaster() {
  return (
    <Sonner
      position="top-center"
      offset={{ top: "4.5rem" }}
      mobileOffset={{ top: "4rem", left: "0.75rem", right: "0.75rem" }}
      customAriaLabel="Pemberitahuan (Alt+T)"
      closeButton
      duration={6000}
      toastOptions={{ closeButtonAriaLabel: "Tutup pemberitahuan", classNames: { title: "text-sm", description: "text-sm text-slate-700" } }}
    />
  );
}
