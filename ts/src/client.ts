/**
 * Typed socket clients of the TVM server: `FrontendSocket` on `/ws/fleet`
 * and `VehicleSocket` on `/ws/vehicle/{vehicle_id}`, over the unions of
 * `sockets.ts`. The token goes in `?token=` (a browser's WebSocket cannot
 * send headers). Both reconnect by themselves with exponential backoff and
 * full jitter; messages sent while disconnected wait for the connection,
 * and a frontend sends its subscriptions again after reconnecting. Pings
 * are answered by the WebSocket implementation.
 */
import type {
  AckResult,
  FrontendCommand,
  FrontendInbound,
  FrontendInboundPayload,
  FrontendInboundType,
  FrontendOutbound,
  VehicleInbound,
  VehicleInboundPayload,
  VehicleInboundType,
  VehicleOutbound,
} from "./sockets.js";

/** Waits between connection attempts: attempt n waits a random time
 * between 0 and min(maxMs, firstMs × 2ⁿ). */
export interface Backoff {
  firstMs: number;
  maxMs: number;
}

export interface SocketOptions {
  backoff?: Backoff;
  /** Attempts per (re)connection before giving up; unlimited if absent. */
  maxAttempts?: number;
  /** The WebSocket class (the global one if absent). */
  WebSocket?: typeof WebSocket;
}

type Envelope = { type: string; id: string; timestamp: string; payload: unknown };

export function backoffDelay(backoff: Backoff, attempt: number): number {
  const cap = Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.min(attempt, 20));
  return Math.random() * cap;
}

