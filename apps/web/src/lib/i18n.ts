import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from '../locales/da.json';
import en from '../locales/en.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'da';

const STORAGE_KEY = 'portal.language';

export const resources = {
  da: { translation: da },
  // `satisfies` keeps the English file complete: a key missing there fails the type check.
  en: { translation: en satisfies typeof da },
} as const;

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(value)) return value;
  } catch {
    // storage blocked (private mode, policy): fall back to Danish
  }
  return DEFAULT_LANGUAGE;
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers the choice in this browser. */
export function setLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not persisted; the choice still holds for this page
  }
  void i18n.changeLanguage(language);
}
