"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";
import { umumkanHasil } from "@/components/hasil-aksi";
import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { StatusIkon } from "@/components/status-ikon";
import { angkaKreditPeriodik } from "@/lib/domain/angka-kredit";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import { checkKurva } from "@/lib/domain/kurva";
import { LABEL_JENJANG_FUNGSIONAL, LABEL_PREDIKAT } from "@/lib/domain/labels";
import { hitungDistribusi } from "@/lib/domain/penilaian-atasan";
import { pesanKonfirmasiFinalkan } from "@/lib/domain/penilaian-final";
import { predikatKinerja } from "@/lib/domain/predikat";
import type { CapaianOrganisasi, JenjangFungsional, ModeKurva, Predikat } from "@/lib/generated/prisma/enums";
import { finalkanPenilaian, simpanPenilaian } from "@/lib/server/actions/penilaian-atasan";
import { penilaianAtasanSchema, type PenilaianAtasanInput } from "@/lib/schemas/penilaian-atasan";
import type { PenilaianBawahanRhk } from "@/lib/server/queries/penilaian-bawahan-detail";
import { callAction } from "@/lib/http/call-action";
import { KurvaChart } from "../../kurva-chart";
import { RhkRealisasi } from "./rhk-realisasi";
import { RatingGroup, UmpanBalikField } from "./rating-fields";

type Props = {
  defaults: PenilaianAtasanInput;
  readOnly: boolean;
  rhk: PenilaianBawahanRhk[];
  ekspektasi: Partial<Record<string, string>>;
  /** Set for a unit head: their Rating Hasil Kerja follows their unit's capaian. */
  hasilTerkunci: string | null;
  kurva: { unitNama: string; capaian: CapaianOrganisasi | null; modeKurva: ModeKurva; predikatLain: Predikat[] } | null;
  angkaKredit: { jenjang: JenjangFungsional; bulan: number } | null;
  /** Why Finalkan waits (the periode is not over), shown next to the disabled button. */
  belumDapatDifinalkan: string | null;
  footer?: ReactNode;
};

