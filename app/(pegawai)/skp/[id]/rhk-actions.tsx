"use client";

import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import { ActionMessage } from "@/components/skp/action-message";
import { FormDialog } from "@/components/skp/form-dialog";
import { buttonClass } from "@/components/skp/form-field";
import type { AtasanRhkOptions } from "@/lib/domain/skp-intervensi";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";
import { deleteIndikator } from "@/lib/server/actions/indikator";
import { deleteRhk, moveRhk } from "@/lib/server/actions/rhk";
import type { IndikatorDetail, RhkDetail } from "@/lib/server/queries/skp";
import { IndikatorForm } from "./indikator-form";
import { RhkForm } from "./rhk-form";
import { useSkpMutation } from "./use-skp-mutation";

type SkpCtx = { skpId: string; layout: LayoutSkp };

export function TambahRhkButton({ ctx, jenis, atasanRhk }: { ctx: SkpCtx; jenis: "UTAMA" | "TAMBAHAN"; atasanRhk: AtasanRhkOptions }) {
  const label = jenis === "UTAMA" ? "Tambah RHK Utama" : "Tambah RHK Tambahan";
  return (
    <FormDialog title={label} triggerLabel={`+ ${label}`} triggerClassName={buttonClass.secondary}>
      {(close) => (
        <RhkForm {...ctx} atasanRhk={atasanRhk} onDone={close}
          initial={{ jenis, klasifikasi: "", teks: "", parentRhkId: "", penugasanDari: "" }} />
      )}
    </FormDialog>
  );
}

type RhkActionsProps = { ctx: SkpCtx; rhk: RhkDetail; index: number; total: number; atasanRhk: AtasanRhkOptions };

export function RhkActions({ ctx, rhk, index, total, atasanRhk }: RhkActionsProps) {
  const { pending, message, run } = useSkpMutation();
  const ref = { skpId: ctx.skpId, rhkId: rhk.id };
  const nomor = `RHK nomor ${index + 1}`;
  const { tanya, dialog } = useKonfirmasi();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-1.5">
        <FormDialog title="Ubah RHK" triggerLabel="Ubah" triggerAriaLabel={`Ubah ${nomor}`} triggerClassName={buttonClass.small}>
          {(close) => (
            <RhkForm {...ctx} rhkId={rhk.id} atasanRhk={atasanRhk} onDone={close}
              initial={{ jenis: rhk.jenis, klasifikasi: rhk.klasifikasi ?? "", teks: rhk.teks, parentRhkId: rhk.parentRhkId ?? "", penugasanDari: rhk.penugasanDari ?? "" }} />
          )}
        </FormDialog>
        <FormDialog title={`Tambah indikator untuk ${nomor}`} triggerLabel="+ Indikator" triggerAriaLabel={`Tambah indikator untuk ${nomor}`} triggerClassName={buttonClass.small}>
          {(close) => (
            <IndikatorForm skpId={ctx.skpId} rhkId={rhk.id} onDone={close}
              initial={{ layout: ctx.layout, aspek: "", perspektif: "", teks: "", rentang: false, targetMin: "", targetMax: "", satuan: "", targetNarasi: "" }} />
          )}
        </FormDialog>
        <button type="button" className={buttonClass.small} disabled={pending || index === 0} aria-label={`Naikkan ${nomor}`}
          onClick={() => run((version) => moveRhk({ ...ref, version, arah: "naik" }))}>↑</button>
        <button type="button" className={buttonClass.small} disabled={pending || index === total - 1} aria-label={`Turunkan ${nomor}`}
          onClick={() => run((version) => moveRhk({ ...ref, version, arah: "turun" }))}>↓</button>
        <button type="button" className={buttonClass.danger} disabled={pending} aria-label={`Hapus ${nomor}`}
          onClick={async () => {
            const ya = await tanya({
              judul: `Hapus ${nomor}?`,
              pesan: `"${rhk.teks}" dihapus beserta ${rhk.indikator.length} indikatornya. Tindakan ini tidak dapat dibatalkan.`,
              tombol: "Ya, hapus",
            });
            if (ya) run((version) => deleteRhk({ ...ref, version }));
          }}>Hapus</button>
      </div>
      <ActionMessage message={message} />
      {dialog}
    </div>
  );
}

export function IndikatorActions({ ctx, rhk, ind }: { ctx: SkpCtx; rhk: RhkDetail; ind: IndikatorDetail }) {
  const { pending, message, run } = useSkpMutation();
  const { tanya, dialog } = useKonfirmasi();
  return (
    <div className="flex flex-col items-start gap-1.5">
      <div className="flex gap-1.5">
        <FormDialog title="Ubah indikator" triggerLabel="Ubah" triggerAriaLabel={`Ubah indikator ${ind.teks}`} triggerClassName={buttonClass.small}>
          {(close) => (
            <IndikatorForm skpId={ctx.skpId} rhkId={rhk.id} indikatorId={ind.id} onDone={close}
              initial={{
                layout: ctx.layout,
                aspek: ind.aspek ?? "",
                perspektif: ind.perspektif ?? "",
                teks: ind.teks,
                rentang: ind.targetMax !== null,
                targetMin: ind.targetMin ?? "",
                targetMax: ind.targetMax ?? "",
                satuan: ind.satuan ?? "",
                targetNarasi: ind.targetNarasi ?? "",
              }} />
          )}
        </FormDialog>
        <button type="button" className={buttonClass.danger} disabled={pending} aria-label={`Hapus indikator ${ind.teks}`}
          onClick={async () => {
            const ya = await tanya({
              judul: "Hapus indikator ini?",
              pesan: `"${ind.teks}" dihapus dari RHK ini. Tindakan ini tidak dapat dibatalkan.`,
              tombol: "Ya, hapus",
            });
            if (ya) run((version) => deleteIndikator({ skpId: ctx.skpId, version, indikatorId: ind.id }));
          }}>Hapus</button>
      </div>
      <ActionMessage message={message} />
      {dialog}
    </div>
  );
}
