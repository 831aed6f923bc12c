import { describe, expect, test } from "vitest";
import { navigationFor } from "@/lib/navigation";

describe("menu counts", () => {
  test("an entry with pending work carries its count and the word its badge reads with", () => {
    const nav = navigationFor({ isAdmin: true, hasBawahan: true, isFungsional: false }, { "/skp-bawahan": 3, "/admin/permintaan-atasan": 1, "/beranda": 0 });
    const semua = nav.flatMap((g) => g.items);
    expect(semua.find((i) => i.href === "/skp-bawahan")?.lencana).toEqual({ jumlah: 3, kata: "menunggu" });
    expect(semua.find((i) => i.href === "/admin/permintaan-atasan")?.lencana).toEqual({ jumlah: 1, kata: "menunggu" });
    expect(semua.filter((i) => i.lencana).map((i) => i.href)).toEqual(["/skp-bawahan", "/admin/permintaan-atasan"]);
  });

  test("a count for an entry the viewer does not see shows nowhere", () => {
    const nav = navigationFor({ isAdmin: false, hasBawahan: false, isFungsional: false }, { "/skp-bawahan": 3 });
    expect(nav.flatMap((g) => g.items).some((i) => i.lencana)).toBe(false);
  });

  test("Angka Kredit is in the menu of a pegawai fungsional only", () => {
    const href = (isFungsional: boolean) => navigationFor({ isAdmin: false, hasBawahan: false, isFungsional }).flatMap((g) => g.items.map((i) => i.href));
    expect(href(true)).toContain("/angka-kredit");
    expect(href(false)).not.toContain("/angka-kredit");
  });
});
