// The CLI's commands: parses the arguments, then runs a batch (analyze, detect, normalize,
// translate-terms) on the worker pool, or lint and glossary in this thread.
import type { Readable } from 'node:stream';
import { version } from '../../package.json';
import { type Args, type BatchCommand, parse, UsageError } from './args.js';
import { runBatch } from './batch.js';
import { checkFields } from './fields.js';
import { commandHelp, generalHelp } from './help.js';
import { type Doc, documents, expandInputs, type StdinSource } from './inputs.js';
import { fileSink, functionSink, resumeKeys, type Sink } from './output.js';
import { type Runner, workerRunner } from './pool.js';
import { createProgress, NO_PROGRESS } from './progress.js';
import { type ReadLimits, readPath } from './read.js';
import type { Task } from './records.js';

/** Exit codes. */
export const EXIT = { ok: 0, usage: 1, failed: 2, interrupted: 130, internal: 70 } as const;

/** Where the CLI reads and writes; every part replaceable (tests, embedding). */
export interface MainOptions {
  /** Standard output: a function taking text, or a sink (default: a function writing to stdout). */
  out?: ((s: string) => void) | Sink;
  /** Standard error. */
  err?: (s: string) => void;
  /** Standard input, opened when '-' is read. */
  stdin?: StdinSource;
  /** Aborting it stops the batch (the bin wires SIGINT and SIGTERM to it). */
  signal?: AbortSignal;
  /** Whether stderr is a terminal (progress shown by default, unless records go to the same terminal). */
  stderrIsTTY?: boolean;
  /** Whether stdout is a terminal. */
  stdoutIsTTY?: boolean;
  /** Runs the tasks (default: a worker-thread pool of --jobs threads). */
  runner?: (args: Args) => Runner;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script); resolves to the exit
 * status. Usage errors are reported on `err` and give 1.
 * @example
 * await main(['analyze', 'page.txt'], { out: (s) => chunks.push(s) }); // 0
 */
export async function main(
  argv: string[],
  options: MainOptions | ((s: string) => void) = {},
  err?: (s: string) => void,
): Promise<number> {
  const o: MainOptions = typeof options === 'function' ? { out: options, ...(err ? { err } : {}) } : options;
  const stderr = o.err ?? ((s: string) => void process.stderr.write(s));
  try {
    return await run(argv, o, stderr);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const help = error.command ? `vietnorm ${error.command} --help` : 'vietnorm --help';
    stderr(`vietnorm: ${error.message}\nTry '${help}'.\n`);
    return EXIT.usage;
  }
}

function toSink(out: MainOptions['out']): Sink {
  if (out === undefined) return functionSink((s) => void process.stdout.write(s));
  return typeof out === 'function' ? functionSink(out) : out;
}

async function run(argv: string[], o: MainOptions, stderr: (s: string) => void): Promise<number> {
  const args = parse(argv);
  const out = toSink(o.out);
  if (args.help) {
    await out.write(args.command ? commandHelp(args.command) : generalHelp(version));
    return EXIT.ok;
  }
  if (args.version) {
    await out.write(`${version}\n`);
    return EXIT.ok;
  }
  if (args.command === undefined) throw new UsageError('missing command');
  const stdin: StdinSource = o.stdin ?? (() => process.stdin as Readable);
  switch (args.command) {
    case 'glossary':
      return glossary(args, out);
    case 'lint':
      return lint(args, out, stderr, stdin);
    default:
      return batch(args.command, args, o, out, stderr, stdin);
  }
}

async function glossary(args: Args, out: Sink): Promise<number> {
  const { exportGlossary } = await import('../index.js');
  const format = (args.format ?? 'csv') as 'csv' | 'tsv' | 'tbx' | 'json';
  await out.write(exportGlossary({ languages: [args.from as 'en', args.to as 'en'], format }));
  return EXIT.ok;
}

