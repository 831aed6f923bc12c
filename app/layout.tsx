import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Toaster } from "@/components/toaster";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "e-Kinerja", template: "%s · e-Kinerja" },
  description: "Sasaran Kinerja Pegawai (SKP) dan penilaian kinerja ASN.",
};

export const viewport: Viewport = { themeColor: "#1e40af" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: only then can Next put the request's CSP nonce (proxy.ts)
  // on its scripts. A page prerendered at build time would carry none and not hydrate.
  await connection();
  return (
    <html lang="id">
      <body className="min-h-screen font-sans">
        {children}
        <Toaster />
      </body>
    </html>
  );
}
