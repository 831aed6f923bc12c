import { afterAll, vi } from "vitest";
import { createDatabase, TEMPLATE_DATABASE } from "../helpers/db";

// revalidatePath & co. need the request store of a running Next server; in tests they only
// have to not throw. Everything else of Next and of our own code runs for real.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));

// getActor() reads the next-auth session cookie through next/headers; tests/integration/helpers/
// session.ts `actAs()` puts a real signed JWT in this store. Request headers are empty unless a
// test sets them with `setRequestHeaders()` from the same helper. Mocked here, in the setup
// file, so that it applies whatever order a test file imports things in.
vi.mock("next/headers", async (importOriginal) => {
  const { testCookieStore, testHeaderStore } = await import("../helpers/session-store");
  return {
    ...(await importOriginal<typeof import("next/headers")>()),
    cookies: async () => testCookieStore(),
    headers: async () => testHeaderStore(),
  };
});

// Setup files run before the test file imports anything, so lib/env.ts and lib/server/db.ts
// see this file's own database when the test first loads them.
const database = await createDatabase(TEMPLATE_DATABASE);
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET = "integration-test-secret-not-for-production";
process.env.NEXTAUTH_URL = "http://localhost:3000";
process.env.APP_URL = "http://localhost:3000";

afterAll(async () => {
  const { db } = await import("@/lib/server/db");
  await db.$disconnect();
  await database.drop();
});
