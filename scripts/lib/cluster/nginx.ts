import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitForHttp } from "../net";

export const NGINX_BIN = "/usr/sbin/nginx";

export function assertNginxInstalled(): void {
  if (!existsSync(NGINX_BIN)) {
    throw new Error("nginx tidak ditemukan di /usr/sbin/nginx. Pasang dengan `sudo apt-get install -y nginx`, lalu jalankan lagi.");
  }
}

/**
 * Debian's nginx as a round-robin load balancer in front of the app instances, entirely inside
 * `dir` (config, pid, logs, temp files), in the foreground so that stopping it is ours alone.
 * It connects to the instances from `bindAddress` and overwrites X-Forwarded-For with the
 * address of its own client, as deploy/nginx.conf.example does.
 */
export async function startNginx({ dir, port, upstreams, bindAddress }: { dir: string; port: number; upstreams: string[]; bindAddress: string }) {
  assertNginxInstalled();
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  const at = (name: string) => path.join(dir, name);
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? `user ${os.userInfo().username};\n` : ""}daemon off;
worker_processes 1;
pid ${at("nginx.pid")};
error_log ${at("error.log")} warn;
events { worker_connections 256; }
http {
  access_log ${at("access.log")};
  client_body_temp_path ${at("client_body")};
  proxy_temp_path ${at("proxy")};
  fastcgi_temp_path ${at("fastcgi")};
  uwsgi_temp_path ${at("uwsgi")};
  scgi_temp_path ${at("scgi")};
  upstream ekinerja {
${upstreams.map((u) => `    server ${u};`).join("\n")}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://ekinerja;
      proxy_bind ${bindAddress};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      # With the port: the app compares it with the browser's Origin (Server Actions).
      proxy_set_header X-Forwarded-Host $http_host;
    }
  }
}
`,
  );
  const child = spawn(NGINX_BIN, ["-p", dir, "-e", at("error.log"), "-c", conf], { stdio: "inherit" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/sehat`, 20_000);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
