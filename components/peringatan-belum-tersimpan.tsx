"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useKonfirmasi } from "@/components/konfirmasi-dialog";

/**
 * The product's one guard against losing typed work (issue 13, point 5: warn, not autosave).
 * While `dirty`, a reload or closing the tab gets the browser's own warning, and a click on a
 * link inside the app (menu, back links) asks first in the product's dialog. The App Router
 * has no route-change event to veto, so the click is caught on `document` in the capture
 * phase, before Next's <Link> sees it; "Ya, tinggalkan halaman" replays the click. The
 * browser's Back within the app is vetoed the same way through the Navigation API where the
 * browser has it (Chromium); elsewhere, and for Back out of the app, the browser's own warning.
 * Render the returned node once in the form. A save that succeeds must clear `dirty` (reset
 * the form to what was saved), or the guard would keep asking.
 */
export function usePeringatanBelumTersimpan(dirty: boolean): ReactNode {
  const { tanya, dialog } = useKonfirmasi();
  const meninggalkan = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    meninggalkan.current = false;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (meninggalkan.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    const onClick = (e: MouseEvent) => {
      if (meninggalkan.current || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || !pindahHalamanDiAplikasi(link)) return;
      // stopImmediatePropagation: with two dirty forms on a page, ask once.
      e.preventDefault();
      e.stopImmediatePropagation();
      tanyaLalu(() => link.click());
    };
    const onNavigate = (e: NavigateEvent) => {
      // Back/Forward between App Router pages stays in this document, so it can be held back
      // before Next sees a popstate; a traversal to another document cannot (beforeunload asks).
      if (meninggalkan.current || e.navigationType !== "traverse" || !e.cancelable || e.defaultPrevented) return;
      e.preventDefault();
      const tujuan = e.destination.key;
      tanyaLalu(() => navigasi?.traverseTo(tujuan));
    };
    const tanyaLalu = (tinggalkan: () => void) => {
      void tanya({
        judul: "Tinggalkan halaman ini?",
        pesan: "Perubahan yang belum disimpan akan hilang.",
        tombol: "Ya, tinggalkan halaman",
      }).then((ya) => {
        if (!ya) return;
        meninggalkan.current = true;
        tinggalkan();
      });
    };
    const navigasi = (window as { navigation?: NavigationApi }).navigation;
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    navigasi?.addEventListener("navigate", onNavigate);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
      navigasi?.removeEventListener("navigate", onNavigate);
    };
  }, [dirty, tanya]);

  return dialog;
}

/**
 * A link that replaces this page within the app. New tabs, downloads (PDF, XLSX) and jumps
 * inside the page (the skip link) lose nothing; other sites get the browser's own warning.
 */
function pindahHalamanDiAplikasi(link: HTMLAnchorElement): boolean {
  if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return false;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return false;
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

// The part of the Navigation API used here; TypeScript's DOM library does not describe it yet.
type NavigateEvent = Event & { navigationType: "push" | "replace" | "reload" | "traverse"; destination: { key: string } };
type NavigationApi = {
  addEventListener(type: "navigate", listener: (e: NavigateEvent) => void): void;
  removeEventListener(type: "navigate", listener: (e: NavigateEvent) => void): void;
  traverseTo(key: string): unknown;
};
