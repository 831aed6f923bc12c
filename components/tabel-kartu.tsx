import type { ReactNode } from "react";

/**
 * A table that becomes a stack of cards below `lg` (phones, and tablets beside the sidebar). It
 * stays ONE semantic table at every width, restyled by CSS: below `lg` the header row is only
 * visually hidden, so a screen reader still hears each cell's column header, and each cell shows
 * its own <LabelKartu>, which is hidden from screen readers so they do not hear the label twice.
 * Chromium keeps table semantics under `display: block` (checked with Playwright's aria snapshot).
 */
export const tabelKartu = {
  table: "w-full border-collapse text-sm max-lg:block",
  thead: "max-lg:sr-only",
  tbody: "max-lg:block",
  /** A row that is one card of its own. */
  kartu: "max-lg:mb-3 max-lg:block max-lg:rounded-lg max-lg:border max-lg:border-slate-200 max-lg:bg-white max-lg:py-2",
  /** A row that continues the card above it (e.g. the second indikator of an RHK). */
  lanjutan: "max-lg:block",
  cell: "max-lg:block max-lg:px-3 max-lg:py-1",
  /** A row of numbers (monitoring): one card, its row header across the top, the numbers two by two. */
  kartuAngka: "max-lg:mb-3 max-lg:grid max-lg:grid-cols-2 max-lg:gap-x-4 max-lg:gap-y-2 max-lg:rounded-lg max-lg:border max-lg:border-slate-200 max-lg:p-3",
  /** The row header of a `kartuAngka` row; from lg up it stays put while the numbers scroll. */
  judulKartuAngka: "px-3 py-2 text-left max-lg:col-span-2 max-lg:bg-transparent max-lg:p-0 max-lg:font-medium lg:sticky lg:left-0",
  angka: "px-3 py-2 text-right tabular-nums max-lg:block max-lg:p-0 max-lg:text-left",
};

/** The column's name on a card; screen readers take it from the (visually hidden) header instead. */
export function LabelKartu({ children, inline = false }: { children: ReactNode; inline?: boolean }) {
  return (
    <span aria-hidden className={`${inline ? "mr-1.5 inline" : "block"} text-xs font-medium tracking-wide text-slate-600 uppercase lg:hidden`}>
      {children}
    </span>
  );
}

/**
 * A table wrapper that scrolls sideways when the table is wider than its room. Keyboard users can
 * focus it to scroll with the arrow keys (axe: scrollable-region-focusable); its name says what
 * scrolls.
 */
export function GeserRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
