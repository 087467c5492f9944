// The `vietnorm` executable: wires stdout (EPIPE ends the run quietly), SIGINT and SIGTERM (stop
// taking documents, write no partial record, exit 130 or 143; a second signal exits at once), and
// sets the exit code.
import { EXIT, main } from './main.js';
import { streamSink } from './output.js';

const controller = new AbortController();
let signalled: NodeJS.Signals | undefined;
const onSignal = (signal: NodeJS.Signals) => {
  if (signalled) process.exit(signal === 'SIGTERM' ? 143 : 130);
  signalled = signal;
  controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
// A closed stdout is handled by the sink; stderr closing too must not crash the run.
process.stderr.on('error', () => undefined);

main(process.argv.slice(2), {
  out: streamSink(process.stdout, false),
  err: (s) => void process.stderr.write(s),
  signal: controller.signal,
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code === EXIT.interrupted && signalled === 'SIGTERM' ? 143 : code;
    // Stdin, or a FIFO whose reader timed out, may still hold the event loop: the work is done.
    if (signalled || code !== EXIT.ok) setTimeout(() => process.exit(), 2000).unref();
  },
  (error: unknown) => {
    process.stderr.write(
      `vietnorm: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = EXIT.internal;
  },
);
