import Link from "next/link";
import { SearchAsYouType } from "@/components/search-as-you-type";

/** A GET form that searches as you type; the result has its own URL and works without JavaScript. */
export function SearchForm({ q, total }: { q: string; total: number }) {
  return (
    <form role="search" action="/admin/pegawai" method="get" className="mb-4 flex flex-wrap items-start gap-2">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <SearchAsYouType
          id="cari-pegawai"
          label="Cari pegawai"
          q={q}
          placeholder="Nama atau NIP"
          ringkasan={q ? `${total} pegawai ditemukan.` : ""}
          labelClassName="text-sm font-medium text-slate-700"
          inputClassName="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400"
        />
      </div>
      {q ? (
        <Link href="/admin/pegawai" className="px-2 py-2 text-sm font-medium whitespace-nowrap text-slate-600 underline hover:text-slate-900 sm:mt-6">
          Hapus pencarian
        </Link>
      ) : null}
    </form>
  );
}
