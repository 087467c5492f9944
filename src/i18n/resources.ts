import en from '../../locales/en/vietnorm.json';
import sv from '../../locales/sv/vietnorm.json';
import vi from '../../locales/vi/vietnorm.json';

/** The languages vietnorm speaks. */
export type DisplayLanguage = 'en' | 'sv' | 'vi';
export const DISPLAY_LANGUAGES: readonly DisplayLanguage[] = ['en', 'sv', 'vi'];

/** The English labels define the shape; Swedish and Vietnamese must fill it (a gap is a compile error). */
export type Labels = typeof en;
const svLabels: Labels = sv;
const viLabels: Labels = vi;

/**
 * vietnorm's labels as i18next resources (`{ lng: { vietnorm: {...} } }`), for an app that wants
 * to add them to its own i18next instance with `addResourceBundle`.
 */
export const labelResources: Readonly<Record<DisplayLanguage, { vietnorm: Labels }>> = {
  en: { vietnorm: en },
  sv: { vietnorm: svLabels },
  vi: { vietnorm: viLabels },
};
