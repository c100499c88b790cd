import { todayInDenmark } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * The GP register of the demo regions: the GPs of each demo practice. Some settled within the last
 * two years ("newly settled", counted from today so that they stay new), one has left practice.
 * The AMUs and continuing-education coordinators are GPs themselves and are linked to their login.
 */
type Gp = { name: string; auth: string; settled: string | number; left?: string; email?: string };

/** Practice key → GPs. A number for `settled` is months before today (newly settled). */
const GPS: Record<string, Record<string, Gp[]>> = {
  'region-hovedstaden': {
    'gp-syd-1': [
      { name: 'Peter Juhl', auth: '0F3K2', settled: '2009-04-01', email: 'peter.juhl@regionh.dk' },
      { name: 'Anne Mølgaard', auth: '1B7Q4', settled: '2012-09-01' },
      { name: 'Kristian Bundgaard', auth: '2C8R5', settled: '2018-02-01' },
      { name: 'Sara Holst', auth: '3D9S6', settled: 8 },
    ],
    'gp-syd-2': [
      { name: 'Lone Friis', auth: '4E1T7', settled: '2005-01-01', email: 'lone.friis@regionh.dk' },
      { name: 'Jesper Kragh', auth: '5G2U8', settled: '2016-06-01' },
      { name: 'Nanna Vinther', auth: '6H3V9', settled: 3 },
    ],
    'gp-syd-3': [
      { name: 'Michael Storm', auth: '7J4W1', settled: '1998-03-01' },
      { name: 'Helle Bak', auth: '8K5X2', settled: '2014-10-01' },
    ],
    'gp-nord-1': [
      { name: 'Mads Winther', auth: '9L6Y3', settled: '2008-08-01', email: 'mads.winther@regionh.dk' },
      { name: 'Bo Rasmussen', auth: 'AM7Z4', settled: '2001-05-01' },
      { name: 'Line Kofoed', auth: 'BN8A5', settled: 14 },
    ],
    'gp-nord-2': [
      { name: 'Carsten Aagaard', auth: 'CP9B6', settled: '2010-11-01' },
      { name: 'Poul Ravn', auth: 'DQ1C7', settled: '1992-01-01', left: '2026-06-30' },
    ],
  },
  'region-sjaelland': {
    'gp-vest-1': [
      { name: 'Henrik Thomsen', auth: 'ER2D8', settled: '2007-02-01', email: 'henrik.thomsen@regionsjaelland.dk' },
      { name: 'Mette Brix', auth: 'FS3E9', settled: '2015-04-01' },
      { name: 'Rikke Holm', auth: 'GT4F1', settled: 5 },
    ],
    'gp-vest-2': [
      { name: 'Marianne Due', auth: 'HU5G2', settled: '2003-09-01', email: 'marianne.due@regionsjaelland.dk' },
      { name: 'Søren Lykke', auth: 'JV6H3', settled: '2003-01-01' },
      { name: 'Tine Abildgaard', auth: 'KW7J4', settled: '2019-08-01' },
    ],
    'gp-vest-3': [
      { name: 'Klaus Iversen', auth: 'LX8K5', settled: '2011-03-01' },
      { name: 'Anja Bech', auth: 'MY9L6', settled: 10 },
    ],
  },
};

function monthsBefore(today: string, months: number): Date {
  const d = new Date(`${today}T00:00:00.000Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  d.setUTCDate(1);
  return d;
}

export async function seedGeneralPractitioners(tx: Tx, ctx: SeedContext): Promise<void> {
  const byPractice = GPS[ctx.spec.slug];
  if (!byPractice) return;
  const today = todayInDenmark();
  const rows = Object.entries(byPractice).flatMap(([key, gps]) => {
    const practiceId = ctx.unitIds.get(key);
    if (!practiceId) return [];
    return gps.map((gp) => ({
      tenantId: ctx.tenantId,
      practiceId,
      name: gp.name,
      email: gp.email ?? null,
      authorisationId: gp.auth,
      settledOn:
        typeof gp.settled === 'number' ? monthsBefore(today, gp.settled) : new Date(`${gp.settled}T00:00:00.000Z`),
      leftOn: gp.left ? new Date(`${gp.left}T00:00:00.000Z`) : null,
      userId: gp.email ? (ctx.userIds.get(gp.email) ?? null) : null,
    }));
  });
  await tx.generalPractitioner.createMany({ data: rows });
}
