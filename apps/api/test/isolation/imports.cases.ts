import type { LoggedIn } from '../helpers.js';
import type { Case } from './types.js';

/** Isolation cases of the imports module (see types.ts). Every route the module registers needs one. */

const csvFile = (name: string, lines: string[]) => ({
  fileName: name,
  contentType: 'text/csv',
  contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64'),
});
const unique = () => Math.random().toString(36).slice(2, 10);
/** The hospital of a signed-in user's first assignment (Tutorcentret: its unit; a UAO: the department's hospital). */
const hospitalOf = (s: LoggedIn) => {
  const a = s.me.assignments[0]!;
  return a.unitPath[0]?.name ?? a.unit!.name;
};
const post = (s: LoggedIn, path: string, body: object) => s.agent.post(path).set('x-csrf-token', s.csrf).send(body);

export const cases: Record<string, Case> = {
  // Previews name the owner's hospital, person and department: another region's caller gets its
  // own answer (rows with "unknown" errors) and none of the owner's ids.
  'POST /api/imports/departments/preview': {
    as: 'EDUCATION_CENTRE',
    send: (s, _ids, owner) =>
      post(
        s,
        '/api/imports/departments/preview',
        csvFile('afd.csv', ['navn;hospital', `Isolationsafdeling;${hospitalOf(owner)}`]),
      ),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'UAO',
  },
  'POST /api/imports/people/preview': {
    as: 'EDUCATION_CENTRE',
    send: (s, _ids, owner) =>
      post(s, '/api/imports/people/preview', csvFile('p.csv', ['navn;e-mail', `Ejer;${owner.me.user.email}`])),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'UAO',
  },
  'POST /api/imports/role-assignments/preview': {
    as: 'EDUCATION_CENTRE',
    send: (s, _ids, owner) =>
      post(
        s,
        '/api/imports/role-assignments/preview',
        csvFile('r.csv', [
          'e-mail;rolle;enhed',
          `${owner.me.user.email};Vejleder;${hospitalOf(owner)} / Kardiologisk Afdeling`,
        ]),
      ),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'UAO',
  },
  // Commits write into the caller's own region only: the response names only what was created there.
  'POST /api/imports/departments/commit': {
    as: 'EDUCATION_CENTRE',
    send: (s) =>
      post(
        s,
        '/api/imports/departments/commit',
        csvFile('afd.csv', ['navn;hospital', `Isolation ${unique()};${hospitalOf(s)}`]),
      ),
    okStatus: 201,
    cross: 'no-leak',
    denied: 'UAO',
  },
  'POST /api/imports/people/commit': {
    as: 'EDUCATION_CENTRE',
    send: (s) =>
      post(
        s,
        '/api/imports/people/commit',
        csvFile('p.csv', ['navn;e-mail', `Isolation Test;iso-${unique()}@example.dk`]),
      ),
    okStatus: 201,
    cross: 'no-leak',
    denied: 'UAO',
  },
  'POST /api/imports/role-assignments/commit': {
    as: 'EDUCATION_CENTRE',
    // The caller makes itself Tutorcentret of its own hospital for a short, unique future period.
    send: (s) => {
      const year = 2100 + Math.floor(Math.random() * 90);
      return post(
        s,
        '/api/imports/role-assignments/commit',
        csvFile('r.csv', [
          'e-mail;rolle;enhed;gyldig fra;gyldig til',
          `${s.me.user.email};Tutorcentret;${hospitalOf(s)};${year}-01-01;${year}-01-02`,
        ]),
      );
    },
    okStatus: 201,
    cross: 'no-leak',
    denied: 'UAO',
  },
};