/** Umpan balik, both ratings and the live predikat; Simpan keeps a draft, Finalkan locks it. */
export function RatingForm({ defaults, readOnly, rhk, ekspektasi, hasilTerkunci, kurva, angkaKredit, belumDapatDifinalkan, footer }: Props) {
  const router = useRouter();
  const { tanya, dialog } = useKonfirmasi();
  const [version, setVersion] = useState(defaults.version);
  const [failure, setFailure] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [konfirmasi, setKonfirmasi] = useState(false);
  const [perluKonfirmasi, setPerluKonfirmasi] = useState(false);
  const [pending, setPending] = useState<"simpan" | "finalkan" | null>(null);
  const { register, handleSubmit, setError, control, reset, getValues, formState: { errors, isDirty } } = useForm<PenilaianAtasanInput>({
    resolver: zodResolver(penilaianAtasanSchema),
    defaultValues: defaults,
  });
  const peringatan = usePeringatanBelumTersimpan(isDirty);
  const [ratingHasil, ratingPerilaku] = useWatch({ control, name: ["ratingHasil", "ratingPerilaku"] });
  const predikat = ratingHasil && ratingPerilaku ? predikatKinerja(ratingHasil, ratingPerilaku) : null;
  const counts = hitungDistribusi([...(kurva?.predikatLain ?? []), ...(predikat ? [predikat] : [])]);
  const melanggar = Boolean(kurva?.capaian && predikat && !checkKurva(kurva.capaian, counts).ok);

  const kirim = (aksi: "simpan" | "finalkan") =>
    handleSubmit(async (values) => {
      if (aksi === "finalkan" && !(await tanyaFinalkan())) return;
      setPending(aksi);
      setFailure(null);
      setSuccess(null);
      // The refreshed page can know a newer version than this form's last answer (after Buka kembali).
      const input = { ...values, version: Math.max(version, defaults.version) };
      const result = aksi === "simpan" ? await callAction(() => simpanPenilaian(input)) : await callAction(() => finalkanPenilaian({ ...input, konfirmasiKurva: konfirmasi }));
      setPending(null);
      if (!result.ok) {
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
          if (field === "konfirmasiKurva") setPerluKonfirmasi(true);
          else if (messages?.[0]) setError(field as keyof PenilaianAtasanInput, { message: messages[0] });
        }
        return setFailure(result.message ?? "Penilaian gagal disimpan.");
      }
      reset(getValues());
      setVersion(result.data.version);
      // After Finalkan the page turns read-only and its banner at the top says so: focus goes there.
      if (aksi === "simpan") setSuccess("Penilaian disimpan sebagai draft.");
      else umumkanHasil("Penilaian difinalkan. Pegawai kini dapat melihat umpan balik dan predikatnya.", { fokusKe: "hasil-penilaian" });
      router.refresh();
    });

  const tanyaFinalkan = () =>
    tanya({
      judul: "Finalkan penilaian ini?",
      pesan: pesanKonfirmasiFinalkan(rhk.flatMap((r) => r.indikator.map((i) => ({ terisi: i.realisasi !== null })))),
      tombol: "Ya, finalkan",
      nada: "utama",
    });

  return (
    <form onSubmit={kirim("simpan")} noValidate className="space-y-8 lg:[&_:is(input,textarea,select,button)]:scroll-mb-36">
      <fieldset disabled={readOnly || pending !== null} className="min-w-0 space-y-8">
        <section aria-labelledby="hasil-kerja">
          <h2 id="hasil-kerja" className="mb-3 text-lg font-semibold text-slate-900">Hasil Kerja</h2>
          <ol className="space-y-4">
            {rhk.map((r, index) => (
              <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="mb-3 font-medium text-slate-900">
                  <span className="text-slate-500">{r.jenis === "UTAMA" ? "Utama" : "Tambahan"} {index + 1}. </span>
                  {r.teks}
                </p>
                <RhkRealisasi rhk={r} />
                {r.umpanBalikTim ? (
                  <div className="mt-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-slate-900">
                    <p className="font-medium">Umpan balik ketua {r.umpanBalikTim.tim ?? "tim kerja"} ({r.umpanBalikTim.ketua})</p>
                    <p className="whitespace-pre-line">{r.umpanBalikTim.teks}</p>
                  </div>
                ) : null}
                <div className="mt-4 border-t border-slate-100 pt-3">
                  <input type="hidden" {...register(`umpanBalikRhk.${index}.rhkId`)} />
                  <UmpanBalikField
                    id={`umpan-rhk-${index}`}
                    judul={`RHK ${index + 1}`}
                    reaksi={register(`umpanBalikRhk.${index}.reaksi`)}
                    teks={register(`umpanBalikRhk.${index}.teks`)}
                    error={errors.umpanBalikRhk?.[index]?.teks?.message}
                  />
                </div>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="perilaku-kerja">
          <h2 id="perilaku-kerja" className="mb-3 text-lg font-semibold text-slate-900">Perilaku Kerja</h2>
          <ol className="grid gap-4 lg:grid-cols-2">
            {BERAKHLAK.map((v, index) => (
              <li key={v.coreValue} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-medium text-slate-900">{v.nama}</p>
                <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                  {v.panduan.map((p) => <li key={p}>{p}</li>)}
                </ul>
                {ekspektasi[v.coreValue] ? (
                  <p className="mt-2 text-sm text-slate-700"><span className="font-medium">Ekspektasi khusus:</span> {ekspektasi[v.coreValue]}</p>
                ) : null}
                <div className="mt-3">
                  <input type="hidden" {...register(`umpanBalikPerilaku.${index}.coreValue`)} />
                  <UmpanBalikField
                    id={`umpan-perilaku-${index}`}
                    judul={v.nama}
                    reaksi={register(`umpanBalikPerilaku.${index}.reaksi`)}
                    teks={register(`umpanBalikPerilaku.${index}.teks`)}
                    error={errors.umpanBalikPerilaku?.[index]?.teks?.message}
                  />
                </div>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="rating-judul" className="space-y-5 rounded-lg border border-blue-200 bg-blue-50/60 p-4">
          <h2 id="rating-judul" className="text-lg font-semibold text-slate-900">Rating dan predikat</h2>
          <RatingGroup legend="Rating Hasil Kerja" register={register("ratingHasil")} error={errors.ratingHasil?.message} disabled={hasilTerkunci !== null}>
            {hasilTerkunci ? (
              <p className="mt-2 flex items-start gap-1.5 text-sm text-slate-700">
                <StatusIkon ikon="kunci" className="mt-0.5 h-4 w-4" />
                {hasilTerkunci}
              </p>
            ) : null}
          </RatingGroup>
          <RatingGroup legend="Rating Perilaku Kerja" register={register("ratingPerilaku")} error={errors.ratingPerilaku?.message} />
          <div role="status" aria-live="polite" className="rounded-md bg-white p-3">
            <p className="text-sm text-slate-600">Predikat Kinerja Pegawai</p>
            <p className="text-xl font-semibold text-slate-900" data-testid="predikat">
              {predikat ? LABEL_PREDIKAT[predikat] : "Pilih kedua rating"}
            </p>
            {predikat && angkaKredit ? (
              <p className="mt-1 text-sm text-slate-700">
                Angka kredit ({LABEL_JENJANG_FUNGSIONAL[angkaKredit.jenjang]}, {angkaKredit.bulan} bulan):{" "}
                <strong className="tabular-nums">{angkaKreditPeriodik(angkaKredit.jenjang, predikat, angkaKredit.bulan).toLocaleString("id-ID")}</strong>
              </p>
            ) : null}
          </div>
          <FormField id="catatan" label="Catatan dan rekomendasi" error={errors.catatan?.message} hint="Dicetak pada Dokumen Evaluasi Kinerja Pegawai.">
            <textarea rows={3} className={inputClass} {...fieldAria("catatan", errors.catatan?.message, true)} {...register("catatan")} />
          </FormField>
        </section>
      </fieldset>

      {kurva ? (
        <KurvaChart unitNama={kurva.unitNama} capaian={kurva.capaian} counts={counts} modeKurva={kurva.modeKurva} sorot={predikat} />
      ) : null}

      {/* Simpan's result, by the buttons; Finalkan's is the banner at the top (a toast, and focus moves there). */}
      {success ? <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{success}</p> : null}
      {/* Sticky only from lg up, where fields keep a scroll margin above it; on a phone it would cover them. */}
      {readOnly ? footer : (
        <div className="space-y-3 border-t border-slate-200 bg-white/95 py-3 lg:sticky lg:bottom-0">
          <ActionMessage message={failure} />
          {peringatan}
          {(melanggar && kurva?.modeKurva === "PERINGATAN") || perluKonfirmasi ? (
            <label className="flex items-start gap-2 text-sm text-amber-950">
              <input type="checkbox" checked={konfirmasi} onChange={(e) => setKonfirmasi(e.target.checked)} className="mt-1" />
              Saya memahami sebaran predikat tidak sesuai kurva distribusi dan tetap ingin memfinalkan penilaian ini.
            </label>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={pending !== null} className={buttonClass.secondary}>
              {pending === "simpan" ? "Menyimpan…" : "Simpan"}
            </button>
            <button
              type="button"
              onClick={kirim("finalkan")}
              disabled={pending !== null || belumDapatDifinalkan !== null}
              aria-describedby={belumDapatDifinalkan ? "finalkan-belum" : undefined}
              className={buttonClass.primary}
            >
              {pending === "finalkan" ? "Memfinalkan…" : "Finalkan"}
            </button>
            {belumDapatDifinalkan ? <p id="finalkan-belum" className="self-center text-sm text-slate-700">{belumDapatDifinalkan}</p> : null}
          </div>
        </div>
      )}
      {dialog}
    </form>
  );
}
