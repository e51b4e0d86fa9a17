import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Probot, ProbotOctokit } from 'probot';
import { InputError } from '../core/errors.js';
import { maxRateLimitWait } from '../github/client.js';
import { type AppOptions, sprintlabApp } from './app.js';
import { webhookReceiver } from './webhook-receiver.js';

export interface ServerOptions extends AppOptions {
  appId: string | number;
  privateKey: string;
  secret: string;
  /** GitHub's API (GitHub Enterprise or a test stand-in); default api.github.com. */
  baseUrl?: string;
  host?: string;
  port?: number;
  webhookPath?: string;
  /** How the client paces retries and writes; GitHub's own pacing when left out. */
  pacing?: ClientPacing;
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
  /** The longest wait for a primary rate limit to reset, in seconds (default 5 minutes). */
  maxRateLimitWait?: number;
}

export interface RunningServer {
  url: string;
  webhookUrl: string;
  probot: Probot;
  close(): Promise<void>;
}

/**
 * Retry waits in milliseconds, and whether writes are spaced a second apart as GitHub asks. A server
 * that is not GitHub (a local stand-in) can answer at once.
 */
export interface ClientPacing {
  retryAfterMs: number;
  rateLimitRetryAfterMs: number;
  spaceWrites: boolean;
}

type OctokitOptions = NonNullable<ConstructorParameters<typeof ProbotOctokit>[0]>;

/** A throttling group that runs every request at once (the plugin's groups are Bottleneck groups). */
const unspaced = {
  key: () => ({
    schedule: <A extends unknown[], R>(
      _job: unknown,
      fn: (...args: A) => R,
      ...args: A
    ): Promise<Awaited<R>> => Promise.resolve(fn(...args)),
  }),
};

/** Starts the app as a plain Node HTTP server receiving GitHub's signed webhooks. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const cap = options.maxRateLimitWait ?? maxRateLimitWait({});
  const { pacing } = options;
  const Octokit = ProbotOctokit.defaults((instance: OctokitOptions) => ({
    ...instance,
    retry: { ...instance.retry, ...(pacing ? { retryAfterBaseValue: pacing.retryAfterMs } : {}) },
    throttle: {
      ...instance.throttle,
      // Probot gives up on a secondary rate limit; one webhook is worth waiting for, twice.
      onSecondaryRateLimit: (_after: number, _req: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 2,
      // An hourly limit that resets far away fails the delivery (GitHub can redeliver it) instead of holding it.
      onRateLimit: (after: number, _req: unknown, _octokit: unknown, retryCount: number) =>
        after <= cap && retryCount < 2,
      ...(pacing ? { retryAfterBaseValue: pacing.rateLimitRetryAfterMs } : {}),
      ...(pacing && !pacing.spaceWrites
        ? { write: unspaced, notifications: unspaced, search: unspaced }
        : {}),
    },
  }));
  const probot = new Probot({
    appId: options.appId,
    privateKey: options.privateKey,
    secret: options.secret,
    logLevel: options.logLevel ?? 'info',
    Octokit: Octokit as typeof ProbotOctokit,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
  });
  const webhookPath = options.webhookPath ?? '/api/github/webhooks';
  await probot.load(sprintlabApp(options));
  const receive = webhookReceiver(probot, options.secret, { warn: (m) => probot.log.warn(m) });
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    if (path === webhookPath) {
      void receive(req, res);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 3000, options.host ?? '0.0.0.0', resolve),
  );
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const url = `http://${host}:${port}`;
  return {
    url,
    webhookUrl: `${url}${webhookPath}`,
    probot,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Server settings from the environment, named as Probot names them. */
export function serverOptionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const need = (name: string, what: string) => {
    const v = env[name];
    if (!v)
      throw new InputError(`${name} is not set: ${what}`, {
        fix: `set ${name} (see the README, "Install as an app")`,
      });
    return v;
  };
  const privateKey =
    env.PRIVATE_KEY?.replace(/\\n/g, '\n') ??
    (env.PRIVATE_KEY_PATH
      ? readFileSync(env.PRIVATE_KEY_PATH, 'utf8')
      : need('PRIVATE_KEY', "the app's private key (PEM)"));
  return {
    appId: need('APP_ID', "the GitHub App's id"),
    privateKey,
    secret: need('WEBHOOK_SECRET', "the app's webhook secret"),
    ...(env.GITHUB_API_URL
      ? { baseUrl: env.GITHUB_API_URL }
      : env.GHE_HOST
        ? { baseUrl: `${env.GHE_PROTOCOL ?? 'https'}://${env.GHE_HOST}/api/v3` }
        : {}),
    port: Number(env.PORT ?? 3000),
    ...(env.HOST ? { host: env.HOST } : {}),
    ...(env.WEBHOOK_PATH ? { webhookPath: env.WEBHOOK_PATH } : {}),
    ...(env.LOG_LEVEL && env.LOG_LEVEL !== 'silent' ? { logLevel: env.LOG_LEVEL } : {}),
    maxRateLimitWait: maxRateLimitWait(env),
  };
}

/** `npm start`: read the environment, start, and stop cleanly on SIGTERM. */
export async function main(): Promise<void> {
  let running: RunningServer;
  try {
    running = await startServer(serverOptionsFromEnv(process.env));
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`sprintlab app: ${error.describe()}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  process.stdout.write(`Sprintlab app listening on ${running.webhookUrl}\n`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
