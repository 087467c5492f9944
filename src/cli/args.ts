// Command-line parsing: which flags each command takes, their values checked, usage errors typed.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

/** A mistake in the command line: reported with `Try 'vietnorm <command> --help'` and exit 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

export const COMMANDS = ['analyze', 'detect', 'lint', 'normalize', 'translate-terms', 'glossary'] as const;
export type Command = (typeof COMMANDS)[number];
/** Commands that take documents and write one record per document. */
export type BatchCommand = 'analyze' | 'detect' | 'normalize' | 'translate-terms';

/** Every flag of the CLI, for node:util parseArgs. */
const OPTIONS = {
  // output
  jsonl: { type: 'boolean' },
  pretty: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  resume: { type: 'string' },
  fields: { type: 'string' },
  'no-text': { type: 'boolean' },
  // input
  'files-from': { type: 'string' },
  'jsonl-in': { type: 'string' },
  'max-bytes': { type: 'string' },
  'idle-timeout': { type: 'string' },
  format: { type: 'string' },
  // running
  jobs: { type: 'string', short: 'j' },
  unordered: { type: 'boolean' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  'exit-zero': { type: 'boolean' },
  // commands
  json: { type: 'boolean' },
  frail: { type: 'boolean' },
  write: { type: 'boolean' },
  to: { type: 'string' },
  from: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Flag = keyof typeof OPTIONS;

/** Flags every document-reading command takes. */
const READING: Flag[] = ['files-from', 'max-bytes', 'idle-timeout'];
/** Flags of the commands that write one record per document. */
const BATCH: Flag[] = [
  ...READING,
  'jsonl-in',
  'jsonl',
  'pretty',
  'output',
  'resume',
  'fields',
  'jobs',
  'unordered',
  'progress',
  'no-progress',
  'exit-zero',
];

/** The flags each command accepts (besides --help); any other is a usage error. */
const ALLOWED: Record<Command, readonly Flag[]> = {
  analyze: [...BATCH, 'format', 'no-text'],
  detect: [...BATCH, 'from'],
  normalize: [...BATCH, 'to', 'write'],
  'translate-terms': [...BATCH, 'to', 'from'],
  lint: [...READING, 'json', 'frail', 'lang', 'pretty'],
  glossary: ['from', 'to', 'format'],
};

/**
 * The default read limit: a document (file, stdin or JSONL line) larger than this is refused
 * with a `too-large` error record before more of it is read. 32 MiB holds the largest real
 * pages many times over and keeps one document's analysis within a few hundred MB.
 */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export type KbLanguage = 'en' | 'sv' | 'vi';
const LANGUAGES: readonly string[] = ['en', 'sv', 'vi'];

/** The parsed and checked command line. */
export interface Args {
  command: Command | undefined;
  /** Positional arguments after the command: files, directories, globs, or '-'. */
  inputs: string[];
  help: boolean;
  version: boolean;
  jsonl: boolean;
  pretty: boolean;
  output: string | undefined;
  resume: string | undefined;
  fields: string[] | undefined;
  noText: boolean;
  filesFrom: string | undefined;
  jsonlIn: string | undefined;
  maxBytes: number;
  /** Milliseconds without data from stdin or a FIFO before the read fails; 0: wait for EOF. */
  idleTimeout: number;
  format: string | undefined;
  jobs: number;
  unordered: boolean;
  /** Exit 0 even when some documents gave error records (engines that fail a task on a non-zero status). */
  exitZero: boolean;
  /** true: forced on, false: forced off, undefined: on when stderr is a TTY. */
  progress: boolean | undefined;
  json: boolean;
  frail: boolean;
  write: boolean;
  to: KbLanguage | undefined;
  from: KbLanguage | undefined;
  lang: KbLanguage | undefined;
}

function language(value: string | undefined, flag: string, command: Command): KbLanguage | undefined {
  if (value === undefined) return undefined;
  if (!LANGUAGES.includes(value))
    throw new UsageError(`--${flag} must be en, sv or vi, got '${value}'`, command);
  return value as KbLanguage;
}

/** Parses a byte count: digits with an optional K, M or G suffix (powers of 1024). */
export function parseBytes(value: string, flag: string, command?: string): number {
  const match = /^(\d{1,12})([KMG]?)i?B?$/iu.exec(value.trim());
  const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(match?.[2] ?? '').toUpperCase()];
  const n = match && unit !== undefined ? Number(match[1]) * unit : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`--${flag} must be a positive byte count such as 5000000, 512K or 64M`, command);
  }
  return n;
}

