import type { ReactNode } from "react";

export type InfoItem = { label: string; value: ReactNode };

type Props = { title: string; items: InfoItem[]; children?: ReactNode };

/** A titled card holding a definition list; `children` go below it (notes, links). */
export function InfoCard({ title, items, children }: Props) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-label={title}>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {items.length > 0 ? (
        <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[minmax(8rem,auto)_1fr] sm:gap-y-3">
          {items.map((item) => (
            <div key={item.label} className="contents">
              <dt className="text-sm text-slate-500">{item.label}</dt>
              <dd className="mb-3 text-sm font-medium text-slate-900 sm:mb-0">{item.value ?? "—"}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children ? <div className="mt-4">{children}</div> : null}
    </section>
  );
}
