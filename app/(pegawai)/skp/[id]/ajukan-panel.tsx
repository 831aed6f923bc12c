"use client";

import { umumkanHasil } from "@/components/hasil-aksi";
import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { ajukanSkp } from "@/lib/server/actions/skp";
import { useSkpMutation } from "./use-skp-mutation";

/** "Ajukan SKP" with the checklist of what still stops it, so nobody presses it blind. */
export function AjukanPanel({ skpId, masalah }: { skpId: string; masalah: string[] }) {
  const { pending, message, run } = useSkpMutation();
  const { tanya, dialog } = useKonfirmasi();
  return (
    <section aria-labelledby="ajukan-judul" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="ajukan-judul" className="font-semibold text-slate-900">Ajukan SKP</h2>
      {masalah.length > 0 ? (
        <>
          <p className="mt-1 text-sm text-slate-700">Sebelum diajukan, lengkapi dulu:</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-amber-900">
            {masalah.map((m) => <li key={m}>{m}</li>)}
          </ul>
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-700">SKP sudah lengkap. Setelah diajukan, SKP terkunci sampai atasan Anda memutuskan.</p>
      )}
      <div className="mt-3 space-y-2">
        <button type="button" className={buttonClass.primary} disabled={pending}
          onClick={async () => {
            const ya = await tanya({
              judul: "Ajukan SKP ke atasan?",
              pesan: "Setelah diajukan, SKP terkunci: Anda tidak dapat mengubahnya kecuali atasan mengembalikannya.",
              tombol: "Ya, ajukan",
              nada: "utama",
            });
            if (ya) run((version) => ajukanSkp({ skpId, version }), () => umumkanHasil("SKP diajukan ke atasan.", { fokusKe: "hasil-skp" }));
          }}>
          {pending ? "Mengajukan…" : "Ajukan SKP"}
        </button>
        <ActionMessage message={message} />
      </div>
      {dialog}
    </section>
  );
}
