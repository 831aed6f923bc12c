"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { LABEL_JENIS_PERIODE } from "@/lib/domain/labels";
import { defaultBulanan, defaultTriwulan, periodeLabel } from "@/lib/domain/periode";
import { toIsoDate } from "@/lib/domain/tanggal";
import type { JenisPeriode } from "@/lib/generated/prisma/enums";
import { periodeFormSchema, type PeriodeFormInput } from "@/lib/schemas/admin-periode";
import { createPeriode, updatePeriode } from "@/lib/server/actions/admin-periode";
import { useAdminAction } from "../pegawai/_components/use-admin-action";

type Props = {
  tahun: number;
  target: { tahunId: string } | { periodeId: string };
  initial?: PeriodeFormInput;
  onDone: () => void;
};

const JUMLAH_URUTAN: Record<JenisPeriode, number> = { BULANAN: 12, TRIWULAN: 4, TAHUNAN: 1 };

/** Adding fills in the standard dates for the chosen periode; the admin adjusts them. */
export function PeriodeForm({ tahun, target, initial, onDone }: Props) {
  const { pending, message, run } = useAdminAction();
  const { register, control, handleSubmit, setError, setValue, formState } = useForm<PeriodeFormInput>({
    resolver: zodResolver(periodeFormSchema),
    defaultValues: initial ?? { jenis: "TRIWULAN", urutan: 1, ...standardDates(tahun, "TRIWULAN", 1) },
  });
  const err = (k: keyof PeriodeFormInput) => formState.errors[k]?.message;
  const jenis = useWatch({ control, name: "jenis" });
  const isBaru = "tahunId" in target;

  const isiTanggalStandar = (j: JenisPeriode, urutan: number) => {
    if (!isBaru) return;
    const dates = standardDates(tahun, j, urutan);
    setValue("awal", dates.awal);
    setValue("akhir", dates.akhir);
    setValue("batasPengisian", dates.batasPengisian);
  };

  const onSubmit = handleSubmit((values) =>
    run(() => ("tahunId" in target ? createPeriode({ ...target, ...values }) : updatePeriode({ ...target, ...values })), {
      setError,
      onSuccess: onDone,
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="jenis" label="Jenis periode" error={err("jenis")} required>
          <select
            className={inputClass}
            {...fieldAria("jenis", err("jenis"))}
            {...register("jenis", {
              onChange: (e) => {
                setValue("urutan", 1);
                isiTanggalStandar(e.target.value as JenisPeriode, 1);
              },
            })}
          >
            {(["BULANAN", "TRIWULAN", "TAHUNAN"] as const).map((j) => (
              <option key={j} value={j}>{LABEL_JENIS_PERIODE[j]}</option>
            ))}
          </select>
        </FormField>
        <FormField id="urutan" label="Periode" error={err("urutan")} required>
          <select
            className={inputClass}
            {...fieldAria("urutan", err("urutan"))}
            {...register("urutan", { valueAsNumber: true, onChange: (e) => isiTanggalStandar(jenis, Number(e.target.value)) })}
          >
            {Array.from({ length: JUMLAH_URUTAN[jenis] }, (_, i) => (
              <option key={i + 1} value={i + 1}>{periodeLabel(jenis, i + 1)}</option>
            ))}
          </select>
        </FormField>
        <FormField id="awal" label="Tanggal awal" error={err("awal")} required>
          <input type="date" className={inputClass} {...fieldAria("awal", err("awal"))} {...register("awal")} />
        </FormField>
        <FormField id="akhir" label="Tanggal akhir" error={err("akhir")} required>
          <input type="date" className={inputClass} {...fieldAria("akhir", err("akhir"))} {...register("akhir")} />
        </FormField>
        <FormField
          id="batasPengisian"
          label="Batas pengisian"
          error={err("batasPengisian")}
          hint="Hari terakhir pegawai mengisi realisasi dan bukti dukung, termasuk tanggal ini."
          required
        >
          <input type="date" className={inputClass} {...fieldAria("batasPengisian", err("batasPengisian"), true)} {...register("batasPengisian")} />
        </FormField>
      </div>
      <ActionMessage message={message} />
      <button type="submit" className={`${buttonClass.primary} w-full sm:w-auto`} disabled={pending}>
        {pending ? "Menyimpan…" : isBaru ? "Tambah periode" : "Simpan perubahan"}
      </button>
    </form>
  );
}

function standardDates(tahun: number, jenis: JenisPeriode, urutan: number) {
  const set = jenis === "BULANAN" ? defaultBulanan(tahun) : defaultTriwulan(tahun);
  const p = set.find((x) => x.jenis === jenis && x.urutan === urutan);
  if (!p) return { awal: "", akhir: "", batasPengisian: "" };
  return { awal: toIsoDate(p.awal), akhir: toIsoDate(p.akhir), batasPengisian: toIsoDate(p.batasPengisian) };
}
