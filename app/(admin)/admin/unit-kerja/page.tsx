import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/server/auth";
import { getUnitTreeForAdmin } from "@/lib/server/queries/admin-unit";
import { TambahUnitButton } from "./unit-actions";
import { UnitTreeView } from "./unit-tree-view";

export const metadata: Metadata = { title: "Unit Kerja" };

export default async function AdminUnitKerjaPage() {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;
  const { tree, options } = await getUnitTreeForAdmin(actor);

  return (
    <>
      <PageHeader
        title="Unit Kerja"
        description="Struktur unit kerja instansi, pimpinannya, dan PLT/PLH. Buka sebuah unit untuk mengubah, memindahkan, atau menetapkan PLT/PLH."
        actions={<TambahUnitButton options={options} />}
      />
      {tree.length === 0 ? (
        <EmptyState title="Belum ada unit kerja" description="Tambahkan unit tertinggi instansi terlebih dahulu, atau sinkronkan dari SIASN." />
      ) : (
        <UnitTreeView nodes={tree} options={options} />
      )}
    </>
  );
}
