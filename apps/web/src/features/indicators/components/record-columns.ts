import type { ComputedIndicatorKey, IndicatorRecord } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { paths } from '@/config/paths';
import type da from '../locales/da.json';
import { dateOrDash } from './format';

type ColumnKey = keyof typeof da.columns;

/** One column of the drill-down: its heading, its text (shown and exported) and an optional link. */
export interface RecordColumn {
  key: string;
  label: string;
  text: (r: IndicatorRecord) => string | number | null;
  href?: (r: IndicatorRecord) => string | null;
}

const yesNo = (t: TFunction, v: boolean | null) => (v === null ? '–' : v ? t('indicators.yes') : t('indicators.no'));

/** The columns of each key's records (the fields the API fills for it). */
export function recordColumns(t: TFunction, key: ComputedIndicatorKey): RecordColumn[] {
  const c = (k: ColumnKey): string => t(`indicators.columns.${k}`);
  const trainee: RecordColumn = {
    key: 'trainee',
    label: c('trainee'),
    text: (r) => r.personName,
    href: (r) => (r.courseId ? paths.course.getHref(r.courseId) : null),
  };
  const person: RecordColumn = {
    key: 'person',
    label: c('person'),
    text: (r) => r.personName,
    href: (r) => (r.personId ? paths.person.getHref(r.personId) : null),
  };
  const department: RecordColumn = { key: 'department', label: c('department'), text: (r) => r.unitName };
  const hospital: RecordColumn = {
    key: 'hospital',
    label: c('hospital'),
    text: (r) => r.unitName ?? t('indicators.region'),
  };
  const track: RecordColumn = {
    key: 'track',
    label: c('track'),
    text: (r) => (r.track ? t(`indicators.tracks.${r.track}`, { defaultValue: r.track }) : null),
  };
  const role: RecordColumn = { key: 'role', label: c('role'), text: (r) => r.role };
  const started: RecordColumn = { key: 'startedOn', label: c('startedOn'), text: (r) => dateOrDash(r.startedOn) };
  switch (key) {
    case 'MEETINGS_ON_TIME':
      return [
        trainee,
        department,
        track,
        { key: 'dueOn', label: c('dueOn'), text: (r) => dateOrDash(r.dueOn) },
        { key: 'heldOn', label: c('heldOn'), text: (r) => dateOrDash(r.heldOn) },
        { key: 'onTime', label: c('onTime'), text: (r) => yesNo(t, r.counted) },
      ];
    case 'WORKING_EDUCATION_BODIES':
      return [
        department,
        { key: 'teamLastHeld', label: c('teamLastHeld'), text: (r) => dateOrDash(r.teamLastHeldOn) },
        { key: 'teamDue', label: c('teamDue'), text: (r) => dateOrDash(r.teamDueOn) },
        { key: 'forumLastHeld', label: c('forumLastHeld'), text: (r) => dateOrDash(r.forumLastHeldOn) },
        { key: 'forumDue', label: c('forumDue'), text: (r) => dateOrDash(r.forumDueOn) },
        { key: 'working', label: c('working'), text: (r) => yesNo(t, r.counted) },
      ];
    case 'LOCAL_FD_APPROVED':
      return [
        department,
        role,
        {
          key: 'status',
          label: c('status'),
          text: (r) => (r.status ? t(`indicators.fdStatus.${r.status}`, { defaultValue: r.status }) : null),
        },
        { key: 'approved', label: c('approved'), text: (r) => yesNo(t, r.counted) },
      ];
    case 'NEW_ROLE_HOLDERS_WITH_MENTOR':
      return [
        person,
        role,
        department,
        started,
        { key: 'mentor', label: c('mentor'), text: (r) => r.mentorName ?? '–' },
        { key: 'hasMentor', label: c('hasMentor'), text: (r) => yesNo(t, r.counted) },
      ];
    case 'NEW_ROLE_HOLDERS_WITHOUT_MENTOR':
      return [person, role, department, started];
    case 'SUPERVISORS_TRAINED':
      return [
        person,
        { key: 'activity', label: c('activity'), text: (r) => r.title },
        { key: 'activityOn', label: c('activityOn'), text: (r) => dateOrDash(r.activityOn) },
        hospital,
      ];
    case 'TRAINED_FACILITATORS':
      return [
        person,
        { key: 'network', label: c('network'), text: (r) => r.title },
        hospital,
        { key: 'since', label: c('since'), text: (r) => dateOrDash(r.startedOn) },
      ];
    case 'FEEDBACK_PER_TRAINEE_MONTH':
      return [
        trainee,
        department,
        track,
        { key: 'feedbackCount', label: c('feedbackCount'), text: (r) => r.feedbackCount },
        { key: 'traineeMonths', label: c('traineeMonths'), text: (r) => r.traineeMonths },
      ];
    case 'TRAINEES_WITHOUT_FEEDBACK_4W':
      return [
        trainee,
        department,
        track,
        started,
        { key: 'lastFeedback', label: c('lastFeedback'), text: (r) => dateOrDash(r.lastFeedbackOn) },
      ];
    case 'TRAINEES_WITH_EDUCATION_PLAN':
      return [
        trainee,
        department,
        track,
        started,
        { key: 'hasPlan', label: c('hasPlan'), text: (r) => yesNo(t, r.counted) },
      ];
    case 'GP_DEPARTMENT_VISITS_ON_TIME':
      return [
        department,
        { key: 'joinedOn', label: c('joinedOn'), text: (r) => dateOrDash(r.startedOn) },
        { key: 'lastVisit', label: c('lastVisit'), text: (r) => dateOrDash(r.heldOn) },
        { key: 'visitDue', label: c('visitDue'), text: (r) => dateOrDash(r.dueOn) },
        { key: 'visitOnTime', label: c('visitOnTime'), text: (r) => yesNo(t, r.counted) },
      ];
    case 'GPS_IN_GROUP':
      return [
        { key: 'gp', label: c('gp'), text: (r) => r.personName },
        { key: 'practice', label: c('practice'), text: (r) => r.unitName },
        { key: 'settledOn', label: c('settledOn'), text: (r) => dateOrDash(r.startedOn) },
        { key: 'inGroup', label: c('inGroup'), text: (r) => yesNo(t, r.counted) },
      ];
    case 'TUTOR_PRACTICES_APPROVED_PROGRAMME':
      return [
        { key: 'practice', label: c('practice'), text: (r) => r.unitName },
        {
          key: 'programmeStatus',
          label: c('programmeStatus'),
          text: (r) =>
            r.status ? t(`indicators.programmeStatus.${r.status as 'APPROVED'}`, { defaultValue: r.status }) : null,
        },
        { key: 'reapprovalDue', label: c('reapprovalDue'), text: (r) => dateOrDash(r.dueOn) },
        { key: 'counted', label: c('programmeApproved'), text: (r) => yesNo(t, r.counted) },
      ];
  }
}
