"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useKonfirmasi } from "@/components/konfirmasi-dialog";

/**
 * The product's one guard against losing typed work (issue 13, point 5: warn, not autosave).
 * While `dirty`, a reload or closing the tab gets the browser's own warning, and a click on a
 * link inside the app (menu, back links) asks first in the product's dialog. The App Router
 * has no route-change event to veto, so the click is caught on `document` in the capture
 * phase, before Next's <Link> sees it; "Ya, tinggalkan halaman" replays the click.
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
      void tanya({
        judul: "Tinggalkan halaman ini?",
        pesan: "Perubahan yang belum disimpan akan hilang.",
        tombol: "Ya, tinggalkan halaman",
      }).then((ya) => {
        if (!ya) return;
        meninggalkan.current = true;
        link.click();
      });
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
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
