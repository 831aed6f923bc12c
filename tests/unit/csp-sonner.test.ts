import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, SONNER_STYLE_HASHES } from "@/lib/http/security-headers";

// sonner inserts its stylesheet without a nonce; the CSP allows exactly its content by hash.
// An upgrade that changes the stylesheet must update the hash, or every toast loses its styles.
const styleOf = (file: string) => {
  const source = readFileSync(`node_modules/sonner/dist/${file}`, "utf8");
  const literal = source.match(/__insertCSS\(("(?:[^"\\]|\\.)*")\)/)?.[1];
  if (!literal) throw new Error(`sonner/dist/${file} no longer calls __insertCSS with a string`);
  return JSON.parse(literal) as string;
};
const hash = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("CSP and the toasts' stylesheet", () => {
  it("allows the empty <style> sonner appends first and the stylesheet it then fills in", () => {
    expect(SONNER_STYLE_HASHES).toContain(hash(""));
    for (const file of ["index.mjs", "index.js"]) expect(SONNER_STYLE_HASHES).toContain(hash(styleOf(file)));
  });

  it("puts the hashes in style-src, beside the nonce", () => {
    const styleSrc = contentSecurityPolicy({ nonce: "abc", https: false, dev: false }).split("; ").find((d) => d.startsWith("style-src "));
    expect(styleSrc).toBe(`style-src 'self' 'nonce-abc' ${SONNER_STYLE_HASHES.map((h) => `'${h}'`).join(" ")}`);
  });
});
