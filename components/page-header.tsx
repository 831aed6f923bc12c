import type { ReactNode } from "react";

type Props = { title: string; description?: ReactNode; actions?: ReactNode };

/**
 * The page's one h1. The actions sit beside the title while they fit and otherwise move below
 * it as one group; a button's own label never breaks over two lines.
 */
export function PageHeader({ title, description, actions }: Props) {
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-x-4 gap-y-3">
      <div className="min-w-0 grow basis-80">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2 *:whitespace-nowrap">{actions}</div> : null}
    </header>
  );
}
