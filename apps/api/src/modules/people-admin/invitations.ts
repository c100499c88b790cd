import { createHash, randomBytes } from 'node:crypto';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

/**
 * A new invitation token: `<tenant id>.<32 random bytes, base64url>`. The tenant part lets the
 * public page set row-level security before looking the token up; only the SHA-256 of the whole
 * token is stored.
 */
export function newInvitationToken(tenantId: string): { token: string; hash: string } {
  const token = `${tenantId}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function tenantOfToken(token: string): string {
  return token.slice(0, 36);
}

export function invitationMail(p: { name: string; tenantName: string; link: string; expiresAt: Date; locale: string }) {
  const until = p.expiresAt.toLocaleDateString(p.locale === 'en' ? 'en-GB' : 'da-DK', {
    timeZone: 'Europe/Copenhagen',
  });
  if (p.locale === 'en') {
    return {
      subject: `Invitation to Uddannelsesportalen, ${p.tenantName}`,
      text: `Dear ${p.name}\n\nYou have been given access to Uddannelsesportalen in ${p.tenantName}.\nChoose your password here (the link works once, until ${until}):\n\n${p.link}\n\nIf you did not expect this e-mail, you can ignore it.\n`,
    };
  }
  return {
    subject: `Invitation til Uddannelsesportalen, ${p.tenantName}`,
    text: `Kære ${p.name}\n\nDu har fået adgang til Uddannelsesportalen i ${p.tenantName}.\nVælg din adgangskode her (linket virker én gang, indtil ${until}):\n\n${p.link}\n\nHar du ikke ventet denne e-mail, kan du se bort fra den.\n`,
  };
}
