import enMessages from '../../locales/en/messages.json';
import en from '../../locales/en/vietnorm.json';
import svMessages from '../../locales/sv/messages.json';
import sv from '../../locales/sv/vietnorm.json';
import viMessages from '../../locales/vi/messages.json';
import vi from '../../locales/vi/vietnorm.json';
import type { BlockKind } from '../article/schema.js';
import { deepFreeze } from '../freeze.js';
import type { Diacritics } from '../language/types.js';

/** The languages vietnorm speaks. */
export type DisplayLanguage = 'en' | 'sv' | 'vi';
export const DISPLAY_LANGUAGES: readonly DisplayLanguage[] = ['en', 'sv', 'vi'];

/** vietnorm's labels in one language (the `vietnorm` namespace). Every locale must fill it: a gap is a compile error. */
export type Labels = {
  block: Record<BlockKind, string>;
  field: Record<
    'language' | 'title' | 'published' | 'outlet' | 'dateline' | 'captions' | 'paragraphs' | 'entities',
    string
  >;
  language: Record<'en' | 'sv' | 'vi' | 'und', string>;
  diacritics: Record<Diacritics, string>;
  warning: Record<'implausible-year' | 'invalid-date', string>;
};
const enLabels: Labels = en;
const svLabels: Labels = sv;
const viLabels: Labels = vi;

/**
 * vietnorm's labels as i18next resources (`{ lng: { vietnorm: {...} } }`), for an app that wants
 * to add them to its own i18next instance with `addResourceBundle`. Deeply frozen: assigning to
 * it throws in strict mode and changes nothing. i18next keeps references to the nested objects of
 * a bundle it is given, so to change entries in your instance later, add a copy
 * (`structuredClone(labelResources.en.vietnorm)`).
 */
export const labelResources: Readonly<Record<DisplayLanguage, { readonly vietnorm: Labels }>> = deepFreeze({
  en: { vietnorm: enLabels },
  sv: { vietnorm: svLabels },
  vi: { vietnorm: viLabels },
});

/** Texts of the lint messages (the `messages` namespace). Every locale must fill it. */
export type Messages = Record<
  | 'missing-diacritics'
  | 'name-order'
  | 'mistranslation'
  | 'misspelt-name'
  | 'order-family-first'
  | 'order-given-first',
  string
>;
const enMessageTexts: Messages = enMessages;
const svMessageTexts: Messages = svMessages;
const viMessageTexts: Messages = viMessages;

/** The lint messages as i18next resources (`{ lng: { messages: {...} } }`), deeply frozen. */
export const messageResources: Readonly<Record<DisplayLanguage, { readonly messages: Messages }>> =
  deepFreeze({
    en: { messages: enMessageTexts },
    sv: { messages: svMessageTexts },
    vi: { messages: viMessageTexts },
  });
