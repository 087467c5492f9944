import { createInstance, type i18n, type TFunction } from 'i18next';
import { type DisplayLanguage, labelResources } from './resources.js';

let instance: i18n | undefined;

/** Extra namespaces (e.g. entity names) registered by other modules before first use. */
const extraNamespaces = new Map<string, Record<DisplayLanguage, Record<string, unknown>>>();

/**
 * vietnorm's own i18next instance, created on first use (never on import) and never the host's
 * global one: no `.use()`, no debug logger, resources inline so `init` is synchronous.
 */
function getInstance(): i18n {
  if (instance) return instance;
  const created = createInstance();
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [lng, namespaces] of Object.entries(labelResources)) resources[lng] = { ...namespaces };
  for (const [ns, byLng] of extraNamespaces) {
    for (const [lng, bundle] of Object.entries(byLng)) {
      const forLng = resources[lng] ?? {};
      forLng[ns] = bundle;
      resources[lng] = forLng;
    }
  }
  created.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    defaultNS: 'vietnorm',
    ns: ['vietnorm', ...extraNamespaces.keys()],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance = created;
  return created;
}

/**
 * Registers a namespace of resources for every display language (used by the knowledge base for
 * entity names). Takes effect immediately if the instance exists.
 */
export function registerNamespace(ns: string, byLng: Record<DisplayLanguage, Record<string, unknown>>): void {
  extraNamespaces.set(ns, byLng);
  if (instance)
    for (const [lng, bundle] of Object.entries(byLng))
      instance.addResourceBundle(lng, ns, bundle, true, true);
}

/** A translate function bound to a language and namespace, without changing any global language. */
export function getT(lng: DisplayLanguage, ns = 'vietnorm'): TFunction {
  return getInstance().getFixedT(lng, ns);
}
