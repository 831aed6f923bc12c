import Link from "next/link";

/** A plain GET form: searching works without JavaScript and the result has its own URL. */
export function SearchForm({ q }: { q: string }) {
  return (
    <form role="search" action="/admin/pegawai" method="get" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="cari-pegawai" className="text-sm font-medium text-slate-700">
          Cari pegawai
        </label>
        <input
          id="cari-pegawai"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          placeholder="Nama atau NIP"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400"
        />
      </div>
      <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
        Cari
      </button>
      {q ? (
        <Link href="/admin/pegawai" className="px-2 py-2 text-sm font-medium text-slate-600 underline hover:text-slate-900">
          Hapus pencarian
        </Link>
      ) : null}
    </form>
  );
}
