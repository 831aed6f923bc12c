import type { ReactNode } from "react";
import type { IkonStatus } from "@/lib/domain/labels";
import type { IkonReaksi } from "@/lib/domain/penilaian-atasan";

// 16 px line glyphs drawn inline: no icon package, no client JavaScript, and each one inherits the
// badge's text colour through currentColor. Drawn rather than typed as emoji, which render as
// empty boxes where no emoji font is installed.
const GARIS: Record<IkonStatus | IkonReaksi, ReactNode> = {
  pensil: <path d="M10.5 3l2.5 2.5L6 12.5H3.5V10z" />,
  jam: (
    <>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M8 4.75V8l2.25 1.5" />
    </>
  ),
  putar: (
    <>
      <path d="M13 8a5 5 0 1 1-1.5-3.55" />
      <path d="M13 2.75v2.5h-2.5" />
    </>
  ),
  centang: <path d="M3.5 8.5l3 3 6-7" />,
  kembali: <path d="M6 3.5L3 6.5l3 3M3 6.5h6.5a3.25 3.25 0 0 1 0 6.5H7" />,
  silang: <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />,
  seru: (
    <>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M8 5v3.5M8 10.75v.25" />
    </>
  ),
  kosong: <circle cx="8" cy="8" r="5.5" strokeDasharray="2.2 2" />,
  kunci: (
    <>
      <rect x="3.5" y="7" width="9" height="6.5" rx="1" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </>
  ),
  buka: (
    <>
      <rect x="3.5" y="7" width="9" height="6.5" rx="1" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 4.8-1" />
    </>
  ),
  jempol: (
    <>
      <path d="M2.5 7.5h2.25v6H2.5z" />
      <path d="M4.75 7.5L7.5 2.75c1.1 0 1.9.9 1.6 2L8.6 7h3.65a1.25 1.25 0 0 1 1.2 1.55l-1.05 4a1.25 1.25 0 0 1-1.2.95H4.75" />
    </>
  ),
  bintang: <path d="M8 2.25l1.75 3.6 3.95.55-2.85 2.8.7 3.95L8 11.3l-3.55 1.85.7-3.95L2.3 6.4l3.95-.55z" />,
  hati: <path d="M8 13.25S2.5 10 2.5 6.1A2.85 2.85 0 0 1 8 4.9a2.85 2.85 0 0 1 5.5 1.2c0 3.9-5.5 7.15-5.5 7.15z" />,
  petir: <path d="M9.25 1.75L3.75 9h4l-1 5.25L12.25 7h-4z" />,
};

/** The status (or reaction) glyph. Hidden from screen readers: the label beside it says the same. */
export function StatusIkon({ ikon, className = "h-3.5 w-3.5" }: { ikon: IkonStatus | IkonReaksi; className?: string }) {
  return (
    <svg
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-ikon={ikon}
      className={`shrink-0 ${className}`}
    >
      {GARIS[ikon]}
    </svg>
  );
}
