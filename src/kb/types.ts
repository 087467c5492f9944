/** The three display languages of the knowledge base. */
export type KbLanguage = 'en' | 'sv' | 'vi';

/** Kinds of entity in the knowledge base. */
export type EntityType =
  | 'country'
  | 'province'
  | 'subdivision'
  | 'city'
  | 'sea'
  | 'region'
  | 'island-group'
  | 'place'
  | 'organisation'
  | 'outlet'
  | 'agreement'
  | 'programme'
  | 'office'
  | 'person'
  | 'event';

/** One term of office of a person. Dates are ISO days; `null` means not established (see `unverified`). */
export interface OfficeTerm {
  /** Id of the office, e.g. `office:vn-prime-minister`. */
  readonly office: string;
  readonly from: string | null;
  readonly to: string | null;
  /** Acting (interim) holder. */
  readonly acting?: boolean;
  /** What is not established about a null date ("open — in office when …"). */
  readonly unverified?: string;
}

/** Membership of a city in a province-level unit for a period. */
export interface WithinPeriod {
  readonly id: string;
  readonly from?: string;
  readonly to?: string;
}

/**
 * An entity as the generator stores it (display names live in `locales/{lng}/entities.json`, and
 * the library's compact copy of them in src/kb/data/names.generated.ts).
 */
export interface EntityRecord {
  /** Stable, namespaced id: `country:VN`, `vn-province-2025:01`, `person:pham-minh-chinh`. */
  readonly id: string;
  readonly type: EntityType;
  /** Other surface forms in any language (with and without diacritics); matched by folding key. */
  readonly aliases?: readonly string[];
  /** Forms matched only with their exact case (abbreviations such as `AP`, `DOC`, `VN`). */
  readonly caseSensitive?: readonly string[];
  /** ISO 3166-1 alpha-2 (countries) or ISO 3166-2 (provinces) code. */
  readonly iso?: string;
  readonly iso3?: string;
  readonly isoNumeric?: string;
  /** GSO code of a province-level unit. */
  readonly code?: string;
  /** Province system: `'2008'` (63 units until 2025-06-30) or `'2025'` (34 units since 2025-07-01). */
  readonly system?: '2008' | '2025';
  /** Vietnamese administrative type (`tỉnh`, `thành phố trực thuộc trung ương`). */
  readonly adminType?: string;
  /** First day of validity; `null` when open or not recorded. */
  readonly validFrom?: string | null;
  /** Last day of validity; `null` when still valid. */
  readonly validTo?: string | null;
  /** The unit this one became part of after `validTo`. */
  readonly successor?: string;
  /** The units merged into this one. */
  readonly predecessors?: readonly string[];
  /** For cities: the province-level unit per period. */
  readonly within?: readonly WithinPeriod[];
  /** For cities: code in `districts-2008.json`. */
  readonly district2008?: string;
  /**
   * Names the unit bore until `to` (Thừa Thiên Huế, until 2024-12-31), each with its display names
   * of that period: a text that writes a former name is translated into it, not the current name.
   */
  readonly formerNames?: readonly {
    readonly name: string;
    readonly names?: Readonly<Partial<Record<KbLanguage, string>>>;
    readonly to?: string;
    readonly source?: string;
  }[];
  readonly laterChanges?: readonly {
    readonly effective: string;
    readonly type?: string;
    readonly fullName?: string;
    readonly basis?: string;
  }[];
  /** Country id (`country:VN`) for people, offices, ministries and outlets. */
  readonly country?: string;
  /** Parent entity (VOVWORLD → VOV). */
  readonly parent?: string;
  /** People: how the full name is ordered in the canonical (vi) form. */
  readonly nameOrder?: 'family-first' | 'given-first';
  readonly family?: string;
  readonly middle?: string;
  /** The name a person is referred to by alone: "Chính" (PM Chinh), "Fumio". */
  readonly given?: string;
  readonly offices?: readonly OfficeTerm[];
  /** People: day (or year) of birth, when known (general knowledge, unverified). */
  readonly born?: string;
  /** People: day (or year) of death. */
  readonly died?: string;
  /** Offices held by several people at once (deputy prime ministers, Politburo members). */
  readonly concurrent?: boolean;
  /** Offices: titles used in front of a name, per language ("PM", "Thủ tướng"). */
  readonly titles?: Readonly<Partial<Record<KbLanguage, readonly string[]>>>;
  readonly notes?: string;
  /** Source ids (see `kbSources`). */
  readonly sources: readonly string[];
}

/** A knowledge-base entity with its display names. */
export interface Entity extends EntityRecord {
  readonly names: Readonly<Record<KbLanguage, string>>;
}

/** An alias key that names more than one entity. */
export interface AmbiguityRecord {
  /** The folding key (see `foldKey`). */
  readonly key: string;
  readonly candidates: readonly string[];
  /** `temporal`: same-named units of different periods (the date decides); `declared`: recorded in data/kb. */
  readonly kind: 'temporal' | 'declared' | 'runtime';
  readonly default?: string;
  /**
   * The context the default needs, e.g. `home-context`: where neither it nor an alternative's holds,
   * the name is read as none of the candidates.
   */
  readonly defaultWhen?: string;
  readonly alternatives?: readonly {
    readonly id: string;
    /** The context in which this reading applies, e.g. `vietnam-maritime-context`. */
    readonly when: string;
    /** e.g. `mistranslation`. */
    readonly flag?: string;
    readonly note?: string;
  }[];
  readonly note?: string;
}

/** A fact that could not be established (a null date), with what is missing. */
export interface UnverifiedRecord {
  readonly id: string;
  readonly field: string;
  readonly office?: string;
  readonly note: string;
}

/** A data source of the knowledge base. */
export interface SourceRecord {
  readonly id: string;
  readonly title: string;
  readonly license?: string;
  readonly version?: string;
  readonly files?: Readonly<Record<string, unknown>>;
}
