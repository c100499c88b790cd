import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The e2e run's mail server: a real SMTP server (npm `smtp-server`, a dev dependency of the API,
 * loaded from there) on loopback, started by playwright.config.ts in the runner before the web
 * server, so the portal's first reminders already have somewhere to go. Every message received is
 * appended to `<E2E_DATA_DIR>/mails.json`; specs read it with fixtures/mails.ts.
 */
export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

export const mailFile = (dataDir: string) => path.join(dataDir, 'mails.json');

function decodeWords(v: string): string {
  return v.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function parse(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = decodeWords(/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '');
  let body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) body = Buffer.from(body, 'base64').toString('utf8');
  else if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bin = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    body = Buffer.from(bin, 'latin1').toString('utf8');
  } else body = Buffer.from(body, 'latin1').toString('utf8');
  return { subject, text: body.replace(/\r\n/g, '\n') };
}

interface SmtpServerLike {
  listen(port: number, host: string): void;
  server: { unref(): void };
}

export function startSmtpCatcher(port: number, dataDir: string): void {
  const require = createRequire(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api/package.json'));
  const { SMTPServer } = require('smtp-server') as {
    SMTPServer: new (options: Record<string, unknown>) => SmtpServerLike;
  };
  const file = mailFile(dataDir);
  fs.writeFileSync(file, '[]');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(
      stream: NodeJS.ReadableStream,
      session: { envelope: { rcptTo: { address: string }[] } },
      cb: (err?: Error | null) => void,
    ) {
      const chunks: Buffer[] = [];
      stream.on('data', (d: Buffer) => chunks.push(d));
      stream.on('end', () => {
        const mails = JSON.parse(fs.readFileSync(file, 'utf8')) as CaughtMail[];
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parse(Buffer.concat(chunks).toString('latin1')),
          receivedAt: new Date().toISOString(),
        });
        fs.writeFileSync(file, JSON.stringify(mails, null, 1));
        cb();
      });
    },
  });
  server.listen(port, '127.0.0.1');
  // The runner must not wait for the mail server to exit.
  server.server.unref();
}
