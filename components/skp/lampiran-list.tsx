import type { ReactNode } from "react";
import { LABEL_JENIS_LAMPIRAN } from "@/lib/domain/labels";
import type { JenisLampiran } from "@/lib/generated/prisma/enums";

export const URUTAN_LAMPIRAN: readonly JenisLampiran[] = ["DUKUNGAN_SUMBER_DAYA", "SKEMA_PERTANGGUNGJAWABAN", "KONSEKUENSI"];

type Item = { id: string; teks: string };

type Props = {
  lampiran: Record<JenisLampiran, Item[]>;
  renderItemActions?: (item: Item, jenis: JenisLampiran) => ReactNode;
  /** Shown under each list, e.g. an add form. */
  renderListFooter?: (jenis: JenisLampiran) => ReactNode;
};

/** Lampiran SKP: the three numbered lists of the official form. */
export function LampiranList({ lampiran, renderItemActions, renderListFooter }: Props) {
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      {URUTAN_LAMPIRAN.map((jenis) => {
        const items = lampiran[jenis];
        const judulId = `lampiran-${jenis.toLowerCase()}`;
        return (
          <section key={jenis} aria-labelledby={judulId} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 id={judulId} className="mb-2 font-semibold text-slate-900">{LABEL_JENIS_LAMPIRAN[jenis]}</h3>
            {items.length === 0 ? (
              <p className="text-sm text-slate-500">Belum ada isian.</p>
            ) : (
              <ol className="list-decimal space-y-1 pl-5 text-sm">
                {items.map((item) => (
                  <li key={item.id}>
                    <div className="flex items-start justify-between gap-2">
                      <span className="whitespace-pre-line">{item.teks}</span>
                      {renderItemActions?.(item, jenis)}
                    </div>
                  </li>
                ))}
              </ol>
            )}
            {renderListFooter ? <div className="mt-3">{renderListFooter(jenis)}</div> : null}
          </section>
        );
      })}
    </div>
  );
}
