"use client";

import { useState } from "react";
import { buttonClass } from "@/components/skp/form-field";
import { formatNip } from "@/lib/domain/nip";

/** The temporary password, shown only now: it is not stored anywhere in readable form. */
export function PasswordSekali({ nip, password }: { nip: string; password: string }) {
  const [disalin, setDisalin] = useState(false);
  return (
    <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950">
      <p className="font-semibold">Kata sandi sementara</p>
      <p className="mt-1">
        Serahkan kepada pegawai (NIP {formatNip(nip)}). Kata sandi ini hanya ditampilkan sekali, dan hanya berlaku untuk masuk
        sekali: pegawai langsung diminta membuat kata sandi sendiri.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code className="rounded bg-white px-3 py-1.5 font-mono text-base tracking-wider ring-1 ring-emerald-300" aria-label="Kata sandi sementara">
          {password}
        </code>
        <button
          type="button"
          className={buttonClass.small}
          onClick={() => navigator.clipboard?.writeText(password).then(() => setDisalin(true), () => setDisalin(false))}
        >
          {disalin ? "Tersalin" : "Salin"}
        </button>
      </div>
    </div>
  );
}
