/* eslint-disable @typescript-eslint/no-explicit-any -- the fake records whatever JSON the bot sends */
/**
 * A small fake Discord on 127.0.0.1 for end-to-end tests and the Discord-path benchmark: the REST routes a replying bot uses and a
 * JSON WebSocket gateway (HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME, dispatches).
 * The real discord.js client connects to it through `rest.api`; every REST request is recorded so a
 * test can read exactly what the bot sent.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
}

/**
 * A bot token for the fake: shaped like one so settings accept it, built at run time so that no
 * token-shaped string is committed (secret scanners would rightly flag one).
 */
export const FAKE_TOKEN = [
  Buffer.from('100000000000000001').toString('base64url'),
  'Gfake0',
  'x'.repeat(38),
].join('.');

export const IDS = {
  app: '100000000000000001',
  bot: '100000000000000001',
  guild: '200000000000000001',
  channel: '300000000000000001',
  dmChannel: '300000000000000099',
  user: '400000000000000001',
  stranger: '400000000000000002',
  everyoneRole: '200000000000000001',
} as const;

let snowflake = 900_000_000_000_000_000n;
const nextId = () => String(++snowflake);

export function user(id: string = IDS.user, name = 'reader') {
  return { id, username: name, discriminator: '0', global_name: name, avatar: null, bot: false };
}

