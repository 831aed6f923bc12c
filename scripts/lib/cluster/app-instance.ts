import { spawn, type ChildProcess } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { productionServerEnv, serveCommand, workerCommand } from "../next-bin";
import { waitForHttp } from "../net";

export type AppInstance = { name: string; url: string; start: () => Promise<void>; stop: () => Promise<void>; logTail: () => string };

/**
 * One production app instance on a loopback port, as `npm start` runs it: the web server
 * (scripts/serve.ts) and its own background worker (scripts/worker.ts), so that two instances
 * are two workers on one database. Both can be stopped and started again together.
 */
export function appInstance({ name, port, env, logFile }: { name: string; port: number; env: NodeJS.ProcessEnv; logFile: string }): AppInstance {
  const url = `http://127.0.0.1:${port}`;
  let children: ChildProcess[] = [];
  let exited: Promise<unknown> = Promise.resolve();
  return {
    name,
    url,
    start: async () => {
      const log = openSync(logFile, "a");
      const [command, args] = serveCommand(["--port", String(port), "--hostname", "127.0.0.1"]);
      const server = spawn(command, args, { env: productionServerEnv(env), stdio: ["ignore", log, log] });
      const worker = spawn(...workerCommand(), { env, stdio: ["ignore", log, log] });
      children = [server, worker];
      exited = Promise.all(children.map((child) => new Promise((resolve) => child.once("exit", resolve))));
      await waitForHttp(`${url}/api/sehat`, 60_000);
    },
    stop: async () => {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
    logTail: () => readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n"),
  };
}
