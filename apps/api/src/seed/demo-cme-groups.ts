import { todayInDenmark } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Continuing-education groups of the demo regions (seed 002): 3–4 groups over the demo GPs, one
 * without a leader, one without a meeting this year, newly settled GPs in no group (Nanna Vinther
 * in Region Hovedstaden), and last and this year's group leaders' course with attendance.
 * Dates of this year are clamped to today so that nothing lies in the future.
 */
type Member = { gp: string; joined: string; left?: string };
type Group = {
  kind: 'EFTERUDDANNELSE' | 'SUPERVISION';
  name: string;
  topics: string[];
  started: string;
  leader: string | null;
  members: Member[];
  /** Meetings: [year offset (0 = this year, -1 = last year), 'MM-DD', topic, attended]. */
  meetings: [number, string, string, number][];
};

const GROUPS: Record<string, Group[]> = {
  'region-hovedstaden': [
    {
      kind: 'EFTERUDDANNELSE',
      name: 'Efteruddannelsesgruppe Amager',
      topics: ['Diabetes', 'Polyfarmaci', 'Hjertesvigt'],
      started: '2012-01-01',
      leader: 'Anne Mølgaard',
      members: [
        { gp: 'Anne Mølgaard', joined: '2012-01-01' },
        { gp: 'Kristian Bundgaard', joined: '2018-03-01' },
        { gp: 'Lone Friis', joined: '2012-01-01' },
        { gp: 'Jesper Kragh', joined: '2016-09-01' },
      ],
      meetings: [
        [-1, '03-14', 'Hjertesvigt i almen praksis', 4],
        [-1, '10-10', 'Polyfarmaci hos ældre', 3],
        [0, '02-06', 'Type 2-diabetes: nye retningslinjer', 4],
        [0, '06-05', 'Polyfarmaci hos ældre', 3],
      ],
    },
    {
      kind: 'SUPERVISION',
      name: 'Supervisionsgruppe Valby–Hvidovre',
      topics: ['Den svære konsultation', 'Arbejdsmiljø'],
      started: '2015-01-01',
      leader: 'Michael Storm',
      members: [
        { gp: 'Michael Storm', joined: '2015-01-01' },
        { gp: 'Helle Bak', joined: '2015-01-01' },
        { gp: 'Peter Juhl', joined: '2015-01-01' },
        { gp: 'Sara Holst', joined: '2026-01-01' },
      ],
      meetings: [
        [-1, '05-20', 'Den svære konsultation', 4],
        [0, '01-22', 'Arbejdsmiljø og travlhed', 3],
        [0, '04-23', 'Den svære konsultation', 4],
      ],
    },
    {
      kind: 'EFTERUDDANNELSE',
      name: 'Efteruddannelsesgruppe Nordsjælland',
      topics: ['KOL', 'Psykiatri i almen praksis'],
      started: '2010-01-01',
      leader: null,
      members: [
        { gp: 'Bo Rasmussen', joined: '2010-01-01' },
        { gp: 'Carsten Aagaard', joined: '2011-02-01' },
        { gp: 'Mads Winther', joined: '2010-01-01' },
      ],
      meetings: [
        [-1, '11-07', 'KOL: opfølgning og inhalationsteknik', 3],
        [0, '03-05', 'Angst og depression i almen praksis', 3],
      ],
    },
    {
      kind: 'SUPERVISION',
      name: 'Supervisionsgruppe Helsingør',
      topics: ['Balint'],
      started: '2008-01-01',
      leader: 'Carsten Aagaard',
      members: [
        { gp: 'Carsten Aagaard', joined: '2011-01-01' },
        { gp: 'Poul Ravn', joined: '2008-01-01', left: '2026-06-30' },
      ],
      meetings: [[-1, '09-18', 'Balintgruppe: patienten der ikke bliver rask', 2]],
    },
  ],
  'region-sjaelland': [
    {
      kind: 'EFTERUDDANNELSE',
      name: 'Efteruddannelsesgruppe Sorø',
      topics: ['Børn i almen praksis', 'Antibiotika'],
      started: '2011-01-01',
      leader: 'Mette Brix',
      members: [
        { gp: 'Mette Brix', joined: '2015-06-01' },
        { gp: 'Henrik Thomsen', joined: '2011-01-01' },
        { gp: 'Søren Lykke', joined: '2011-01-01' },
      ],
      meetings: [
        [-1, '04-09', 'Rationel antibiotikabehandling', 3],
        [0, '02-12', 'Feber hos børn', 3],
      ],
    },
    {
      kind: 'SUPERVISION',
      name: 'Supervisionsgruppe Slagelse',
      topics: ['Kollegial sparring'],
      started: '2019-01-01',
      leader: null,
      members: [
        { gp: 'Tine Abildgaard', joined: '2019-09-01' },
        { gp: 'Marianne Due', joined: '2019-01-01' },
      ],
      meetings: [[0, '03-19', 'Kollegial sparring: svære samtaler', 2]],
    },
    {
      kind: 'EFTERUDDANNELSE',
      name: 'Efteruddannelsesgruppe Kalundborg',
      topics: ['Geriatri'],
      started: '2013-01-01',
      leader: 'Klaus Iversen',
      members: [{ gp: 'Klaus Iversen', joined: '2013-01-01' }],
      meetings: [[-1, '10-02', 'Faldpatienten', 1]],
    },
  ],
};

