import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/lib/domain/callback-url";

const APP = "https://ekinerja.example.go.id";

describe("safeCallbackPath", () => {
  it.each([
    ["/beranda", "/beranda"],
    ["/skp/123?tahun=2026", "/skp/123?tahun=2026"],
    ["/admin/pegawai?q=andi#hasil", "/admin/pegawai?q=andi#hasil"],
    ["/profil/../skp", "/skp"],
    ["/cari?q=a b", "/cari?q=a%20b"],
  ])("keeps the page inside the app: %j", (value, expected) => {
    expect(safeCallbackPath(value, APP)).toBe(expected);
  });

  it.each([
    "/\t/evil.example/phish",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\r\nSet-Cookie:x=1",
    "/\u0000/evil.example",
    "/\u007f/evil.example",
    "//evil.example",
    "//evil.example/phish",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "https://evil.example/phish",
    "http://ekinerja.example.go.id/beranda",
    "https://ekinerja.example.go.id@evil.example/",
    "javascript:alert(1)",
    "data:text/html,hi",
    "evil.example",
    " /beranda",
    "",
    "\t//evil.example",
  ])("refuses %j and falls back to /beranda", (value) => {
    expect(safeCallbackPath(value, APP)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it.each([undefined, null, 42, ["/skp"], { href: "/skp" }])("refuses a value that is not text: %j", (value) => {
    expect(safeCallbackPath(value, APP)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("turns characters a Location header cannot carry into percent-escapes", () => {
    expect(safeCallbackPath("/\u3002evil.example", APP)).toBe("/%E3%80%82evil.example");
    expect(safeCallbackPath("/skp?judul=kinerja\u3002", APP)).toBe("/skp?judul=kinerja%E3%80%82");
    expect(safeCallbackPath("/\u3002/evil.example", APP)).not.toMatch(/^\/\//);
  });

  it("the ideographic full stop cannot make a protocol-relative host", () => {
    // "//evil。example" is read by the URL parser as host evil.example; with one slash it stays a path.
    expect(safeCallbackPath("//evil\u3002example", APP)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(new URL(safeCallbackPath("/evil\u3002example", APP), APP).origin).toBe(APP);
  });

  it("works against an http APP_URL with a port too", () => {
    expect(safeCallbackPath("/beranda", "http://localhost:3000")).toBe("/beranda");
    expect(safeCallbackPath("//localhost:3001/beranda", "http://localhost:3000")).toBe(DEFAULT_AFTER_SIGN_IN);
  });
});