async function batch(
  command: BatchCommand,
  args: Args,
  o: MainOptions,
  stdout: Sink,
  stderr: (s: string) => void,
  stdin: StdinSource,
): Promise<number> {
  const fields = args.fields ? await checkFields(command, args.fields) : undefined;
  const limits: ReadLimits = { maxBytes: args.maxBytes, idleTimeout: args.idleTimeout };
  // The pool starts its first thread with the first document (pool.ts): the listing of a directory
  // of 20,000 files (about 0.1 s) comes before it, and a thread started earlier to overlap the two
  // gave the first record only 25-50 ms sooner, the thread's own cold start being the rest.
  const runner = (o.runner ?? ((a: Args) => workerRunner(a.jobs, a.maxBytes)))(args);
  try {
    const paths = await expandInputs(args.inputs);
    const single = args.inputs.length === 1 && paths.length === 1 && paths[0] === args.inputs[0];
    const plain =
      (command === 'normalize' || command === 'translate-terms') &&
      single &&
      !args.jsonl &&
      !args.fields &&
      !args.write &&
      !args.filesFrom &&
      !args.jsonlIn &&
      !args.resume;
    const skip = args.resume ? await resumeKeys(args.resume) : undefined;
    const sink = args.resume
      ? fileSink(args.resume, true)
      : args.output
        ? fileSink(args.output, false)
        : stdout;
    // By default only when records do not go to the same terminal, where the two would interleave.
    const toTerminal = o.stdoutIsTTY === true && !args.output && !args.resume;
    const showProgress = args.progress ?? (o.stderrIsTTY === true && !toTerminal && !plain && !args.write);
    const progress = showProgress ? createProgress(stderr, o.stderrIsTTY === true) : NO_PROGRESS;
    if (!args.filesFrom && !args.jsonlIn) progress.setTotal(paths.length);
    const docs: AsyncIterable<Doc> = documents(
      {
        paths,
        filesFrom: args.filesFrom,
        jsonlIn: args.jsonlIn,
        keepBytes: command === 'analyze' && args.format !== 'text',
        undecodedStdin: true,
      },
      limits,
      stdin,
    );
    const record = { fields, noText: args.noText, pretty: args.pretty, plain };
    const makeTask = (doc: Extract<Doc, { kind: 'path' | 'text' }>): Task => ({
      command,
      key: doc.key,
      ...(doc.kind === 'text'
        ? doc.undecoded
          ? { undecoded: doc.undecoded, bytes: doc.bytes }
          : { text: doc.text, bytes: doc.bytes, meta: doc.meta, raw: doc.raw }
        : {}),
      maxBytes: args.maxBytes,
      idleTimeout: args.idleTimeout,
      to: args.to,
      from: args.from,
      format: args.format,
      write: args.write,
      record,
    });
    const report = await runBatch(docs, makeTask, runner, sink, stderr, progress, {
      window: Math.max(8, args.jobs * 4),
      ordered: !args.unordered,
      skip,
      signal: o.signal,
      quietErrors: plain || args.write,
      pretty: args.pretty,
    });
    progress.finish();
    await sink.close();
    if (report.broken) return EXIT.ok;
    if (report.interrupted) return EXIT.interrupted;
    return report.failed > 0 && !args.exitZero ? EXIT.failed : EXIT.ok;
  } finally {
    await runner.close();
  }
}

async function lint(args: Args, out: Sink, stderr: (s: string) => void, stdin: StdinSource): Promise<number> {
  const [{ retextVietnorm }, { unified }, { default: retextLatin }, { VFile }, { reporter }] =
    await Promise.all([
      import('../index.js'),
      import('unified'),
      import('retext-latin'),
      import('vfile'),
      import('vfile-reporter'),
    ]);
  const processor = unified()
    .use(retextLatin)
    .use(retextVietnorm, { messageLanguage: args.lang ?? 'en' });
  const limits: ReadLimits = { maxBytes: args.maxBytes, idleTimeout: args.idleTimeout };
  const paths = await expandInputs(args.inputs);
  const files: InstanceType<typeof VFile>[] = [];
  let failed = false;
  for await (const doc of documents(
    { paths, filesFrom: args.filesFrom, jsonlIn: undefined },
    limits,
    stdin,
  )) {
    const name =
      'path' in doc.key
        ? doc.key.path === '-'
          ? 'stdin'
          : doc.key.path
        : `line ${String(Object.values(doc.key)[0])}`;
    let text: string;
    try {
      if (doc.kind === 'failed') throw doc.error;
      text = doc.kind === 'text' ? doc.text : (await readPath(doc.key.path, limits)).text;
    } catch (error) {
      stderr(`vietnorm: ${name}: ${(error as Error).message}\n`);
      failed = true;
      continue;
    }
    const vfile = new VFile({ path: name, value: text });
    await processor.run(processor.parse(vfile), vfile);
    // Only the messages are kept: memory stays bounded by one file.
    vfile.value = '';
    files.push(vfile);
  }
  if (args.json) {
    const messages = files.flatMap((f) =>
      f.messages.map((m) => ({
        file: f.path,
        line: m.line ?? null,
        column: m.column ?? null,
        ruleId: m.ruleId ?? null,
        reason: m.reason,
        actual: m.actual ?? null,
        expected: m.expected ?? [],
        url: m.url ?? null,
      })),
    );
    await out.write(`${JSON.stringify(messages, null, args.pretty ? 2 : undefined)}\n`);
  } else {
    stderr(`${reporter(files, { quiet: false })}\n`);
  }
  const warned = files.some((f) => f.messages.length > 0);
  if (failed) return EXIT.failed;
  return warned && args.frail ? EXIT.usage : EXIT.ok;
}
