import { describe, expect, it } from "vitest";
import { siasnConfigFromEnv } from "@/lib/server/siasn/client";

const FULL = {
  SIASN_APIM_URL: "https://apimws.bkn.go.id:8243/",
  SIASN_SSO_URL: "https://sso-siasn.bkn.go.id",
  SIASN_CONSUMER_KEY: "key",
  SIASN_CONSUMER_SECRET: "secret",
  SIASN_USERNAME: "199204182019032011",
  SIASN_PASSWORD: "rahasia",
  SIASN_CLIENT_ID: "ekinerja",
};

describe("siasnConfigFromEnv", () => {
  it("is null when SIASN is not configured, so the app runs without sync", () => {
    expect(siasnConfigFromEnv({})).toBeNull();
    expect(siasnConfigFromEnv({ SIASN_APIM_URL: "  " })).toBeNull();
  });

  it("reads a full configuration with the default timeout and retries", () => {
    expect(siasnConfigFromEnv(FULL)).toMatchObject({
      apimUrl: "https://apimws.bkn.go.id:8243",
      ssoUrl: "https://sso-siasn.bkn.go.id",
      consumerKey: "key",
      username: "199204182019032011",
      ssoToken: null,
      timeoutMs: 25_000,
      retries: 3,
    });
  });

  it("accepts a ready-made SSO token in place of the operator's credentials", () => {
    const config = siasnConfigFromEnv({
      SIASN_APIM_URL: FULL.SIASN_APIM_URL,
      SIASN_CONSUMER_KEY: "key",
      SIASN_CONSUMER_SECRET: "secret",
      SIASN_SSO_TOKEN: "eyJ…",
      SIASN_TIMEOUT_MS: "60000",
      SIASN_RETRIES: "0",
    });
    expect(config).toMatchObject({ ssoToken: "eyJ…", username: null, timeoutMs: 60_000, retries: 0 });
  });

  it("names what is missing from a half-filled configuration", () => {
    expect(() => siasnConfigFromEnv({ ...FULL, SIASN_PASSWORD: "", SIASN_CLIENT_ID: undefined })).toThrow(
      "SIASN_CLIENT_ID, SIASN_PASSWORD",
    );
  });

  it("refuses a timeout or retry count that is not a whole number", () => {
    expect(() => siasnConfigFromEnv({ ...FULL, SIASN_TIMEOUT_MS: "25s" })).toThrow("SIASN_TIMEOUT_MS");
    expect(() => siasnConfigFromEnv({ ...FULL, SIASN_RETRIES: "-1" })).toThrow("SIASN_RETRIES");
  });
});
