// The text of `vietnorm --help` and of each `vietnorm <command> --help`.
import type { Command } from './args.js';

const INPUT = `Input (any mix):
  <file>                a text file; '-' is stdin (one document, read to EOF)
  <dir>                 every file under it, recursively (hidden files and folders skipped)
  <glob>                quoted patterns are expanded by vietnorm: 'pages/**/*.txt'
  --files-from <f|->    a list of paths, one per line
  --max-bytes <n>       refuse a document larger than n bytes (default 32M) as it is read
  --idle-timeout <s>    fail a read from stdin or a FIFO that sends nothing for s seconds
                        (default: wait for EOF)`;

const BATCH = `  --jsonl-in <f|->      JSONL documents, one {"id": …, "text": …} per line; other fields
                        come back unchanged under "meta"
  -j, --jobs <n>        worker threads (default: the number of cores)
  --unordered           write each record as soon as it is ready (default: input order)
  -o, --output <f>      write the records to a file (default: stdout)
  --resume <f>          append to f, skipping documents whose id or path f already holds
  --fields <a,b>        keep only these top-level fields (id, path, meta and error always stay)
  --jsonl               one record per line (the default of analyze and detect)
  --pretty              indent each record (not JSONL)
  --progress            show progress on stderr (default: when stderr is a terminal
                        and the records do not go to that terminal too)
  --no-progress         never show progress
  --exit-zero           exit 0 even when some records are error records (for Hadoop
                        Streaming or Spark's pipe, which fail a task on any other status)`;

const RECORDS = `Each document gives one JSON record, in input order, carrying its "path" (files) or
"id" (JSONL input). A document that cannot be read or analyzed gives an error record in
its place, {"path": …, "error": {"code": …, "message": …}}, and a line on stderr.`;

const EXIT = `Exit status: 0 all documents done, 1 usage error, 2 one or more error records (0 with --exit-zero),
130/143 interrupted (SIGINT/SIGTERM: only complete records are written).`;

const COMMAND_HELP: Record<Command, string> = {
  analyze: `vietnorm analyze [options] <input…>
Print the Article (language, title, date, outlet, dateline, captions, paragraphs, entities,
blocks) of each document as JSON.

${INPUT}
${BATCH}
  --no-text             leave out "text" (the document itself) from each Article
  --format <f>          html, text or auto (default auto: a document starting with
                        <!doctype html> or <html> is read as HTML; HTML that is not
                        UTF-8 is decoded with the charset the page declares)

${RECORDS}

Examples:
  vietnorm analyze page.txt --pretty
  vietnorm analyze pages/ -o articles.jsonl --no-text
  vietnorm analyze 'pages/**/*.txt' --jobs 2 --resume articles.jsonl
  find pages -name '*.txt' | vietnorm analyze --files-from - --fields path,title,published
  jq -c '{id: .url, text: .body, url}' scraped.jsonl | vietnorm analyze --jsonl-in -

${EXIT}
`,
  detect: `vietnorm detect [options] <input…>
Print the language of each document: {"path", "language", "confidence", "diacritics", "scores"}.

${INPUT}
${BATCH}
  --from <lng>          the language you expect (en, sv or vi): decides close calls

${RECORDS}

Examples:
  vietnorm detect line.txt --from sv
  vietnorm detect --jsonl-in snippets.jsonl --fields id,language,confidence

${EXIT}
`,
  normalize: `vietnorm normalize [options] <input…>
Rewrite recognized names to their canonical form. One file prints its text; several
documents (or --jsonl) print one {"path"|"id", "text", "changes"} record each.

${INPUT}
${BATCH}
  --to <lng>            the text's language (en, sv or vi) when you know it
  --write               rewrite each file in place (safe: see below); nothing is printed

--write writes a new file beside the original (an unpredictable name, created exclusively),
syncs it to disk, then renames it over the original, keeping the original's mode, owner
(where permitted) and UTF-8 BOM. A symbolic link or a file with several hard links is
refused, not followed; a file that changed meanwhile is left alone. On any failure the
original is untouched and the temporary file removed.

Examples:
  vietnorm normalize page.txt --to vi
  vietnorm normalize pages/ --write

${EXIT}
`,
  'translate-terms': `vietnorm translate-terms --to <lng> [options] <input…>
Write recognized names in the target language. One file prints its text; several documents
(or --jsonl) print one {"path"|"id", "text", "replacements"} record each.

${INPUT}
${BATCH}
  --to <lng>            target language: en, sv or vi (required)
  --from <lng>          the text's language, when you know it

Examples:
  vietnorm translate-terms page.txt --to vi
  vietnorm translate-terms --jsonl-in docs.jsonl --to sv --fields id,text

${EXIT}
`,
  lint: `vietnorm lint [options] <input…>
Report names written in a non-canonical way (vfile-reporter output on stderr).

${INPUT}
  --json                print the messages as JSON on stdout instead
  --frail               exit 1 when there are warnings
  --lang <lng>          language of the messages: en (default), sv or vi

Examples:
  vietnorm lint 'pages/*.txt' --frail
  vietnorm lint page.txt --json --lang sv

Exit status: 0, 1 usage error or warnings with --frail, 2 a file that cannot be read.
`,
  glossary: `vietnorm glossary --from <lng> --to <lng> [--format csv|tsv|tbx|json]
Print the knowledge base as a glossary (csv by default: source,target pairs, no header).

Examples:
  vietnorm glossary --from en --to sv --format tbx > vietnorm.tbx
`,
};

/** The general help: the commands and where to read more. */
export function generalHelp(version: string): string {
  return `vietnorm ${version}: language, canonical names and typed articles for news about Vietnam

Usage:
  vietnorm analyze <input…>               the Article JSON of each document
  vietnorm detect <input…>                the language of each document
  vietnorm lint <input…>                  report non-canonical names
  vietnorm normalize <input…> [--write]   canonical names (printed, or rewritten in place)
  vietnorm translate-terms <input…> --to vi
                                          names in the target language
  vietnorm glossary --from en --to sv [--format csv|tsv|tbx|json]
                                          the knowledge base as a glossary

An input is a file, a directory (read recursively), a quoted glob or '-' (stdin);
--files-from and --jsonl-in read lists and JSONL documents. Records are JSONL, streamed as
documents finish, on worker threads (--jobs).

  vietnorm <command> --help   options and examples of one command (e.g. vietnorm analyze --help)
  -v, --version               print the version

${EXIT}
`;
}

/** The help of one command. */
export function commandHelp(command: Command): string {
  return COMMAND_HELP[command];
}
