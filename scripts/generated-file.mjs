// Writes a generated data file, or with --check on the command line only compares it: a file that
// differs from what its script makes fails the check (npm run check:generated) with the command
// that makes it again.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Writes `content` to `file`, or under `--check` exits 1 when the file holds anything else.
 * Returns true when it wrote.
 * @param {string} file - the generated file's path
 * @param {string} content - what the script makes
 * @param {string} script - the script's `import.meta.url`, named in the message
 */
export function writeGenerated(file, content, script) {
  if (!process.argv.includes('--check')) {
    writeFileSync(file, content);
    return true;
  }
  if (readFileSync(file, 'utf8') !== content) {
    console.error(`${file} is out of date: run node scripts/${basename(new URL(script).pathname)}`);
    process.exit(1);
  }
  return false;
}
