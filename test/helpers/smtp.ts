import type { Socket } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/** What the server does with one incoming message: accept, refuse with a code, or drop the line. */
export type Behaviour = (mail: {
  attempt: number;
  messageId: string;
  /** What `connectionTag` said when the client opened the connection this mail came over. */
  tag: unknown;
}) => 'accept' | 'drop' | { code: number; message: string };

export interface TestSmtp {
  port: number;
  received: ParsedMail[];
  behaviour: Behaviour;
  /**
   * Asked as each connection opens; its answer comes with each mail of that connection (e.g. which
   * life of a killed-and-restarted app opened it: a mail is read after it arrived, maybe after a kill).
   */
  connectionTag: () => unknown;
  close(): Promise<void>;
}

/** A real SMTP server (the smtp-server package) on 127.0.0.1, recording what it accepts. */
export async function startSmtp(
  options: { port?: number; auth?: { user: string; pass: string } } = {},
): Promise<TestSmtp> {
  const attempts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const state: TestSmtp = {
    port: 0,
    received: [],
    behaviour: () => 'accept',
    connectionTag: () => undefined,
    close: async () => undefined,
  };
  const tags = new Map<string, unknown>();
  const peer = (address?: string, port?: number) => `${address ?? ''}:${port ?? ''}`;
  const config: SMTPServerOptions = {
    secure: false,
    authOptional: !options.auth,
    disabledCommands: options.auth ? ['STARTTLS'] : ['AUTH', 'STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.auth?.user && auth.password === options.auth?.pass)
        callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const tag = tags.get(peer(session.remoteAddress, session.remotePort));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          const id = mail.messageId ?? '';
          const attempt = (attempts.get(id) ?? 0) + 1;
          attempts.set(id, attempt);
          const verdict = state.behaviour({ attempt, messageId: id, tag });
          if (verdict === 'drop') {
            for (const s of sockets) s.destroy();
            return;
          }
          if (verdict !== 'accept')
            return callback(Object.assign(new Error(verdict.message), { responseCode: verdict.code }));
          state.received.push(mail);
          callback();
        });
      });
    },
  };
  const server = new SMTPServer(config);
  // A client that dies mid-session (the kill tests) resets its connection; that is expected here.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
  });
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    const at = peer(socket.remoteAddress, socket.remotePort);
    tags.set(at, state.connectionTag());
    socket.on('close', () => {
      sockets.delete(socket);
      tags.delete(at);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  state.port = (server.server.address() as { port: number }).port;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return state;
}
