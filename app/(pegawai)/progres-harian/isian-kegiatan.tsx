import type { UseFormRegisterReturn } from "react-hook-form";
import { fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import type { PilihanProgres } from "@/lib/server/queries/progres-harian";

// The fields an entry and a template share, so both forms label, wire and lay them out alike.

type Pasangan = {
  id: (name: string) => string;
  err: { kiri?: string; kanan?: string };
  kiri: UseFormRegisterReturn;
  kanan: UseFormRegisterReturn;
};

/** Jam mulai and jam selesai, side by side. */
export function IsianJam({ id, err, kiri, kanan }: Pasangan) {
  return (
    <div className="grid grid-cols-2 gap-3">
      <FormField id={id("jamMulai")} label="Jam mulai" error={err.kiri} required>
        <input type="time" className={inputClass} {...fieldAria(id("jamMulai"), err.kiri)} {...kiri} />
      </FormField>
      <FormField id={id("jamSelesai")} label="Jam selesai" error={err.kanan} required>
        <input type="time" className={inputClass} {...fieldAria(id("jamSelesai"), err.kanan)} {...kanan} />
      </FormField>
    </div>
  );
}

/** Realisasi (a whole number) and its satuan, side by side. */
export function IsianRealisasi({ id, err, kiri, kanan }: Pasangan) {
  return (
    <div className="grid grid-cols-2 gap-3">
      <FormField id={id("realisasi")} label="Realisasi" error={err.kiri} required>
        <input inputMode="numeric" className={inputClass} {...fieldAria(id("realisasi"), err.kiri)} {...kiri} />
      </FormField>
      <FormField id={id("satuan")} label="Satuan" error={err.kanan} required>
        <input className={inputClass} {...fieldAria(id("satuan"), err.kanan)} {...kanan} />
      </FormField>
    </div>
  );
}

/** This periode's rencana aksi as options, grouped by their RHK. */
export function OpsiRencanaAksi({ rhk }: { rhk: PilihanProgres["rhk"] }) {
  return rhk
    .filter((r) => r.rencanaAksi.length > 0)
    .map((r) => (
      <optgroup key={r.id} label={r.teks}>
        {r.rencanaAksi.map((a) => (
          <option key={a.id} value={a.id}>
            {a.teks}
          </option>
        ))}
      </optgroup>
    ));
}
