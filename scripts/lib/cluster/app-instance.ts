import { spawn, type ChildProcess } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { productionServerEnv, serveCommand } from "../next-bin";
import { waitForHttp } from "../net";

export type AppInstance = { name: string; url: string; start: () => Promise<void>; stop: () => Promise<void>; logTail: () => string };

/** One production app process (scripts/serve.ts) on a loopback port, which can be stopped and started again. */
export function appInstance({ name, port, env, logFile }: { name: string; port: number; env: NodeJS.ProcessEnv; logFile: string }): AppInstance {
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  return {
    name,
    url,
    start: async () => {
      const log = openSync(logFile, "a");
      const [command, args] = serveCommand(["--port", String(port), "--hostname", "127.0.0.1"]);
      child = spawn(command, args, { env: productionServerEnv(env), stdio: ["ignore", log, log] });
      exited = new Promise((resolve) => child?.once("exit", () => resolve()));
      await waitForHttp(`${url}/api/sehat`, 60_000);
    },
    stop: async () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
    logTail: () => readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n"),
  };
}
