"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { REAKSI_UMPAN_BALIK } from "@/lib/domain/penilaian-atasan";
import { LABEL_RATING } from "@/lib/domain/labels";
import type { Rating } from "@/lib/generated/prisma/enums";
import { inputClass } from "@/components/skp/form-field";
import { ReaksiLabel } from "@/components/reaksi-label";

const RATING_URUT: readonly Rating[] = ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"];

const chip =
  "inline-flex cursor-pointer items-center gap-1 rounded-full border border-slate-300 bg-white px-3 py-1 text-sm peer-checked:border-blue-700 peer-checked:bg-blue-50 peer-checked:text-blue-900 peer-focus-visible:ring-2 peer-focus-visible:ring-blue-600 peer-disabled:cursor-default peer-disabled:opacity-70";

type UmpanBalikProps = { id: string; judul: string; reaksi: UseFormRegisterReturn; teks: UseFormRegisterReturn; error?: string };

/** Quick reactions as a radio group (one or none) plus free text, for one RHK or core value. */
export function UmpanBalikField({ id, judul, reaksi, teks, error }: UmpanBalikProps) {
  return (
    <div className="space-y-2">
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">Umpan balik untuk {judul}</legend>
        <div className="flex flex-wrap gap-2">
          <label>
            <input type="radio" value="" className="peer sr-only" {...reaksi} />
            <span className={chip}>Tanpa reaksi</span>
          </label>
          {REAKSI_UMPAN_BALIK.map((r) => (
            <label key={r}>
              <input type="radio" value={r} className="peer sr-only" {...reaksi} />
              <ReaksiLabel reaksi={r} className={chip} />
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={id} className="sr-only">Tulisan umpan balik untuk {judul}</label>
      <textarea
        id={id}
        rows={2}
        placeholder="Tulis umpan balik (opsional)"
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...teks}
      />
      {error ? <p id={`${id}-error`} className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}

type RatingProps = { legend: string; register: UseFormRegisterReturn; error?: string; children?: React.ReactNode; disabled?: boolean };

/** The three ratings as large radio cards; `children` explains a locked rating. */
export function RatingGroup({ legend, register, error, children, disabled }: RatingProps) {
  const errorId = `${register.name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} disabled={disabled}>
      <legend className="mb-2 font-semibold text-slate-900">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {RATING_URUT.map((r) => (
          <label key={r} className="block">
            <input type="radio" value={r} className="peer sr-only" {...register} />
            <span className="block cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 peer-checked:border-blue-700 peer-checked:bg-blue-700 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-blue-600 peer-focus-visible:ring-offset-1 peer-disabled:cursor-default">
              {LABEL_RATING[r]}
            </span>
          </label>
        ))}
      </div>
      {children}
      {error ? <p id={errorId} className="mt-1 text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}
