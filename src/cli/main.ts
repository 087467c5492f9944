import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
// The library through its public entry: the built CLI imports ./index.js instead of a copy of it.
import { analyze, detectLanguage } from '../index.js';
import { DecodeError, decodeUtf8 } from './decode.js';

const HELP = `vietnorm ${version}: language, canonical names and typed articles for news about Vietnam

Usage:
  vietnorm analyze <file…>   print the Article JSON of each file ('-' reads stdin)
  vietnorm detect <file…>    print the detected language of each file

Options:
  --jsonl      one JSON object per line (default for several files is a JSON array)
  --pretty     indent the JSON
  -h, --help   show this help
  -v, --version  print the version

Exit status: 0 on success, 1 on a usage error, 2 when a file cannot be read or is not UTF-8 text.
`;

/** Exit codes. */
const OK = 0;
const USAGE = 1;
const UNREADABLE = 2;

class UsageError extends Error {}

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

/** Runs the CLI with the given arguments; returns the exit code. Output goes to the given writers. */
export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    err(`vietnorm: ${(error as Error).message}\nTry 'vietnorm --help'.\n`);
    return USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(HELP);
    return OK;
  }
  if (values.version) {
    out(`${version}\n`);
    return OK;
  }
  const [command, ...files] = positionals;
  if (command !== 'analyze' && command !== 'detect') {
    err(
      `vietnorm: ${command ? `unknown command '${command}'` : 'missing command'}\nTry 'vietnorm --help'.\n`,
    );
    return USAGE;
  }
  if (files.length === 0) {
    err(`vietnorm: '${command}' needs at least one file, or '-' for stdin\n`);
    return USAGE;
  }
  const results: unknown[] = [];
  let status = OK;
  for (const file of files) {
    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      err(`vietnorm: ${file === '-' ? 'stdin' : file}: ${describe(error)}\n`);
      status = UNREADABLE;
      continue;
    }
    results.push(command === 'analyze' ? analyze(text) : detectLanguage(text));
  }
  const indent = values.pretty ? 2 : undefined;
  if (values.jsonl) for (const r of results) out(`${JSON.stringify(r)}\n`);
  else if (files.length === 1 && results.length === 1) out(`${JSON.stringify(results[0], null, indent)}\n`);
  else if (results.length > 0) out(`${JSON.stringify(results, null, indent)}\n`);
  return status;
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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}
