import type { ReactNode } from "react";

type Tone = "info" | "warning" | "danger";

const TONE_CLASS: Record<Tone, string> = {
  info: "border-blue-200 bg-blue-50 text-blue-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  danger: "border-red-200 bg-red-50 text-red-900",
};

type Props = { tone?: Tone; title: string; children?: ReactNode };

/** A callout that explains a situation and who can resolve it. */
export function Notice({ tone = "info", title, children }: Props) {
  return (
    <div className={`rounded-md border px-4 py-3 text-sm ${TONE_CLASS[tone]}`}>
      <p className="font-semibold">{title}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