/** The socket URL of a server URL (`https:` → `wss:`, `http:` → `ws:`). */
export function socketUrl(baseUrl: string, path: string, token: string): string {
  const url = new URL(path, baseUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : url.protocol === "http:" ? "ws:" : url.protocol;
  url.searchParams.set("token", token);
  return url.toString();
}

/** One socket's connection, opened again when it breaks. */
class Link<In extends Envelope, Out extends Envelope> {
  private ws: WebSocket | undefined;
  private closed = false;
  private waiting: string[] = [];
  private readonly messageListeners: ((m: Out) => void)[] = [];
  private readonly reconnectListeners: (() => void)[] = [];
  /** Called on every open, before waiting messages are sent. */
  onOpen: (send: (text: string) => void) => void = () => {};

  constructor(
    private url: string,
    private readonly options: SocketOptions,
  ) {}

  /** Open the first connection (retrying with backoff). */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const backoff = this.options.backoff ?? { firstMs: 250, maxMs: 30_000 };
    for (let attempt = 0; ; attempt++) {
      if (this.closed) throw new Error("socket closed");
      try {
        this.ws = await this.open();
        return;
      } catch (e) {
        if (this.options.maxAttempts !== undefined && attempt + 1 >= this.options.maxAttempts) throw e;
        await new Promise((r) => setTimeout(r, backoffDelay(backoff, attempt)));
      }
    }
  }

  private open(): Promise<WebSocket> {
    const Impl = this.options.WebSocket ?? WebSocket;
    return new Promise((resolve, reject) => {
      const ws = new Impl(this.url);
      let opened = false;
      ws.onopen = () => {
        opened = true;
        const send = (text: string) => ws.send(text);
        this.onOpen(send);
        for (const text of this.waiting.splice(0)) send(text);
        resolve(ws);
      };
      ws.onmessage = (event: MessageEvent) => {
        const message = JSON.parse(String(event.data)) as Out;
        for (const listener of this.messageListeners) listener(message);
      };
      ws.onclose = () => {
        if (!opened) {
          reject(new Error(`cannot open ${this.url.replace(/token=[^&]*/, "token=…")}`));
          return;
        }
        this.ws = undefined;
        if (!this.closed) {
          this.connect().then(
            () => this.reconnectListeners.forEach((l) => l()),
            () => {},
          );
        }
      };
    });
  }

  send(message: In): void {
    const text = JSON.stringify(message);
    if (this.ws && this.ws.readyState === 1) this.ws.send(text);
    else this.waiting.push(text);
  }

  onMessage(listener: (m: Out) => void): void {
    this.messageListeners.push(listener);
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  setToken(token: string): void {
    const url = new URL(this.url);
    url.searchParams.set("token", token);
    this.url = url.toString();
  }

  close(): void {
    this.closed = true;
    this.ws?.close(1000);
  }
}

function envelope<T extends string, P>(type: T, payload: P): { type: T; id: string; timestamp: string; payload: P } {
  return { type, id: crypto.randomUUID(), timestamp: new Date().toISOString(), payload };
}

/** What both sockets offer: their messages, reconnections, a new token
 * for the next connection, and closing. */
abstract class SocketClient<In extends Envelope, Out extends Envelope> {
  protected constructor(protected readonly link: Link<In, Out>) {}

  /** Every message the server sends, as the socket's union. */
  onMessage(listener: (m: Out) => void): void {
    this.link.onMessage(listener);
  }

  /** The connection broke and was opened again. */
  onReconnect(listener: () => void): void {
    this.link.onReconnect(listener);
  }

  /** Use another token from the next connection on (tokens expire). */
  setToken(token: string): void {
    this.link.setToken(token);
  }

  /** Close the socket (code 1000). */
  close(): void {
    this.link.close();
  }
}

/** A vehicle's command socket: reports and acknowledgements out,
 * `VehicleOutbound` (commands, `socket_error`) in. */
export class VehicleSocket extends SocketClient<VehicleInbound, VehicleOutbound> {
  private constructor(link: Link<VehicleInbound, VehicleOutbound>) {
    super(link);
  }

  static async connect(
    baseUrl: string,
    vehicleId: string,
    token: string,
    options: SocketOptions = {},
  ): Promise<VehicleSocket> {
    const path = `/ws/vehicle/${encodeURIComponent(vehicleId)}`;
    const link = new Link<VehicleInbound, VehicleOutbound>(socketUrl(baseUrl, path, token), options);
    await link.start();
    return new VehicleSocket(link);
  }

  /** Send a report or an acknowledgement. */
  send<T extends VehicleInboundType>(type: T, payload: VehicleInboundPayload<T>): void {
    this.link.send(envelope(type, payload) as VehicleInbound);
  }

  /** Acknowledge a command: `accepted`, then `completed` (or `rejected`). */
  ack(commandId: string, result: AckResult): void {
    this.send("ack", { command_id: commandId, result });
  }
}

/** A frontend's fleet socket: subscriptions and commands out,
 * `FrontendOutbound` (telemetry, alerts, command statuses, connections) in. */
export class FrontendSocket extends SocketClient<FrontendInbound, FrontendOutbound> {
  /** The subscription requests in order, sent again on every reconnection. */
  private subscriptions: FrontendInbound[] = [];

  private constructor(link: Link<FrontendInbound, FrontendOutbound>) {
    super(link);
    link.onOpen = (send) => {
      for (const request of this.subscriptions) send(JSON.stringify({ ...request, id: crypto.randomUUID() }));
    };
  }

  static async connect(baseUrl: string, token: string, options: SocketOptions = {}): Promise<FrontendSocket> {
    const link = new Link<FrontendInbound, FrontendOutbound>(socketUrl(baseUrl, "/ws/fleet", token), options);
    await link.start();
    return new FrontendSocket(link);
  }

  /** Follow these vehicles (`*`: all of them). */
  subscribe(vehicleIds: string[]): void {
    this.changeSubscriptions("subscribe", vehicleIds);
  }

  /** Stop following these vehicles (`*`: all of them). */
  unsubscribe(vehicleIds: string[]): void {
    if (vehicleIds.includes("*")) this.subscriptions = [];
    this.changeSubscriptions("unsubscribe", vehicleIds);
  }

  private changeSubscriptions(type: "subscribe" | "unsubscribe", vehicleIds: string[]): void {
    const request = envelope(type, { vehicle_ids: vehicleIds }) as FrontendInbound;
    this.subscriptions.push(request);
    this.link.send(request);
  }

  /** Issue a command; its progress arrives as `command_status`. */
  command(command: FrontendCommand): void {
    this.send("command", command);
  }

  send<T extends FrontendInboundType>(type: T, payload: FrontendInboundPayload<T>): void {
    this.link.send(envelope(type, payload) as FrontendInbound);
  }
}
