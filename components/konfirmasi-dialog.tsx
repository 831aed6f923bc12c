"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";

export type Konfirmasi = {
  judul: string;
  /** The consequence, in words the person would use: what changes, and what cannot be undone. */
  pesan: ReactNode;
  tombol: string;
  /** "bahaya" for deleting or ending something; "utama" for a final step such as Ajukan. */
  nada?: "bahaya" | "utama";
};

type Permintaan = Konfirmasi & { jawab: (ya: boolean) => void };

const TOMBOL_NADA = {
  bahaya: "bg-red-700 hover:bg-red-800",
  utama: "bg-blue-700 hover:bg-blue-800",
} as const;

/**
 * The product's one confirmation, in place of window.confirm: a native modal <dialog> (focus
 * stays inside, Escape answers "Batal") that states the consequence. `tanya` resolves to the
 * answer; render `dialog` once in the component that asks.
 */
export function useKonfirmasi(): { tanya: (k: Konfirmasi) => Promise<boolean>; dialog: ReactNode } {
  const ref = useRef<HTMLDialogElement>(null);
  const [permintaan, setPermintaan] = useState<Permintaan | null>(null);

  const tanya = useCallback((k: Konfirmasi) => new Promise<boolean>((jawab) => setPermintaan({ ...k, jawab })), []);

  useEffect(() => {
    const dialog = ref.current;
    if (permintaan && !dialog?.open) dialog?.showModal();
  }, [permintaan]);

  const selesai = (ya: boolean) => {
    permintaan?.jawab(ya);
    setPermintaan(null);
    if (ref.current?.open) ref.current.close();
  };

  const dialog = (
    <dialog
      ref={ref}
      onClose={() => permintaan && selesai(false)}
      aria-labelledby="konfirmasi-judul"
      aria-describedby="konfirmasi-pesan"
      className="m-auto w-[min(28rem,calc(100vw-1.5rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {permintaan ? (
        <div className="p-5">
          <h2 id="konfirmasi-judul" className="text-base font-semibold text-slate-900">
            {permintaan.judul}
          </h2>
          <div id="konfirmasi-pesan" className="mt-2 text-sm text-slate-700">
            {permintaan.pesan}
          </div>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <button
              type="button"
              onClick={() => selesai(false)}
              className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              Batal
            </button>
            <button
              type="button"
              autoFocus
              onClick={() => selesai(true)}
              className={`rounded-md px-4 py-2 text-sm font-semibold text-white ${TOMBOL_NADA[permintaan.nada ?? "bahaya"]}`}
            >
              {permintaan.tombol}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );

  return { tanya, dialog };
}