/** Leaders' course: [year offset, 'MM-DD', title, place, attendees]. */
const COURSES: Record<string, [number, string, string, string, string[]][]> = {
  'region-hovedstaden': [
    [
      -1,
      '09-12',
      'Gruppeledertræf',
      'Hotel Marienlyst, Helsingør',
      ['Anne Mølgaard', 'Michael Storm', 'Carsten Aagaard'],
    ],
    [0, '03-13', 'Gruppeledertræf: den gode gruppe', 'Comwell Borupgaard', ['Anne Mølgaard']],
  ],
  'region-sjaelland': [
    [-1, '09-26', 'Gruppeledertræf', 'Sorø Storkro', ['Mette Brix', 'Klaus Iversen']],
    [0, '03-27', 'Gruppeledertræf', 'Comwell Kongebrogaarden', ['Mette Brix']],
  ],
};

export async function seedCmeGroups(tx: Tx, ctx: SeedContext): Promise<void> {
  const groups = GROUPS[ctx.spec.slug];
  if (!groups) return;
  const today = todayInDenmark();
  const year = Number(today.slice(0, 4));
  const day = (offset: number, md: string) => {
    const d = `${year + offset}-${md}`;
    return new Date(`${d < today ? d : today}T00:00:00.000Z`);
  };
  const date = (s: string) => new Date(`${s}T00:00:00.000Z`);
  const gps = await tx.generalPractitioner.findMany({
    where: { tenantId: ctx.tenantId },
    select: { id: true, name: true },
  });
  const gpId = new Map(gps.map((g) => [g.name, g.id]));
  const idOf = (name: string) => {
    const id = gpId.get(name);
    if (!id) throw new Error(`demo GP ${name} missing`);
    return id;
  };
  for (const g of groups) {
    const group = await tx.cmeGroup.create({
      data: {
        tenantId: ctx.tenantId,
        kind: g.kind,
        name: g.name,
        topics: g.topics,
        startedOn: date(g.started),
        leaderId: g.leader ? idOf(g.leader) : null,
      },
      select: { id: true },
    });
    await tx.cmeGroupMember.createMany({
      data: g.members.map((m) => ({
        tenantId: ctx.tenantId,
        groupId: group.id,
        gpId: idOf(m.gp),
        joinedOn: date(m.joined < today ? m.joined : today),
        leftOn: m.left ? date(m.left) : null,
      })),
    });
    await tx.cmeGroupMeeting.createMany({
      data: g.meetings.map(([offset, md, topic, attended]) => ({
        tenantId: ctx.tenantId,
        groupId: group.id,
        heldOn: day(offset, md),
        topic,
        attendedCount: attended,
      })),
    });
  }
  for (const [offset, md, title, place, attendees] of COURSES[ctx.spec.slug] ?? []) {
    const c = await tx.cmeLeaderCourse.create({
      data: { tenantId: ctx.tenantId, year: year + offset, heldOn: day(offset, md), title, place },
      select: { id: true },
    });
    await tx.cmeLeaderCourseAttendance.createMany({
      data: attendees.map((n) => ({ tenantId: ctx.tenantId, courseId: c.id, gpId: idOf(n) })),
    });
  }
}
