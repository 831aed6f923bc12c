"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { salinRencanaAksi } from "@/lib/server/actions/rencana-aksi";
import { usePelaksanaanMutation } from "../../use-pelaksanaan-mutation";

export function SalinRencanaAksiButton({ skpId, periodeId, dari }: { skpId: string; periodeId: string; dari: string }) {
  const { pending, message, run } = usePelaksanaanMutation();
  const [hasil, setHasil] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        className={buttonClass.secondary}
        disabled={pending}
        onClick={() =>
          run(async () => {
            setHasil(null);
            const result = await salinRencanaAksi({ skpId, periodeId });
            if (result.ok) {
              setHasil(
                result.data.disalin === 0
                  ? `Semua rencana aksi ${result.data.dari} sudah ada di periode ini.`
                  : `${result.data.disalin} rencana aksi disalin dari ${result.data.dari}.`,
              );
            }
            return result;
          })
        }
      >
        {pending ? "Menyalin…" : `Salin rencana aksi dari ${dari}`}
      </button>
      <p role="status" className="text-sm text-emerald-700">{hasil}</p>
      <ActionMessage message={message} />
    </div>
  );
}
