import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);
import {
  earlyWorker,
  startEarly,
  useLintingFlags
} from "./cli-P4QMT2I5.js";

// src/cli/main.ts
useLintingFlags();
var kind = earlyWorker(process.argv.slice(2));
if (kind) startEarly(kind);
var { main } = await import("./cli-CLKUSZZG.js");
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
}
var code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(Buffer.concat(chunks));
  }
});
process.exitCode = code;
