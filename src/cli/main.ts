import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { version } from '../../package.json';
// The library through its public entry: the built CLI imports ./index.js instead of a copy of it.
import {
  analyze,
  detectLanguage,
  exportGlossary,
  type GlossaryFormat,
  type KbLanguage,
  normalize,
  retextVietnorm,
  translateTerms,
} from '../index.js';
import { DecodeError, decodeUtf8 } from './decode.js';

const HELP = `vietnorm ${version}: language, canonical names and typed articles for news about Vietnam

Usage:
  vietnorm analyze <file…>                print the Article JSON of each file ('-' reads stdin)
  vietnorm detect <file…>                 print the detected language of each file
  vietnorm lint <file…>                   report non-canonical names (vfile-reporter output on stderr)
  vietnorm normalize <file…> [--write]    print each file with canonical names, or rewrite it in place
  vietnorm translate-terms <file…> --to vi
                                          print each file with names in the target language
  vietnorm glossary --from en --to sv [--format csv|tsv|tbx|json]
                                          print the knowledge base as a glossary

Options:
  --jsonl           one JSON object per line (default for several files is a JSON array)
  --pretty          indent the JSON
  --json            lint: print the messages as JSON on stdout instead of a report
  --frail           lint: exit 1 when there are warnings
  --write           normalize: rewrite the files (atomically; refused if a file changed meanwhile)
  --to <lng>        en, sv or vi: target language (translate-terms, glossary; normalize: the text's)
  --from <lng>      en, sv or vi: source language (glossary; detect: the language expected,
                    which decides close calls; optional elsewhere)
  --format <f>      glossary format (default csv)
  --lang <lng>      lint: language of the messages (default en)
  -h, --help        show this help
  -v, --version     print the version

Exit status: 0 on success, 1 on a usage error (or lint warnings with --frail), 2 when a file
cannot be read, is not UTF-8 text, or changed while being normalized.
`;

/** Exit codes. */
const OK = 0;
const USAGE = 1;
const UNREADABLE = 2;

class UsageError extends Error {}

/** Output streams, replaceable in tests. */
interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readText(file: string): Promise<string> {
  const bytes = file === '-' ? await readStdin() : await readFile(file);
  return decodeUtf8(bytes);
}

function describe(error: unknown): string {
  if (error instanceof DecodeError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

const LANGUAGES = ['en', 'sv', 'vi'];

function language(value: string | undefined, option: string, required: boolean): KbLanguage | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`--${option} is required (en, sv or vi)`);
    return undefined;
  }
  if (!LANGUAGES.includes(value)) throw new UsageError(`--${option} must be en, sv or vi, got '${value}'`);
  return value as KbLanguage;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        jsonl: { type: 'boolean' },
        pretty: { type: 'boolean' },
        json: { type: 'boolean' },
        frail: { type: 'boolean' },
        write: { type: 'boolean' },
        to: { type: 'string' },
        from: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

type Values = ReturnType<typeof parse>['values'];

/** Reads each file, reporting the unreadable ones; returns the readable ones in order. */
async function readAll(
  files: string[],
  io: Io,
): Promise<{ texts: { file: string; text: string }[]; failed: boolean }> {
  const texts: { file: string; text: string }[] = [];
  let failed = false;
  for (const file of files) {
    try {
      texts.push({ file, text: await readText(file) });
    } catch (error) {
      io.err(`vietnorm: ${file === '-' ? 'stdin' : file}: ${describe(error)}\n`);
      failed = true;
    }
  }
  return { texts, failed };
}

function printJson(results: unknown[], single: boolean, values: Values, io: Io): void {
  const indent = values.pretty ? 2 : undefined;
  if (values.jsonl) for (const r of results) io.out(`${JSON.stringify(r)}\n`);
  else if (single && results.length === 1) io.out(`${JSON.stringify(results[0], null, indent)}\n`);
  else if (results.length > 0) io.out(`${JSON.stringify(results, null, indent)}\n`);
}

