"use client";

import { useRouter } from "next/navigation";
import { StaleVersionError } from "@/lib/domain/errors";

const STALE = new StaleVersionError().message;

/** A failed action's message; when someone saved first, offers the reload that fixes it. */
export function ActionMessage({ message }: { message: string | null }) {
  const router = useRouter();
  if (!message) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm whitespace-pre-line text-red-900">
      {message}
      {message === STALE || message.includes("Muat ulang") ? (
        <button type="button" onClick={() => router.refresh()} className="ml-2 font-semibold underline">
          Muat ulang
        </button>
      ) : null}
    </div>
  );
}
