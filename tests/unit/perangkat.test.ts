import { describe, expect, it } from "vitest";
import { ringkasPerangkat } from "@/lib/domain/perangkat";

describe("ringkasPerangkat", () => {
  it("names the browser and the system a pegawai would recognise", () => {
    expect(ringkasPerangkat("Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36")).toBe("Chrome di Android");
    expect(ringkasPerangkat("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).toBe("Safari di iOS");
    expect(ringkasPerangkat("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).toBe("Edge di Windows");
    expect(ringkasPerangkat("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox di Linux");
    expect(ringkasPerangkat("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0")).toBe("Opera di macOS");
  });

  it("says so when it cannot tell", () => {
    expect(ringkasPerangkat(null)).toBe("Perangkat tidak dikenal");
    expect(ringkasPerangkat("curl/8.5.0")).toBe("Peramban lain");
  });
});