const botUser = {
  id: IDS.bot,
  username: 'Dépêche',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Gateway payloads received from the client (op, d). */
  readonly received: { op: number; d: unknown }[] = [];
  /** Hold every REST response this long, to keep a reply in flight (shutdown tests). */
  responseDelayMs = 0;
  /** Requests whose response has been sent. */
  readonly answered = new WeakSet<RecordedRequest>();
  /** When each request arrived (performance.now()), for timing the bot. */
  readonly arrivals = new WeakMap<RecordedRequest, number>();
  private sockets = new Set<WebSocket>();
  private readonly shardOf = new Map<WebSocket, number>();
  private sequence = 0;
  private readonly sessionId = 'fake-session';
  private waiters: { test: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];

  private constructor(
    private readonly http: Server,
    private readonly gateway: WebSocketServer,
    readonly port: number,
  ) {}

  static async start(): Promise<FakeDiscord> {
    const http = createServer();
    const gateway = new WebSocketServer({ server: http });
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    const fake = new FakeDiscord(http, gateway, (http.address() as AddressInfo).port);
    http.on('request', (req, res) => void fake.handleRest(req, res));
    gateway.on('connection', (socket) => fake.handleGateway(socket));
    return fake;
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get identifies(): number {
    return this.received.filter((p) => p.op === 2).length;
  }

  get resumes(): number {
    return this.received.filter((p) => p.op === 6).length;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.gateway.close();
    this.http.closeAllConnections();
    await new Promise((resolve) => this.http.close(resolve));
  }

  /** Resolves with the first request (already made or yet to come) that passes the test. */
  waitForRequest(
    test: (request: RecordedRequest) => boolean,
    timeoutMs = 10_000,
    after = 0,
  ): Promise<RecordedRequest> {
    const seen = this.requests.slice(after).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such request arrived')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      });
    });
  }

  /** The interaction callback the bot sent for an interaction id. */
  callbackFor(interactionId: string, after = 0): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${interactionId}/`),
      10_000,
      after,
    );
  }

  /** Sends an event to every connection, or to one shard's when the bot is sharded. */
  dispatch(type: string, data: unknown, shard?: number): void {
    const payload = JSON.stringify({ op: 0, t: type, s: ++this.sequence, d: data });
    for (const socket of this.sockets) {
      if (shard === undefined || this.shardOf.get(socket) === shard) socket.send(payload);
    }
  }

  /** Closes the gateway connection the way Discord does when it wants the client to resume. */
  closeGateway(code = 4000): void {
    for (const socket of this.sockets) socket.close(code, 'fake Discord closed the connection');
  }

  // --- Events a test can send ----------------------------------------------------------------------

  slashCommand(
    name: string,
    options: { name: string; value: string; focused?: boolean }[] = [],
    from = user(),
    shard?: number,
  ): string {
    return this.interaction(
      2,
      { id: nextId(), name, type: 1, options: options.map((o) => ({ type: 3, ...o })) },
      from,
      {},
      shard,
    );
  }

  autocomplete(name: string, option: string, typed: string, from = user()): string {
    return this.interaction(
      4,
      { id: nextId(), name, type: 1, options: [{ type: 3, name: option, value: typed, focused: true }] },
      from,
    );
  }

  /** A click on a button of the reply to `originalInteractionId`. */
  button(customId: string, originalInteractionId: string, from = user()): string {
    const message = {
      ...this.message({ content: '', embeds: [], components: [] }),
      interaction_metadata: {
        id: originalInteractionId,
        type: 2,
        user: user(),
        authorizing_integration_owners: {},
      },
    };
    return this.interaction(3, { custom_id: customId, component_type: 2 }, from, { message });
  }

  guildMessage(
    content: string,
    options: { mentionBot?: boolean; everyone?: boolean; author?: ReturnType<typeof user> } = {},
  ): string {
    const id = nextId();
    this.dispatch('MESSAGE_CREATE', {
      ...this.message({ content, id, author: options.author ?? user() }),
      guild_id: IDS.guild,
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      mentions: options.mentionBot ? [botUser] : [],
      mention_everyone: options.everyone ?? false,
      channel_type: 0,
    });
    return id;
  }

  directMessage(content: string, author = user()): string {
    const id = nextId();
    this.dispatch('MESSAGE_CREATE', {
      ...this.message({ content, id, author }),
      channel_id: IDS.dmChannel,
      channel_type: 1,
    });
    return id;
  }

  // --- Internals -------------------------------------------------------------------------------------

  private interaction(
    type: number,
    data: unknown,
    from: ReturnType<typeof user>,
    extra: object = {},
    shard?: number,
  ): string {
    const id = nextId();
    this.dispatch(
      'INTERACTION_CREATE',
      {
        id,
        application_id: IDS.app,
        type,
        token: `token-${id}`,
        version: 1,
        guild_id: IDS.guild,
        channel_id: IDS.channel,
        channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'general' },
        member: {
          user: from,
          roles: [],
          permissions: '2248473465835073',
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
        app_permissions: '2248473465835073',
        locale: 'en-GB',
        guild_locale: 'en-GB',
        entitlements: [],
        authorizing_integration_owners: { '0': IDS.guild },
        context: 0,
        data,
        ...extra,
      },
      shard,
    );
    return id;
  }

  private message(fields: Record<string, unknown>) {
    return {
      id: nextId(),
      channel_id: IDS.channel,
      author: botUser,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...fields,
    };
  }

  private handleGateway(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw: Buffer) => {
      const payload = JSON.parse(raw.toString('utf8')) as { op: number; d: unknown };
      this.received.push(payload);
      const send = (type: string, data: unknown) =>
        socket.send(JSON.stringify({ op: 0, t: type, s: ++this.sequence, d: data }));
      if (payload.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (payload.op === 2) {
        // The one guild lives on shard 0; other shards of a sharded bot start with none.
        const shard = (payload.d as { shard?: [number, number] }).shard ?? [0, 1];
        this.shardOf.set(socket, shard[0]);
        send('READY', {
          v: 10,
          user: botUser,
          guilds: shard[0] === 0 ? [{ id: IDS.guild, unavailable: true }] : [],
          session_id: `${this.sessionId}-${shard[0]}`,
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          shard,
          application: { id: IDS.app, flags: 0 },
        });
        if (shard[0] === 0) send('GUILD_CREATE', this.guild());
      }
      if (payload.op === 6) send('RESUMED', {});
    });
  }

  private guild() {
    return {
      id: IDS.guild,
      name: 'Test guild',
      icon: null,
      owner_id: IDS.user,
      unavailable: false,
      joined_at: new Date().toISOString(),
      large: false,
      member_count: 3,
      features: [],
      roles: [
        {
          id: IDS.everyoneRole,
          name: '@everyone',
          permissions: '0',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: [{ id: IDS.channel, type: 0, name: 'general', position: 0, permission_overwrites: [] }],
      members: [],
      emojis: [],
      stickers: [],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }

  private async handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
    };
    this.arrivals.set(request, performance.now());
    this.requests.push(request);
    this.waiters = this.waiters.filter((waiter) =>
      waiter.test(request) ? (waiter.resolve(request), false) : true,
    );

    if (this.responseDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.responseDelayMs));
    res.on('finish', () => this.answered.add(request));
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const { method, path } = request;
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      if (url.searchParams.get('with_response') === 'true') {
        const data = (body as { data?: Record<string, unknown> } | undefined)?.data ?? {};
        return json(200, {
          interaction: { id: path.split('/')[4], type: 2 },
          resource: { type: 4, message: this.message(data) },
        });
      }
      res.writeHead(204).end();
      return;
    }
    if (/^\/api\/v10\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path))
      return json(200, this.message((body as Record<string, unknown>) ?? {}));
    if (method === 'POST' && /^\/api\/v10\/channels\/\d+\/messages$/.test(path)) {
      return json(
        200,
        this.message({ ...(body as Record<string, unknown>), channel_id: path.split('/')[4] }),
      );
    }
    if (method === 'POST' && path === '/api/v10/users/@me/channels') {
      return json(200, { id: IDS.dmChannel, type: 1, recipients: [user()], last_message_id: null });
    }
    if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return json(
        200,
        (body as object[]).map((command) => ({
          id: nextId(),
          application_id: IDS.app,
          version: '1',
          ...command,
        })),
      );
    }
    json(404, { message: `fake Discord has no route for ${method} ${path}`, code: 0 });
  }
}
