import { todayInDenmark } from '@portal/contracts';
import { withTenant, type Db } from '../../lib/db.js';
import type { Logger } from '../../lib/logger.js';
import type { Mailer } from '../people-admin/mailer.js';
import { answerLink, answerToken, questionnaireMail } from './links.js';
import * as repo from './questionnaires.repository.js';
import { closeRoundTx } from './questionnaires.service.js';

export interface DeliveryOptions {
  db: Db;
  mailer: Mailer | null;
  /** The server secret the answer links are derived from (see links.ts). */
  secret: string;
  baseUrl: string;
  logger?: Pick<Logger, 'warn' | 'info'> | undefined;
}

/**
 * Mails the invitations (not yet invited) or reminders of one open round. Each mail is claimed
 * in the database before it is sent (a concurrent run skips it) and released again when the SMTP
 * server refuses it, so the next scan retries. The link is rebuilt from the secret here and is
 * never stored or logged.
 */
export async function deliver(
  o: DeliveryOptions,
  tenantId: string,
  roundId: string,
  kind: 'INVITATION' | 'REMINDER',
  dueOnly = false,
): Promise<{ sent: number; failed: number }> {
  if (!o.mailer) return { sent: 0, failed: 0 };
  const targets = await withTenant(o.db, tenantId, (tx) => repo.claimTargets(tx, tenantId, roundId, kind, dueOnly));
  let sent = 0;
  let failed = 0;
  for (const t of targets) {
    const link = answerLink(o.baseUrl, answerToken(o.secret, tenantId, t.id));
    try {
      await o.mailer.send({
        to: t.email,
        ...questionnaireMail({
          kind,
          name: t.name,
          title: t.title,
          roundLabel: t.label,
          closesOn: t.closes_on,
          link,
          locale: t.locale,
        }),
      });
      sent++;
    } catch (err) {
      failed++;
      o.logger?.warn(
        { err: err instanceof Error ? err.message : 'error', roundId, kind },
        'questionnaire e-mail failed',
      );
      await withTenant(o.db, tenantId, (tx) => repo.releaseClaim(tx, tenantId, t.id, kind));
    }
  }
  if (targets.length > 0) o.logger?.info({ roundId, kind, sent, failed }, 'questionnaire e-mails');
  return { sent, failed };
}

/**
 * The questionnaire part of the background scan, for one tenant (idempotent): closes the open
 * rounds past their closing date, then mails the invitations not yet delivered and the reminders
 * that are due (reminder_every_days since the last mail to a recipient who has not answered).
 */
export async function scanQuestionnaires(o: DeliveryOptions, tenantId: string, today = todayInDenmark()) {
  const rounds = await withTenant(o.db, tenantId, (tx) => repo.openRounds(tx, tenantId, today));
  let closed = 0;
  let sent = 0;
  for (const r of rounds) {
    if (r.past) {
      const ok = await withTenant(o.db, tenantId, async (tx) =>
        closeRoundTx(tx, tenantId, r.questionnaire_id, r.id, null),
      );
      if (ok) closed++;
      continue;
    }
    sent += (await deliver(o, tenantId, r.id, 'INVITATION')).sent;
    sent += (await deliver(o, tenantId, r.id, 'REMINDER', true)).sent;
  }
  return { closed, sent };
}
