import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Received = { from: string; to: string[]; envelopeTo: string[]; subject: string; text: string; messageId: string; calendar: string | null; calendarMethod: string | null; headers: Map<string, unknown> };

/**
 * A real SMTP server on 127.0.0.1 (random port) that keeps what arrives, parsed by mailparser.
 * Recipients whose address starts with `reject` are refused with 550, like a server would.
 */
export async function startSmtpSink(options: { onMessage?: (count: number) => void } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('reject')) return callback(Object.assign(new Error('5.1.1 Mailbox does not exist'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          const calendarPart = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
          const ics = calendarPart?.content.toString('utf8') ?? null;
          received.push({
            from: mail.from?.value[0]?.address ?? '',
            to: (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? '')),
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            messageId: mail.messageId ?? '',
            calendar: ics,
            calendarMethod: ics ? (/METHOD:(\w+)/.exec(ics)?.[1] ?? null) : null,
            headers: mail.headers,
          });
          options.onMessage?.(received.length);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A client killed in the middle of a message (the kill -9 test) resets its connection: the
  // server reports it as an 'error' event, which without a listener would end the test process.
  server.on('error', () => {});
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    url: `smtp://127.0.0.1:${port}?security=none&from=post@kia.example`,
    countTo: (address: string) => received.filter((m) => m.envelopeTo.includes(address)).length,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
