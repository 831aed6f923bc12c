"use client";

import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { JENIS_NOTIFIKASI, LABEL_SALURAN } from "@/lib/domain/notifikasi";
import type { JenisNotifikasi, SaluranNotifikasi } from "@/lib/generated/prisma/enums";
import { callAction } from "@/lib/http/call-action";
import { simpanPreferensiNotifikasi } from "@/lib/server/actions/notifikasi";

type Props = { adaEmail: boolean; pilihan: Array<{ jenis: JenisNotifikasi; saluran: SaluranNotifikasi }> };

const SALURAN = Object.keys(LABEL_SALURAN) as SaluranNotifikasi[];

/** Profil › Notifikasi: per kind, in the app only, email at once, or the 07.00 digest. */
export function NotifikasiSection({ adaEmail, pilihan }: Props) {
  const [nilai, setNilai] = useState(() => new Map(pilihan.map((p) => [p.jenis, p.saluran])));
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const simpan = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      setMessage(null);
      setSaved(false);
      const result = await callAction(() => simpanPreferensiNotifikasi({ pilihan: [...nilai].map(([jenis, saluran]) => ({ jenis, saluran })) }));
      if (!result.ok) setMessage(result.message ?? null);
      else setSaved(true);
    });
  };

  return (
    <section aria-labelledby="notifikasi-judul" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="notifikasi-judul" className="text-base font-semibold text-slate-900">
        Notifikasi
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Semua notifikasi selalu tampil di lonceng dan halaman Notifikasi. Pilih mana yang juga dikirim ke email Anda.
      </p>
      {!adaEmail ? (
        <p role="note" className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Anda belum mencatat alamat email, jadi email dan ringkasan harian tidak dapat dikirim.{" "}
          <a href="#email" className="font-semibold underline">
            Isi email di Kontak
          </a>
          .
        </p>
      ) : null}
      <form onSubmit={simpan} className="mt-4 space-y-4">
        {pilihan.map(({ jenis }) => (
          <div key={jenis} className="border-t border-slate-100 pt-3 first:border-t-0 first:pt-0">
          <fieldset>
            <legend className="text-sm font-medium text-slate-900">{JENIS_NOTIFIKASI[jenis].label}</legend>
            <p className="text-xs text-slate-500">{JENIS_NOTIFIKASI[jenis].keterangan}</p>
            <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
              {SALURAN.map((s) => (
                <label key={s} className="inline-flex items-center gap-2 text-sm text-slate-800">
                  <input
                    type="radio"
                    name={`saluran-${jenis}`}
                    value={s}
                    checked={nilai.get(jenis) === s}
                    onChange={() => setNilai((m) => new Map(m).set(jenis, s))}
                    className="h-4 w-4"
                  />
                  {LABEL_SALURAN[s]}
                </label>
              ))}
            </div>
          </fieldset>
          </div>
        ))}
        <ActionMessage message={message} />
        {saved ? (
          <p role="status" className="text-sm text-emerald-800">
            Pilihan notifikasi tersimpan.
          </p>
        ) : null}
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Menyimpan…" : "Simpan pilihan notifikasi"}
        </button>
      </form>
    </section>
  );
}