function positiveInteger(value: string, flag: string, command: string, max: number): number {
  const n = /^\d{1,6}$/u.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= max))
    throw new UsageError(`--${flag} must be a whole number from 1 to ${max}`, command);
  return n;
}

function seconds(value: string, flag: string, command: string): number {
  const n = /^\d{1,7}(\.\d{1,3})?$/u.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 0)) throw new UsageError(`--${flag} must be a number of seconds such as 30 or 0.5`, command);
  return Math.round(n * 1000);
}

/** The number of CPU cores Node may use: the default of `--jobs`. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Parses `argv` (without node and the script); throws a {@link UsageError} on any mistake. */
export function parse(argv: string[]): Args {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const command = argv.find((a) => (COMMANDS as readonly string[]).includes(a));
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments', command);
  }
  const { values, positionals } = parsed;
  const [name, ...inputs] = positionals;
  if (name !== undefined && !(COMMANDS as readonly string[]).includes(name)) {
    throw new UsageError(`unknown command '${name}'`);
  }
  const command = name as Command | undefined;
  if (command) {
    const allowed = ALLOWED[command];
    for (const flag of Object.keys(values) as Flag[]) {
      if (flag === 'help' || flag === 'version' || allowed.includes(flag)) continue;
      throw new UsageError(`--${flag} does not apply to '${command}'`, command);
    }
  }
  const c = command ?? 'analyze';
  const args: Args = {
    command,
    inputs,
    help: values.help ?? false,
    version: values.version ?? false,
    jsonl: values.jsonl ?? false,
    pretty: values.pretty ?? false,
    output: values.output,
    resume: values.resume,
    fields: values.fields?.split(',').map((f) => f.trim()),
    noText: values['no-text'] ?? false,
    filesFrom: values['files-from'],
    jsonlIn: values['jsonl-in'],
    maxBytes: values['max-bytes'] ? parseBytes(values['max-bytes'], 'max-bytes', c) : DEFAULT_MAX_BYTES,
    idleTimeout: values['idle-timeout'] ? seconds(values['idle-timeout'], 'idle-timeout', c) : 0,
    format: values.format,
    jobs: values.jobs ? positiveInteger(values.jobs, 'jobs', c, 256) : defaultJobs(),
    unordered: values.unordered ?? false,
    exitZero: values['exit-zero'] ?? false,
    progress: values.progress ? true : values['no-progress'] ? false : undefined,
    json: values.json ?? false,
    frail: values.frail ?? false,
    write: values.write ?? false,
    to: language(values.to, 'to', c),
    from: language(values.from, 'from', c),
    lang: language(values.lang, 'lang', c),
  };
  if (command && !args.help) check(command, args);
  return args;
}

/** Checks the combinations a flag table cannot express. */
function check(command: Command, args: Args): void {
  const fail = (message: string) => {
    throw new UsageError(message, command);
  };
  if (command === 'glossary') {
    if (args.inputs.length > 0) fail("'glossary' takes no files");
    if (!args.from) fail('--from is required (en, sv or vi)');
    if (!args.to) fail('--to is required (en, sv or vi)');
    if (!['csv', 'tsv', 'tbx', 'json'].includes(args.format ?? 'csv'))
      fail('--format must be csv, tsv, tbx or json');
    if (args.from === args.to) fail('--from and --to must differ');
    return;
  }
  const sources = args.inputs.length + (args.filesFrom ? 1 : 0) + (args.jsonlIn ? 1 : 0);
  if (sources === 0) fail(`'${command}' needs at least one file, directory or glob, or '-' for stdin`);
  const stdinUsers =
    args.inputs.filter((i) => i === '-').length +
    [args.filesFrom, args.jsonlIn].filter((x) => x === '-').length;
  if (stdinUsers > 1) fail("stdin ('-') can be read only once");
  if (command === 'translate-terms' && !args.to) fail('--to is required (en, sv or vi)');
  if (command === 'analyze' && args.format !== undefined && !['html', 'text', 'auto'].includes(args.format)) {
    fail('--format must be html, text or auto');
  }
  if (args.write) {
    if (args.inputs.includes('-') || args.jsonlIn)
      fail('--write rewrites files; it cannot rewrite stdin or JSONL input');
    if (args.output || args.resume || args.jsonl || args.fields)
      fail('--write prints no records: it takes no --output, --resume, --jsonl or --fields');
  }
  if (args.resume && args.output) fail('--resume FILE appends to FILE: give it without --output');
  if ((args.resume || args.jsonl) && args.pretty)
    fail('--pretty output is not JSONL: it cannot be combined with --jsonl or --resume');
  if (args.fields?.some((f) => f === '')) fail('--fields takes a comma-separated list of field names');
}
