import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/notice";
import { firstParam, type UrlParam } from "@/lib/domain/url-params";
import { tujuanBerhenti } from "@/lib/server/notifikasi/berhenti";
import { BerhentiForm } from "./berhenti-form";

// The token is in the address: never hand it to another site in a Referer header.
export const metadata: Metadata = { title: "Berhenti menerima email", referrer: "no-referrer" };

/**
 * The turn-off link of every email. Opening it changes nothing (mail scanners open links
 * before the reader does); the button does, through berhentiNotifikasi with the same token.
 */
export default async function BerhentiNotifikasiPage({ searchParams }: { searchParams: Promise<Record<string, UrlParam>> }) {
  const token = firstParam((await searchParams).token) ?? "";
  const tujuan = token.length <= 500 ? await tujuanBerhenti(token) : null;

  return (
    <>
      <h1 className="mb-4 text-xl font-semibold text-slate-900">Berhenti menerima email</h1>
      {!tujuan ? (
        <Notice tone="warning" title="Tautan tidak dapat dipakai.">
          <p>Tautan ini tidak berlaku. Atur notifikasi Anda di Profil › Notifikasi setelah masuk.</p>
        </Notice>
      ) : tujuan.jenis.length === 0 ? (
        <Notice tone="info" title="Sudah berhenti.">
          <p>
            {tujuan.nama}, &quot;{tujuan.label}&quot; sudah tidak dikirim ke email Anda; notifikasinya tetap tampil di aplikasi.
          </p>
        </Notice>
      ) : (
        <BerhentiForm token={token} nama={tujuan.nama} label={tujuan.label} />
      )}
      <p className="mt-6 text-center text-sm">
        <Link href="/profil" className="text-blue-700 underline hover:text-blue-900">
          Atur semua notifikasi di Profil
        </Link>
      </p>
    </>
  );
}