async function lint(texts: { file: string; text: string }[], values: Values, io: Io): Promise<boolean> {
  const messageLanguage = language(values.lang, 'lang', false) ?? 'en';
  const processor = unified().use(retextLatin).use(retextVietnorm, { messageLanguage });
  const files: VFile[] = [];
  for (const { file, text } of texts) {
    const vfile = new VFile({ path: file === '-' ? 'stdin' : file, value: text });
    await processor.run(processor.parse(vfile), vfile);
    files.push(vfile);
  }
  if (values.json) {
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
    io.out(`${JSON.stringify(messages, null, values.pretty ? 2 : undefined)}\n`);
  } else {
    io.err(`${reporter(files, { quiet: false })}\n`);
  }
  return files.some((f) => f.messages.length > 0);
}

/** Writes through a temporary file and a rename, after checking that the file still holds `before`. */
async function writeInPlace(file: string, before: string, after: string): Promise<void> {
  const now = decodeUtf8(await readFile(file));
  if (now !== before) throw new Error('changed while being normalized; not written');
  const temp = join(dirname(file), `.${basename(file)}.vietnorm-${process.pid}.tmp`);
  await writeFile(temp, after);
  await rename(temp, file);
}

/** Runs the CLI with the given arguments; returns the exit code. Output goes to the given writers. */
export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  const io: Io = { out, err };
  try {
    return await run(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`vietnorm: ${error.message}\nTry 'vietnorm --help'.\n`);
    return USAGE;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.out(HELP);
    return OK;
  }
  if (values.version) {
    io.out(`${version}\n`);
    return OK;
  }
  const [command, ...files] = positionals;
  if (command === 'glossary') {
    if (files.length > 0) throw new UsageError("'glossary' takes no files");
    const from = language(values.from, 'from', true) as KbLanguage;
    const to = language(values.to, 'to', true) as KbLanguage;
    const format = (values.format ?? 'csv') as GlossaryFormat;
    if (!['csv', 'tsv', 'tbx', 'json'].includes(format))
      throw new UsageError(`--format must be csv, tsv, tbx or json`);
    if (from === to) throw new UsageError('--from and --to must differ');
    io.out(exportGlossary({ languages: [from, to], format }));
    return OK;
  }
  const commands = ['analyze', 'detect', 'lint', 'normalize', 'translate-terms'];
  if (command === undefined || !commands.includes(command)) {
    throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  }
  if (files.length === 0) throw new UsageError(`'${command}' needs at least one file, or '-' for stdin`);
  if (values.write && command !== 'normalize') throw new UsageError('--write is only for normalize');
  if (values.write && files.includes('-')) throw new UsageError('--write cannot rewrite stdin');
  const to = language(values.to, 'to', command === 'translate-terms');
  const from = language(values.from, 'from', false);

  const { texts, failed } = await readAll(files, io);
  let status = failed ? UNREADABLE : OK;
  switch (command) {
    case 'analyze':
    case 'detect':
      printJson(
        texts.map(({ text }) =>
          command === 'analyze' ? analyze(text) : detectLanguage(text, from ? { expect: from } : {}),
        ),
        files.length === 1,
        values,
        io,
      );
      break;
    case 'lint':
      if ((await lint(texts, values, io)) && values.frail && status === OK) status = USAGE;
      break;
    case 'translate-terms':
      for (const { text } of texts)
        io.out(translateTerms(text, { to: to as KbLanguage, ...(from ? { from } : {}) }).text);
      break;
    case 'normalize':
      for (const { file, text } of texts) {
        const result = normalize(text, to ? { to } : {});
        if (!values.write) {
          io.out(result.text);
          continue;
        }
        if (result.changes.length === 0) continue;
        try {
          await writeInPlace(file, text, result.text);
          io.err(`vietnorm: ${file}: ${result.changes.length} name(s) normalized\n`);
        } catch (error) {
          io.err(`vietnorm: ${file}: ${describe(error)}\n`);
          status = UNREADABLE;
        }
      }
      break;
  }
  return status;
}
