// The top-level fields of each command's records, for checking --fields before any work starts
// (a typo would otherwise give empty records). Article fields come from ArticleSchema itself.
import type { BatchCommand } from './args.js';
import { UsageError } from './args.js';

/** The result fields of each command's records (besides path/id, meta and error). */
export const RESULT_FIELDS: Record<Exclude<BatchCommand, 'analyze'>, readonly string[]> = {
  detect: ['language', 'confidence', 'diacritics', 'scores'],
  normalize: ['text', 'changes'],
  'translate-terms': ['text', 'replacements'],
};

/** Fields every record keeps whatever --fields says. */
const ALWAYS = ['path', 'id', 'line', 'meta', 'error'];

/** The result fields of a command's records; analyze's are read from ArticleSchema. */
export async function resultFields(command: BatchCommand): Promise<readonly string[]> {
  if (command !== 'analyze') return RESULT_FIELDS[command];
  const { ArticleSchema } = await import('../index.js');
  return Object.keys(ArticleSchema.entries);
}

/** Checks a --fields list; returns the result fields to keep. */
export async function checkFields(command: BatchCommand, fields: string[]): Promise<string[]> {
  const known = await resultFields(command);
  for (const field of fields) {
    if (!known.includes(field) && !ALWAYS.includes(field)) {
      throw new UsageError(
        `--fields: '${field}' is not a field of ${command} records (${known.join(', ')})`,
        command,
      );
    }
  }
  return fields.filter((f) => known.includes(f));
}
