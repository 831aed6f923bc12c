"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useDebounced } from "./use-debounced";

type Props = {
  id: string;
  label: string;
  /** The search in the URL now, as the server rendered it. */
  q: string;
  placeholder?: string;
  /** What the server found for `q`, announced once the list has been replaced ("3 pegawai ditemukan"). */
  ringkasan: string;
  labelClassName?: string;
  inputClassName?: string;
};

/**
 * The search box of a GET form that searches as you type: once typing pauses, the page's URL
 * gets the new `q` (the first page again), so the server does the search and the result keeps
 * its own address. Without JavaScript, Enter still submits the form around it.
 */
export function SearchAsYouType({ id, label, q, placeholder, ringkasan, labelClassName, inputClassName }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [ketikan, setKetikan] = useState(q);
  const cari = useDebounced(ketikan.trim());
  const [pending, startTransition] = useTransition();
  const terakhir = useRef(q);

  useEffect(() => {
    if (cari === terakhir.current) return;
    terakhir.current = cari;
    const next = new URLSearchParams(params.toString());
    if (cari) next.set("q", cari);
    else next.delete("q");
    next.delete("page");
    const query = next.toString();
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  }, [cari, params, pathname, router]);

  const menunggu = pending || ketikan.trim() !== cari;
  return (
    <>
      <label htmlFor={id} className={labelClassName}>{label}</label>
      <input
        id={id}
        name="q"
        type="search"
        value={ketikan}
        maxLength={100}
        autoComplete="off"
        placeholder={placeholder}
        aria-describedby={`${id}-status`}
        aria-busy={menunggu || undefined}
        onChange={(e) => setKetikan(e.target.value)}
        className={inputClassName}
      />
      <p id={`${id}-status`} role="status" className="text-xs text-slate-600">
        {menunggu ? "Mencari…" : ringkasan}
      </p>
    </>
  );
}
