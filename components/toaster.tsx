"use client";

import { Toaster as Sonner } from "sonner";

/**
 * The one place toasts appear (sonner), rendered once in the root layout. Bottom right, raised
 * above the sticky Simpan/Finalkan bar of long forms, so on a phone a toast covers neither
 * that bar nor the result at the top of the page that focus moves to (see hasil-aksi.tsx); at
 * the top it would sit right on that banner. Its region is announced politely by screen
 * readers and reached with Alt+T.
 */
export function Toaster() {
  return (
    <Sonner
      position="bottom-right"
      offset={{ bottom: "5.5rem", right: "1.5rem" }}
      mobileOffset={{ bottom: "5.5rem", left: "0.75rem", right: "0.75rem" }}
      customAriaLabel="Pemberitahuan (Alt+T)"
      closeButton
      duration={6000}
      toastOptions={{ closeButtonAriaLabel: "Tutup pemberitahuan", classNames: { title: "text-sm", description: "text-sm text-slate-700" } }}
    />
  );
}
