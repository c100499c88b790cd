import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from '../locales/da.json';
import en from '../locales/en.json';
import orgDa from '../features/org/locales/da.json';
import orgEn from '../features/org/locales/en.json';
import auditDa from '../features/audit/locales/da.json';
import auditEn from '../features/audit/locales/en.json';
import peopleDa from '../features/people/locales/da.json';
import peopleEn from '../features/people/locales/en.json';
import importsDa from '../features/imports/locales/da.json';
import importsEn from '../features/imports/locales/en.json';
import educationBodiesDa from '../features/education-bodies/locales/da.json';
import educationBodiesEn from '../features/education-bodies/locales/en.json';
import functionDescriptionsDa from '../features/function-descriptions/locales/da.json';
import functionDescriptionsEn from '../features/function-descriptions/locales/en.json';
import activitiesDa from '../features/activities/locales/da.json';
import activitiesEn from '../features/activities/locales/en.json';
import coursesDa from '../features/courses/locales/da.json';
import coursesEn from '../features/courses/locales/en.json';
import expectationMeetingsDa from '../features/expectation-meetings/locales/da.json';
import expectationMeetingsEn from '../features/expectation-meetings/locales/en.json';
import supervisionDa from '../features/supervision/locales/da.json';
import supervisionEn from '../features/supervision/locales/en.json';
import competencesDa from '../features/competences/locales/da.json';
import competencesEn from '../features/competences/locales/en.json';
import strategiesDa from '../features/strategies/locales/da.json';
import strategiesEn from '../features/strategies/locales/en.json';
import indicatorsDa from '../features/indicators/locales/da.json';
import indicatorsEn from '../features/indicators/locales/en.json';
import departmentDashboardDa from '../features/department-dashboard/locales/da.json';
import departmentDashboardEn from '../features/department-dashboard/locales/en.json';
import gpAreaDa from '../features/gp-area/locales/da.json';
import gpAreaEn from '../features/gp-area/locales/en.json';
import tutorPracticesDa from '../features/tutor-practices/locales/da.json';
import tutorPracticesEn from '../features/tutor-practices/locales/en.json';
import gpVisitsDa from '../features/gp-visits/locales/da.json';
import gpVisitsEn from '../features/gp-visits/locales/en.json';
import cmeGroupsDa from '../features/cme-groups/locales/da.json';
import cmeGroupsEn from '../features/cme-groups/locales/en.json';
import difficultyCasesDa from '../features/difficulty-cases/locales/da.json';
import difficultyCasesEn from '../features/difficulty-cases/locales/en.json';
import wellbeingDa from '../features/wellbeing/locales/da.json';
import wellbeingEn from '../features/wellbeing/locales/en.json';
import questionnairesDa from '../features/questionnaires/locales/da.json';
import questionnairesEn from '../features/questionnaires/locales/en.json';
import questionnaireResultsDa from '../features/questionnaire-results/locales/da.json';
import questionnaireResultsEn from '../features/questionnaire-results/locales/en.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'da';

const STORAGE_KEY = 'portal.language';

/**
 * Common texts in src/locales; each feature's texts in src/features/<feature>/locales, under their
 * own top-level key (e.g. `t('people.title')`), so features do not edit one shared file.
 */
export const daTexts = {
  ...da,
  orgAdmin: orgDa,
  audit: auditDa,
  people: peopleDa,
  imports: importsDa,
  bodies: educationBodiesDa,
  functionDescriptions: functionDescriptionsDa,
  activities: activitiesDa,
  courses: coursesDa,
  meetings: expectationMeetingsDa,
  supervision: supervisionDa,
  competences: competencesDa,
  strategies: strategiesDa,
  indicators: indicatorsDa,
  departmentDashboard: departmentDashboardDa,
  gpArea: gpAreaDa,
  tutorPractices: tutorPracticesDa,
  gpVisits: gpVisitsDa,
  cmeGroups: cmeGroupsDa,
  difficultyCases: difficultyCasesDa,
  wellbeing: wellbeingDa,
  questionnaires: questionnairesDa,
  questionnaireResults: questionnaireResultsDa,
};
const enTexts = {
  ...en,
  orgAdmin: orgEn,
  audit: auditEn,
  people: peopleEn,
  imports: importsEn,
  bodies: educationBodiesEn,
  functionDescriptions: functionDescriptionsEn,
  activities: activitiesEn,
  courses: coursesEn,
  meetings: expectationMeetingsEn,
  supervision: supervisionEn,
  competences: competencesEn,
  strategies: strategiesEn,
  indicators: indicatorsEn,
  departmentDashboard: departmentDashboardEn,
  gpArea: gpAreaEn,
  tutorPractices: tutorPracticesEn,
  gpVisits: gpVisitsEn,
  cmeGroups: cmeGroupsEn,
  difficultyCases: difficultyCasesEn,
  wellbeing: wellbeingEn,
  questionnaires: questionnairesEn,
  questionnaireResults: questionnaireResultsEn,
};

export const resources = {
  da: { translation: daTexts },
  // `satisfies` keeps the English files complete: a key missing there fails the type check.
  en: { translation: enTexts satisfies typeof daTexts },
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
