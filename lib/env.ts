import { isIP } from "node:net";
import { z } from "zod";

// The one place that reads process.env. scripts/start.ts fills the blanks for the demo
// (embedded PostgreSQL, local SMTP sink, fake SIASN) before the app starts.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL belum diisi"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET minimal 16 karakter"),
  APP_URL: z.url().default("http://localhost:3000"),
  SMTP_HOST: z.string().default("127.0.0.1"),
  SMTP_PORT: z.coerce.number().int().default(2525),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_SECURE: z.stringbool().default(false),
  MAIL_FROM: z.string().default("e-Kinerja <no-reply@ekinerja.local>"),
  // Reverse proxies whose X-Forwarded-For/-Host/-Proto are believed (scripts/serve.ts); none by default.
  TRUSTED_PROXY: z
    .string()
    .default("")
    .refine(
      (value) => value.split(",").every((entry) => !entry.trim() || isIP(entry.trim()) !== 0),
      "TRUSTED_PROXY harus berisi alamat IP proxy, dipisah koma",
    ),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
