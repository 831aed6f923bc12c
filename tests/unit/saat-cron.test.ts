import { describe, expect, it } from "vitest";
import { saatCron } from "@/lib/server/antrean/saat-cron";

describe("the moment a scheduled job stands for", () => {
  it("is the cron tick in the payload", () => {
    expect(saatCron({ _cron: { ts: "2027-01-07T01:00:00.000Z", backfilled: true } })).toEqual(new Date("2027-01-07T01:00:00.000Z"));
  });

  it("is now for a job added without a tick, or with one that is no date", () => {
    for (const payload of [{}, null, { _cron: {} }, { _cron: { ts: "kemarin" } }, { _cron: { ts: 5 } }]) {
      const sebelum = Date.now();
      expect(saatCron(payload).getTime()).toBeGreaterThanOrEqual(sebelum);
    }
  });
});
