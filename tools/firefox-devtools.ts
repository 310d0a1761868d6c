/**
 * A small client of Firefox's remote debugging protocol (the one about:debugging and web-ext speak), for the one thing
 * the tests need that WebDriver BiDi cannot do in every supported Firefox: run a script in the browser window itself
 * (to open the extension's pages). BiDi's chrome-scope contexts are missing from Firefox ESR 140; this protocol has
 * been there all along. Started by `--start-debugger-server <port>` with the prefs in DEVTOOLS_PREFS.
 *
 * Packets are `<byte length>:<JSON>`. A request goes to an actor; the next packet from that actor without a `type` is
 * its reply (or an error, with `error`); packets with a `type` are events, such as an evaluation's result.
 */
import { connect, createServer, type Socket } from 'node:net';

export const DEVTOOLS_PREFS = {
  'devtools.debugger.remote-enabled': true,
  // The parent process (the browser window) may be debugged, not only tabs.
  'devtools.chrome.enabled': true,
  'devtools.debugger.prompt-connection': false,
};

/** A port nobody listens on now, for the debugger server. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

type Packet = { from?: string; type?: string; error?: string; message?: string; [key: string]: unknown };

export class DevtoolsClient {
  private buffer = Buffer.alloc(0);
  private readonly replies = new Map<string, { resolve(p: Packet): void; reject(e: Error): void }[]>();
  private readonly events: Packet[] = [];
  private eventWaiters: (() => void)[] = [];
  private closed: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('close', () => this.fail(new Error('Firefox closed its debugger connection')));
    socket.on('error', (err) => this.fail(err));
  }

  /** Connects, retrying while the browser is still starting its server, and reads the root's greeting. */
  static async connect(port: number, timeoutMs = 15_000): Promise<DevtoolsClient> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new DevtoolsClient(socket);
        await client.reply('root');
        return client;
      } catch (err) {
        if (Date.now() > deadline) throw new Error(`no Firefox debugger server on port ${port}: ${err}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /**
   * Evaluates `expression` in the browser window's scope (where gBrowser and Services live) and gives its result as
   * the protocol returns it (a grip: plain values as themselves). Throws what the script threw.
   */
  async evaluateInBrowserWindow(expression: string): Promise<unknown> {
    const process = await this.request('root', 'getProcess', { id: 0 });
    const descriptor = (process.processDescriptor as { actor: string }).actor;
    const target = await this.request(descriptor, 'getTarget');
    const consoleActor = (target.process as { consoleActor: string }).consoleActor;
    const started = await this.request(consoleActor, 'evaluateJSAsync', { text: expression });
    const result = await this.event((p) => p.type === 'evaluationResult' && p.resultID === started.resultID);
    if (result.hasException) throw new Error(`browser window script failed: ${String(result.exceptionMessage)}`);
    return result.result;
  }

  close(): void {
    this.socket.destroy();
  }

  private request(to: string, type: string, params: object = {}): Promise<Packet> {
    const answer = this.reply(to);
    const json = JSON.stringify({ to, type, ...params });
    this.socket.write(`${Buffer.byteLength(json)}:${json}`);
    return answer;
  }

  private reply(from: string): Promise<Packet> {
    if (this.closed) return Promise.reject(this.closed);
    return new Promise((resolve, reject) => {
      const queue = this.replies.get(from) ?? [];
      queue.push({ resolve, reject });
      this.replies.set(from, queue);
    });
  }

  private async event(matches: (p: Packet) => boolean): Promise<Packet> {
    for (;;) {
      const i = this.events.findIndex(matches);
      if (i >= 0) return this.events.splice(i, 1)[0]!;
      if (this.closed) throw this.closed;
      await new Promise<void>((resolve) => this.eventWaiters.push(resolve));
    }
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(packet);
    }
  }

  private dispatch(packet: Packet): void {
    const waiting = packet.type === undefined && packet.from ? this.replies.get(packet.from)?.shift() : undefined;
    if (waiting) {
      if (packet.error) waiting.reject(new Error(`${packet.from}: ${packet.error} ${packet.message ?? ''}`));
      else waiting.resolve(packet);
      return;
    }
    if (packet.type === undefined) return;
    this.events.push(packet);
    for (const wake of this.eventWaiters.splice(0)) wake();
  }

  private fail(err: Error): void {
    this.closed ??= err;
    for (const queue of this.replies.values()) for (const w of queue.splice(0)) w.reject(err);
    for (const wake of this.eventWaiters.splice(0)) wake();
  }
}
