import { describe, expect, it } from "vitest";
import type { ActorRef, SkpRef } from "@/lib/domain/permissions";
import { reviewRefusal } from "@/lib/domain/review-rules";
import type { StatusSkp } from "@/lib/generated/prisma/enums";

const atasan: ActorRef = { id: "atasan", instansiId: "i1", isAdmin: false };
const pemilik: ActorRef = { id: "pegawai", instansiId: "i1", isAdmin: false };
const admin: ActorRef = { id: "admin", instansiId: "i1", isAdmin: true };
const atasanLain: ActorRef = { id: "atasan-lain", instansiId: "i1", isAdmin: false };

const skp = (status: StatusSkp, penilaiId: string | null = "atasan"): SkpRef => ({
  pegawaiId: "pegawai",
  penilaiId,
  status,
  instansiId: "i1",
});

describe("reviewRefusal", () => {
  it("lets the penilai approve a submitted SKP and return a submitted or approved one", () => {
    expect(reviewRefusal(atasan, skp("PENGAJUAN"), "setujui")).toBeNull();
    expect(reviewRefusal(atasan, skp("PENGAJUAN"), "kembalikan")).toBeNull();
    expect(reviewRefusal(atasan, skp("PERSETUJUAN"), "kembalikan")).toBeNull();
  });

  it("refuses the owner, an admin and another atasan, naming the penilai as the one who decides", () => {
    for (const actor of [pemilik, admin, atasanLain]) {
      expect(reviewRefusal(actor, skp("PENGAJUAN"), "setujui")).toEqual({
        reason: "bukanPenilai",
        message: expect.stringMatching(/Hanya pejabat penilai/),
      });
      expect(reviewRefusal(actor, skp("PENGAJUAN"), "ekspektasi")?.message).toMatch(/hanya dapat diisi oleh pejabat penilai/);
    }
  });

  it("refuses everyone when the SKP has no penilai", () => {
    expect(reviewRefusal(atasan, skp("PENGAJUAN", null), "setujui")?.reason).toBe("bukanPenilai");
  });

  it("explains a decision the status does not allow", () => {
    expect(reviewRefusal(atasan, skp("DRAFT"), "setujui")).toEqual({ reason: "status", message: expect.stringMatching(/belum mengajukannya/) });
    expect(reviewRefusal(atasan, skp("PERSETUJUAN"), "setujui")?.message).toMatch(/sudah disetujui/);
    expect(reviewRefusal(atasan, skp("DRAFT"), "kembalikan")?.message).toMatch(/sudah berstatus Draft/);
  });

  it("keeps ekspektasi open in Draft and Pengajuan and closes it once approved", () => {
    expect(reviewRefusal(atasan, skp("DRAFT"), "ekspektasi")).toBeNull();
    expect(reviewRefusal(atasan, skp("PENGAJUAN"), "ekspektasi")).toBeNull();
    expect(reviewRefusal(atasan, skp("PERSETUJUAN"), "ekspektasi")?.message).toMatch(/Kembalikan ke Draft/);
  });
});
