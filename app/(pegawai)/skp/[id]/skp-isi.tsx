"use client";

import { Notice } from "@/components/notice";
import { LampiranList } from "@/components/skp/lampiran-list";
import { PerilakuTable } from "@/components/skp/perilaku-table";
import { RhkTable } from "@/components/skp/rhk-table";
import type { AtasanRhkOptions } from "@/lib/domain/skp-intervensi";
import type { SkpDetail } from "@/lib/server/queries/skp";
import { LampiranAddForm, LampiranDeleteButton } from "./lampiran-controls";
import { IndikatorActions, RhkActions, TambahRhkButton } from "./rhk-actions";

type Props = {
  skp: Pick<SkpDetail, "id" | "layout" | "rhkUtama" | "rhkTambahan" | "ekspektasi" | "lampiran">;
  /** The owner's edit controls, for a Draft; null shows the SKP read-only. */
  atasanRhk: AtasanRhkOptions | null;
};

/**
 * Hasil Kerja, Perilaku Kerja and Lampiran of one SKP, with the owner's edit controls while it is
 * a Draft. A client component so that the server sends the SKP as data, not its tables as
 * serialised markup (see README, Performa); the controls it places are client components anyway.
 */
export function SkpIsi({ skp, atasanRhk }: Props) {
  const ctx = { skpId: skp.id, layout: skp.layout };
  const ref = { skpId: skp.id };
  return (
    <>
      <section aria-labelledby="hasil-kerja" className="space-y-3">
        <h2 id="hasil-kerja" className="text-lg font-semibold text-slate-900">Hasil Kerja</h2>
        {atasanRhk?.alasan && skp.layout !== "JPT" ? (
          <Notice tone="warning" title="RHK atasan belum tersedia">{atasanRhk.alasan}</Notice>
        ) : null}
        <RhkTable
          layout={skp.layout}
          rhkUtama={skp.rhkUtama}
          rhkTambahan={skp.rhkTambahan}
          {...(atasanRhk
            ? {
                renderRhkActions: (rhk, p) => <RhkActions ctx={ctx} rhk={rhk} index={p.index} total={p.total} atasanRhk={atasanRhk} />,
                renderIndikatorActions: (ind, rhk) => <IndikatorActions ctx={ctx} rhk={rhk} ind={ind} />,
                renderGroupFooter: (jenis) => <TambahRhkButton ctx={ctx} jenis={jenis} atasanRhk={atasanRhk} />,
              }
            : {})}
        />
      </section>

      <section aria-labelledby="perilaku" className="space-y-3">
        <h2 id="perilaku" className="text-lg font-semibold text-slate-900">Perilaku Kerja</h2>
        <p className="text-sm text-slate-600">Ekspektasi khusus pimpinan diisi oleh atasan Anda, dan boleh kosong.</p>
        <PerilakuTable ekspektasi={skp.ekspektasi} />
      </section>

      <section aria-labelledby="lampiran" className="space-y-3">
        <h2 id="lampiran" className="text-lg font-semibold text-slate-900">Lampiran SKP</h2>
        <LampiranList
          lampiran={skp.lampiran}
          {...(atasanRhk
            ? {
                renderItemActions: (item) => <LampiranDeleteButton skp={ref} item={item} />,
                renderListFooter: (jenis) => <LampiranAddForm skp={ref} jenis={jenis} />,
              }
            : {})}
        />
      </section>
    </>
  );
}
