// The departments of Viet Nam's province-level units ("Sở Nội vụ", "Sở GD&ĐT tỉnh Quảng Ninh",
// "Sở Y tế Hà Nội"): each unit has a department for the field of each ministry, named "Sở" and
// the field as the ministry is named "Bộ" and the field. The fields are read from the knowledge
// base's ministries of Viet Nam, full and abbreviated ("Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT"), so
// they follow the base. A department is a local organisation of the text, named by its field in
// full however it was written; the unit after it stays a mention of its own (its name may still
// be ambiguous between the units of two periods, which resolution decides later).
import { entitiesToIndex, type Normalizer } from '../kb/kb.js';
import { DEPARTMENT_HEAD, DEPARTMENT_ONLY_FIELDS } from './context.js';
import { type Doc, spells } from './doc.js';
import { nameKeys } from './tokenize.js';

/** One way to write a field after "Sở": its words as folding keys, and the field's full name. */
interface FieldForm {
  keys: readonly string[];
  /** The field as the ministry's Vietnamese display name has it ("Giáo dục và Đào tạo"). */
  name: string;
}

/** A ministry's name and the field after its head: "Bộ Y tế" and "Bộ Y tế Việt Nam" give "Y tế". */
const MINISTRY = /^B(?:ộ|o) (.+?)(?: Vi(?:ệ|e)t Nam)?$/u;

const fieldsByKb = new WeakMap<Normalizer, readonly FieldForm[]>();

/**
 * The fields' forms of a knowledge base, longest first: from each Vietnamese ministry (an
 * organisation of Viet Nam whose English name opens "Ministry of") its display name and the aliases
 * that open with "Bộ", and the fields only departments have ("Ngoại vụ").
 */
function fieldsOf(kb: Normalizer): readonly FieldForm[] {
  let fields = fieldsByKb.get(kb);
  if (fields) return fields;
  const forms = new Map<string, FieldForm>();
  const add = (written: string, name: string) => {
    const keys = nameKeys(written);
    if (keys.length > 0 && !forms.has(keys.join(' '))) forms.set(keys.join(' '), { keys, name });
  };
  for (const e of entitiesToIndex(kb)) {
    if (e.type !== 'organisation' || e.country !== 'country:VN' || !e.names.en.startsWith('Ministry of'))
      continue;
    const name = MINISTRY.exec(e.names.vi)?.[1];
    if (!name) continue;
    add(name, name);
    for (const alias of e.aliases ?? []) {
      const field = MINISTRY.exec(alias)?.[1];
      if (field) add(field, name);
    }
  }
  for (const name of DEPARTMENT_ONLY_FIELDS) add(name, name);
  fields = [...forms.values()].sort((a, b) => b.keys.length - a.keys.length);
  fieldsByKb.set(kb, fields);
  return fields;
}

/** A department's words in the text (`from`..`to`), its id's key and its name. */
export interface DepartmentSpan {
  from: number;
  to: number;
  /** The id's key: "so" and the field's words ("so-giao-duc-va-dao-tao"). */
  key: string;
  /** "Sở" and the field in full ("Sở Giáo dục và Đào tạo" for "Sở GD&ĐT"). */
  name: string;
}

/** The departments named in a Vietnamese text: "Sở" and a field, both capitalised, on free words. */
export function departmentSpans(doc: Doc, covered: Uint8Array, language: string | null): DepartmentSpan[] {
  const found: DepartmentSpan[] = [];
  const { tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  let fields: readonly FieldForm[] | undefined;
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    // (The head is in the vocabulary: its key is read, no word is folded.)
    if (covered[i] || tokens.key(i) !== DEPARTMENT_HEAD || i + 1 >= n || !tokens.capital(i + 1)) continue;
    // "Sở" with its mark; the unmarked "So" only in text known to be Vietnamese.
    if (language !== 'vi' && !tokens.nonAscii(i)) continue;
    if (!tokens.spaced(i)) continue;
    fields ??= fieldsOf(doc.kb);
    const field = fields.find(
      (f) => spells(doc, i + 1, f.keys) && free(covered, i + 1, i + 1 + f.keys.length),
    );
    if (!field) continue;
    const to = i + 1 + field.keys.length;
    found.push({ from: i, to, key: `so-${nameKeys(field.name).join('-')}`, name: `Sở ${field.name}` });
  }
  return found;
}

/** Words `from`..`to` are free: no other stage has read them. */
function free(covered: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (covered[k]) return false;
  return true;
}
