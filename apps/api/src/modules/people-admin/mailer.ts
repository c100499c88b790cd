import nodemailer from 'nodemailer';
import type { Config } from '../../lib/config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Hands the message to the SMTP server; throws when it refuses or cannot be reached. */
  send(message: MailMessage): Promise<void>;
}

/** A mailer when SMTP_URL is set; null otherwise (the administrator passes the link on by hand). */
export function createMailer(mail: Config['mail']): Mailer | null {
  if (!mail.smtpUrl) return null;
  const transport = nodemailer.createTransport(mail.smtpUrl, {
    connectionTimeout: 5000,
    greetingTimeout: 5000,
    socketTimeout: 10_000,
  });
  return {
    async send(m) {
      await transport.sendMail({ from: mail.from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}
