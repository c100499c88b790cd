import { createHash, createHmac } from 'node:crypto';

/**
 * The personal answer link of a recipient: `<tenant id>.<HMAC-SHA256(server secret, recipient id)>`
 * (base64url), like an invitation token (`<tenant id>.<random>`): the tenant part lets the public
 * page set row-level security before the lookup, and only the SHA-256 of the whole token is
 * stored. Deriving the random part from the server secret instead of drawing it means the link
 * never has to be kept anywhere (not in the database, not in a job's payload, not in a log) to
 * be e-mailed again in a reminder or retried after a failed delivery: whoever holds the secret
 * and the recipient id can rebuild it, and the recipient row (with its id) is deleted at close.
 */
export function answerToken(secret: string, tenantId: string, recipientId: string): string {
  const mac = createHmac('sha256', secret).update(`questionnaire-answer-link:${recipientId}`).digest('base64url');
  return `${tenantId}.${mac}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function tenantOfAnswerToken(token: string): string {
  return token.slice(0, 36);
}

export function answerLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, '')}/q/${token}`;
}

/**
 * Masks link tokens (`<tenant id>.<43 base64url characters>`: answer links, and invitation links
 * have the same shape) anywhere in a logged string: the URL, the params, a Referer.
 */
export function maskAnswerTokens(value: string): string {
  return value.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{43}/g, '[token]');
}

const formatDate = (iso: string, locale: string) => {
  const [y, m, d] = iso.split('-');
  return locale === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

export function questionnaireMail(p: {
  kind: 'INVITATION' | 'REMINDER';
  name: string;
  title: string;
  roundLabel: string;
  closesOn: string;
  link: string;
  locale: string;
}): { subject: string; text: string } {
  const until = formatDate(p.closesOn, p.locale);
  if (p.locale === 'en') {
    const subject =
      p.kind === 'REMINDER' ? `Reminder: ${p.title} (${p.roundLabel})` : `Questionnaire: ${p.title} (${p.roundLabel})`;
    return {
      subject,
      text: `Dear ${p.name}\n\n${p.kind === 'REMINDER' ? 'We have not yet received your answer to' : 'You are invited to answer'} the questionnaire "${p.title}" (${p.roundLabel}).\nAnswer here by ${until} (the link is personal and works once; you do not need to sign in):\n\n${p.link}\n\nYour answers are anonymous: they are stored without your name, your link or the time, and are only shown in groups of at least 5 answers.\n`,
    };
  }
  const subject =
    p.kind === 'REMINDER' ? `Påmindelse: ${p.title} (${p.roundLabel})` : `Spørgeskema: ${p.title} (${p.roundLabel})`;
  return {
    subject,
    text: `Kære ${p.name}\n\n${p.kind === 'REMINDER' ? 'Vi mangler stadig dit svar på' : 'Du inviteres til at besvare'} spørgeskemaet "${p.title}" (${p.roundLabel}).\nSvar her senest ${until} (linket er personligt og virker én gang; du skal ikke logge ind):\n\n${p.link}\n\nDine svar er anonyme: de gemmes uden dit navn, dit link og tidspunktet, og vises kun samlet for grupper med mindst 5 svar.\n`,
  };
}
