import 'i18next';
import type { daTexts } from '../lib/i18n';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof daTexts };
  }
}
