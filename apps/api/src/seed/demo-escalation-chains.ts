import type { EscalationRole } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * Demo escalation chains (who a trainee calls for help, in what order) for AHH Kardiologisk
 * Afdeling and MVH Medicinsk Afdeling: the trainee's hovedvejleder first, then the on-call
 * senior (a phone number), then the department's UAO, the cheflæge and finally the hospital's
 * education centre.
 */
type Step = {
  label: string;
  role?: EscalationRole;
  person?: string;
  text?: string;
  phone?: string;
  note?: string;
};

const CHAINS: Record<string, Record<string, Step[]>> = {
  'region-hovedstaden': {
    'ahh-kard': [
      { label: 'Din hovedvejleder', role: 'MAIN_SUPERVISOR', note: 'Faglige spørgsmål og planlægning af dit forløb.' },
      {
        label: 'Bagvagt',
        text: 'Kardiologisk bagvagt (døgnet rundt)',
        phone: '3862 4100',
        note: 'Akutte kliniske spørgsmål i vagten.',
      },
      { label: 'UAO', role: 'UAO', phone: '3862 4150', note: 'Når uddannelsen ikke går som aftalt.' },
      { label: 'UKS', role: 'UKS' },
      { label: 'Cheflæge', role: 'DEPARTMENT_HEAD', note: 'Arbejdsmiljø og forhold, der ikke løses i afdelingen.' },
      {
        label: 'Tutorcentret',
        person: 'karen.bech@regionh.dk',
        phone: '3862 2000',
        note: 'Uddannelsessekretariatet, hverdage 8–15.',
      },
    ],
  },
  'region-sjaelland': {
    'mvh-med': [
      { label: 'Din hovedvejleder', role: 'MAIN_SUPERVISOR' },
      { label: 'Bagvagt', text: 'Medicinsk bagvagt', phone: '5651 2200', note: 'Akutte kliniske spørgsmål.' },
      { label: 'UAO', role: 'UAO', phone: '5651 2250' },
      { label: 'Cheflæge', role: 'DEPARTMENT_HEAD' },
    ],
  },
};

export async function seedEscalationChains(tx: Tx, ctx: SeedContext): Promise<void> {
  for (const [unitKey, steps] of Object.entries(CHAINS[ctx.spec.slug] ?? {})) {
    const unitId = ctx.unitIds.get(unitKey);
    if (!unitId) continue;
    const chain = await tx.escalationChain.create({ data: { tenantId: ctx.tenantId, unitId }, select: { id: true } });
    await tx.escalationStep.createMany({
      data: steps.map((s, position) => ({
        tenantId: ctx.tenantId,
        chainId: chain.id,
        position,
        label: s.label,
        kind: s.role ? 'ROLE' : s.person ? 'PERSON' : 'TEXT',
        role: s.role ?? null,
        personId: s.person ? (ctx.userIds.get(s.person) ?? null) : null,
        text: s.text ?? null,
        phone: s.phone ?? null,
        note: s.note ?? null,
      })),
    });
  }
}
