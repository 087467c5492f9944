import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DASH_SIGNOFF, END_MARK, IMAGE_LABEL } from '../regex.js';
import { danglingDash, dashSignoffAt, endMarkAt, isImageLabel } from './scanners.js';

const RUNS = Number(process.env.VIETNORM_PROPERTY_RUNS ?? 1000);

/** Lines made of the pieces these patterns read, astral capitals and small letters included. */
const line = fc
  .array(
    fc.constantFrom(
      ' ',
      '\t',
      '-',
      '–',
      '—',
      './.',
      '.',
      'VNA',
      'Reuters',
      'Ảnh',
      'Photo',
      '1',
      '12',
      'x',
      'Q',
      '𝐀',
      '𝐚',
      'ệ',
      'word ',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** Endings shaped like the patterns' matches, a little short or long of them in each part. */
const blanks = fc.array(fc.constantFrom(' ', '\t'), { maxLength: 4 }).map((b) => b.join(''));
const run = (chars: string[]) =>
  fc.array(fc.constantFrom(...chars), { maxLength: 22 }).map((l) => l.join(''));
const letters = fc.oneof(
  run(['A', '𝐀', '1', '.', 'Ư']),
  run(['x', '𝐚', 'ệ']),
  run(['A', 'x', '𝐀', '𝐚', '1', '.']),
);
const ending = fc
  .tuple(
    fc.constantFrom(' ', '\t', '', 'x'),
    fc.constantFrom('—', '–', '-', './.'),
    blanks,
    fc.constantFrom('V', '𝐀', 'x', 'Ảnh', 'Photo'),
    letters,
    blanks,
    fc.constantFrom('', '1', '123.', ' 12'),
  )
  .map((parts) => parts.join(''));

/** The match as the comparison needs it: where, what, and the outlet group. */
const shape = (m: RegExpExecArray | null) => m && { index: m.index, text: m[0], outlet: m.groups?.outlet };

describe('scanners that read a line from its end', () => {
  it('find what the end-anchored patterns find, at the same index', () => {
    fc.assert(
      fc.property(line, ending, fc.string({ maxLength: 200 }), (body, end, head) => {
        for (const t of [body, body + end, head + end, head + body + end]) {
          expect(isImageLabel(t)).toBe(IMAGE_LABEL.test(t));
          expect(shape(endMarkAt(t))).toEqual(shape(END_MARK.exec(t)));
          expect(shape(dashSignoffAt(t))).toEqual(shape(DASH_SIGNOFF.exec(t)));
          expect(danglingDash(t)).toBe(/[ \t][-–]$/u.test(t));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('read sign-offs and labels at the end of long lines', () => {
    const prose = 'Talks were held in Hanoi. '.repeat(400);
    expect(dashSignoffAt(`${prose}— VNS`)?.groups?.outlet).toBe('VNS');
    expect(endMarkAt(`${prose}./. VNA`)?.groups?.outlet).toBe('VNA');
    expect(isImageLabel(`${prose} - Ảnh 1.`)).toBe(true);
    expect(danglingDash(`${prose} -`)).toBe(true);
    expect(dashSignoffAt(`— VNS ${prose}`)).toBeNull();
    // The longest matches, every letter astral (two code units): the reaches hold them whole.
    const longestSignoff = `${prose}\t—\t\t\t${'𝐀'.repeat(16)}\t\t\t`;
    expect(shape(dashSignoffAt(longestSignoff))).toEqual(shape(DASH_SIGNOFF.exec(longestSignoff)));
    expect(dashSignoffAt(longestSignoff)).not.toBeNull();
    const longestMark = `${prose}./.\t\t\t𝐀${'𝐚'.repeat(20)}\t\t\t`;
    expect(shape(endMarkAt(longestMark))).toEqual(shape(END_MARK.exec(longestMark)));
    expect(endMarkAt(longestMark)?.groups?.outlet).toBe(`𝐀${'𝐚'.repeat(20)}`);
    const longestLabel = `${prose}\t—\t\t\tPhoto\t\t\t123.`;
    expect(isImageLabel(longestLabel)).toBe(true);
  });
});
