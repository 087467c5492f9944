/**
 * The ASCII forms of names and aliases ("Hà Nội" → "Ha Noi", "Malmö" → "Malmo"). The generated
 * KB stores only the forms written in data/kb; their ASCII forms are derived here, at load, by the
 * same rule the generator uses to check the data (scripts/build-kb.mjs imports this module).
 */

/** Diacritics removed, đ → d, case kept. */
export function asciiForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Every alias of an entity: its listed aliases and the ASCII forms of its names and aliases,
 * without the names themselves, case-sensitive forms, or a second form differing only in case.
 * @example expandAliases(['Hà Nội'], ['Thủ đô Hà Nội'], []) // ['Ha Noi', 'Thủ đô Hà Nội', 'Thu do Ha Noi']
 */
export function expandAliases(
  names: readonly string[],
  aliases: readonly string[],
  caseSensitive: readonly string[],
): string[] {
  const nameSet = new Set(names);
  const cs = new Set(caseSensitive);
  const seen = new Set<string>();
  const seenLower = new Set(names.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const form of [...names, ...aliases]) {
    if (cs.has(form)) continue;
    for (const a of [form, asciiForm(form)]) {
      if (seen.has(a)) continue;
      seen.add(a);
      const lower = a.toLowerCase();
      if (nameSet.has(a) || cs.has(a) || seenLower.has(lower)) continue;
      seenLower.add(lower);
      out.push(a);
    }
  }
  return out;
}
