"use client";

import { useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";
import type { IndikatorBarisInput } from "@/lib/schemas/indikator";
import type { RhkFormInput } from "@/lib/schemas/rhk";
import { AspekPerspektifField } from "./aspek-perspektif-field";

const KOSONG: IndikatorBarisInput = { aspek: "", perspektif: "", teks: "", rentang: false, targetMin: "", targetMax: "", satuan: "", targetNarasi: "" };

/**
 * The rows a new RHK starts with. A kuantitatif RHK usually carries Kuantitas, Kualitas and
 * Waktu, so those three are laid out (with the usual satuan for the last two); JPT and
 * kualitatif start with one row. A row left empty is not saved.
 */
export function barisIndikatorAwal(layout: LayoutSkp): IndikatorBarisInput[] {
  if (layout !== "STANDAR") return [{ ...KOSONG }];
  return [
    { ...KOSONG, aspek: "KUANTITAS" },
    { ...KOSONG, aspek: "KUALITAS", satuan: "%" },
    { ...KOSONG, aspek: "WAKTU", satuan: "Bulan" },
  ];
}

export function barisIndikatorBaru(): IndikatorBarisInput {
  return { ...KOSONG };
}

type Props = {
  index: number;
  idPrefix: string;
  layout: LayoutSkp;
  register: UseFormRegister<RhkFormInput>;
  control: Control<RhkFormInput>;
  errors: FieldErrors<RhkFormInput>;
  onHapus: () => void;
};

/** One indikator written inside the RHK form: the same fields as the indikator dialog. */
export function IndikatorBaris({ index, idPrefix, layout, register, control, errors, onHapus }: Props) {
  const rentang = useWatch({ control, name: `indikator.${index}.rentang` });
  const rowErrors = errors.indikator?.[index];
  const err = (k: keyof IndikatorBarisInput) => rowErrors?.[k]?.message;
  const id = (k: string) => `${idPrefix}-ind-${index}-${k}`;
  const name = <K extends keyof IndikatorBarisInput>(k: K) => `indikator.${index}.${k}` as const;
  const judul = `Indikator ${index + 1}`;

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">{judul}</legend>
      <div className={layout === "KUALITATIF" ? "" : "grid gap-3 sm:grid-cols-[12rem_1fr]"}>
        <AspekPerspektifField
          layout={layout}
          aspek={{ id: id("aspek"), error: err("aspek"), register: () => register(name("aspek")) }}
          perspektif={{ id: id("perspektif"), error: err("perspektif"), register: () => register(name("perspektif")) }}
        />
        <FormField id={id("teks")} label={layout === "KUALITATIF" ? "Ukuran keberhasilan / IKI" : "Indikator Kinerja Individu"} error={err("teks")} required>
          <textarea rows={2} className={inputClass} {...fieldAria(id("teks"), err("teks"))} {...register(name("teks"))} />
        </FormField>
      </div>
      {layout === "KUALITATIF" ? (
        <FormField id={id("targetNarasi")} label="Target" error={err("targetNarasi")} required>
          <textarea rows={2} className={inputClass} {...fieldAria(id("targetNarasi"), err("targetNarasi"))} {...register(name("targetNarasi"))} />
        </FormField>
      ) : (
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <FormField id={id("targetMin")} label={rentang ? "Minimum" : "Angka target"} error={err("targetMin")} required>
            <input inputMode="decimal" className={inputClass} {...fieldAria(id("targetMin"), err("targetMin"))} {...register(name("targetMin"))} />
          </FormField>
          {rentang ? (
            <FormField id={id("targetMax")} label="Maksimum" error={err("targetMax")} required>
              <input inputMode="decimal" className={inputClass} {...fieldAria(id("targetMax"), err("targetMax"))} {...register(name("targetMax"))} />
            </FormField>
          ) : null}
          <FormField id={id("satuan")} label="Satuan" error={err("satuan")} required>
            <input className={inputClass} list="satuan-umum" {...fieldAria(id("satuan"), err("satuan"))} {...register(name("satuan"))} />
          </FormField>
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        {layout === "KUALITATIF" ? <span /> : (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...register(name("rentang"))} /> Target berupa rentang
          </label>
        )}
        <button type="button" className={buttonClass.danger} onClick={onHapus} aria-label={`Hapus baris ${judul}`}>Hapus baris</button>
      </div>
    </fieldset>
  );
}

/** Satuan suggestions for the rows above; rendered once per form. */
export function SatuanUmumDatalist() {
  return (
    <datalist id="satuan-umum">
      {["Dokumen", "Laporan", "%", "Bulan", "Kegiatan", "Orang", "Rupiah", "Hari"].map((s) => <option key={s} value={s} />)}
    </datalist>
  );
}
