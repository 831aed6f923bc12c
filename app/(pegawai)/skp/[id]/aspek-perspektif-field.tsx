import type { UseFormRegisterReturn } from "react-hook-form";
import { fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { LABEL_ASPEK, LABEL_PERSPEKTIF } from "@/lib/domain/labels";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";

/** `register` is called only for the field the layout shows, so the other one is never registered. */
type Pilihan = { id: string; error: string | undefined; register: () => UseFormRegisterReturn };

/**
 * The indikator's Aspek (standar layout) or Perspektif (JPT layout) select; a kualitatif SKP has
 * neither. One field for the indikator dialog and the rows of the RHK form, so both ask the same.
 */
export function AspekPerspektifField({ layout, aspek, perspektif }: { layout: LayoutSkp; aspek: Pilihan; perspektif: Pilihan }) {
  if (layout === "STANDAR") return <Pilih label="Aspek" kosong="Pilih aspek" labels={LABEL_ASPEK} {...aspek} />;
  if (layout === "JPT") return <Pilih label="Perspektif" kosong="Pilih perspektif" labels={LABEL_PERSPEKTIF} {...perspektif} />;
  return null;
}

function Pilih({ label, kosong, labels, id, error, register }: Pilihan & { label: string; kosong: string; labels: Record<string, string> }) {
  return (
    <FormField id={id} label={label} error={error} required>
      <select className={inputClass} {...fieldAria(id, error)} {...register()}>
        <option value="">{kosong}</option>
        {Object.entries(labels).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </FormField>
  );
}
