import Link from "next/link";

type Props = {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  /** Builds the link for a page, keeping the other querystring values (such as the search). */
  hrefFor: (page: number) => string;
};

/** Nothing when the list is empty: every list says so, and what to do, in its own empty state. */
export function Pagination({ page, pageCount, total, pageSize, hrefFor }: Props) {
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Halaman" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        Menampilkan {first}–{last} dari {total} · Halaman {page} dari {pageCount}
      </p>
      <div className="flex gap-2">
        <PageLink href={page > 1 ? hrefFor(page - 1) : null} label="‹ Sebelumnya" />
        <PageLink href={page < pageCount ? hrefFor(page + 1) : null} label="Berikutnya ›" />
      </div>
    </nav>
  );
}

function PageLink({ href, label }: { href: string | null; label: string }) {
  const base = "rounded-md border px-3 py-1.5 font-medium";
  if (!href) {
    return (
      <span aria-disabled="true" className={`${base} border-slate-200 text-slate-500`}>
        {label}
      </span>
    );
  }
  return (
    <Link href={href} className={`${base} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}>
      {label}
    </Link>
  );
}
