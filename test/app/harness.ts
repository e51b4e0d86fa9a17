import { spawn } from 'node:child_process';
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type RunningServer, startServer } from '../../src/app/server.js';
import { COLUMNS } from '../../src/core/experiment/record.js';
import type { StandIn } from '../support/github-standin.js';
import { ROOT } from '../support/run-bundle.js';
import { examplePayload, type WebhookPayload } from '../support/webhook-examples.js';

export const SECRET = 'e2e-webhook-secret';
export const OWNER = 'acme';
export const REPO = 'models';
export const APP_BOT = 'sprintlab[bot]';

let key: string | undefined;
/** A fresh RSA key for the app, made once per test file (2048-bit keys take a moment). */
export function appPrivateKey(): string {
  key ??= generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs1', format: 'pem' })
    .toString();
  return key;
}

export async function startApp(gh: StandIn): Promise<RunningServer> {
  return startServer({
    appId: 123456,
    privateKey: appPrivateKey(),
    secret: SECRET,
    baseUrl: gh.url,
    host: '127.0.0.1',
    port: 0,
    // The stand-in answers at once: retry after milliseconds and send writes unspaced.
    pacing: { retryAfterMs: 5, rateLimitRetryAfterMs: 20, spaceWrites: false },
    logLevel: 'fatal',
    configTtlMs: 60_000,
  });
}

/** Delivers a webhook the way GitHub does: JSON body, event name, delivery id, HMAC-SHA256 signature. */
export async function deliver(
  app: Pick<RunningServer, 'webhookUrl'>,
  event: string,
  payload: WebhookPayload,
  opts: { secret?: string; delivery?: string } = {},
): Promise<number> {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac('sha256', opts.secret ?? SECRET)
    .update(body)
    .digest('hex')}`;
  const res = await fetch(app.webhookUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': opts.delivery ?? randomUUID(),
      'x-hub-signature-256': signature,
      'user-agent': 'GitHub-Hookshot/e2e',
    },
    body,
  });
  await res.arrayBuffer();
  return res.status;
}

/** Points a recorded GitHub payload at the stand-in's repository and installation. */
function retarget(p: WebhookPayload, gh: StandIn, sender: string): WebhookPayload {
  const repo = gh.state.repo(`${OWNER}/${REPO}`);
  p.repository = {
    ...p.repository,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    owner: { ...p.repository.owner, login: OWNER },
  };
  p.installation = { id: repo.installationId, node_id: `MDIz${repo.installationId}` };
  const user = gh.state.user(sender);
  p.sender = { ...p.sender, login: sender, id: user.id, type: user.type };
  return p;
}

/** `issues.<action>` for an issue seeded in the stand-in, from a recorded `issues.opened` payload. */
export function issuePayload(gh: StandIn, action: string, number: number, sender = 'ada'): WebhookPayload {
  const issue = gh.state.issue(number, `${OWNER}/${REPO}`);
  const p = retarget(examplePayload('issues', 'opened'), gh, sender);
  p.action = action;
  p.issue = {
    ...p.issue,
    number,
    id: issue.id,
    node_id: issue.node_id,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    labels: issue.labels.map((name) => ({ name })),
    user: { ...p.issue.user, login: issue.user.login },
    pull_request: undefined,
  };
  return p;
}

/** `issue_comment.created` for a comment seeded in the stand-in. */
export function commentPayload(gh: StandIn, number: number, body: string, author = 'ada'): WebhookPayload {
  const comment = gh.state.addComment(number, body, { user: author, repo: `${OWNER}/${REPO}` });
  const p = retarget(examplePayload('issue_comment', 'created'), gh, author);
  const base = issuePayload(gh, 'opened', number, author).issue;
  p.issue = base;
  p.comment = {
    ...p.comment,
    id: comment.id,
    node_id: comment.node_id,
    body,
    user: { ...p.comment.user, login: author, type: comment.user.type },
    performed_via_github_app: null,
  };
  return p;
}

/** `check_run.completed` for the gate's check run on a PR. */
export function gatePayload(
  gh: StandIn,
  pr: number,
  verdict: string,
  metrics: Record<string, number>,
  id = 4242,
): WebhookPayload {
  const p = retarget(examplePayload('check_run', 'completed'), gh, 'github-actions[bot]');
  p.check_run = {
    ...p.check_run,
    id,
    name: 'Sprintlab gate',
    conclusion: verdict === 'fail' ? 'failure' : 'success',
    output: {
      title: `${verdict}: 3 checks`,
      summary: 'Gate report',
      text: `Full report\n<!-- sprintlab:gate ${JSON.stringify({ verdict, metrics })} -->`,
      annotations_count: 0,
    },
    pull_requests: [{ ...p.check_run.pull_requests[0], number: pr }],
  };
  return p;
}

export function seedBoard(gh: StandIn, options: string[] = [...COLUMNS]) {
  return gh.state.addProject({
    owner: OWNER,
    ownerType: 'Organization',
    number: 3,
    title: 'Experiments',
    fields: [{ name: 'Status', type: 'single_select', options }],
  });
}

export const BOARD_CONFIG = `board:
  project: https://github.com/orgs/${OWNER}/projects/3
  field: Status
  wip: { Experiment: 3, Evaluation: 4 }
`;

export interface AppProcess {
  url: string;
  webhookUrl: string;
  pid: number;
  /** Everything the server logged so far (stdout and stderr). */
  output(): string;
  /** Resolves with the output once it matches (the log is written asynchronously), or rejects after 10 s. */
  logged(pattern: RegExp): Promise<string>;
  /** Resident and peak resident memory of the server process, in bytes (Linux /proc). */
  memory(): { rss: number; peak: number };
  stop(): Promise<void>;
}

/** Runs the bundled app (`npm start`) as a child process, as a host would, on a loopback port. */
export async function startAppProcess(gh: StandIn): Promise<AppProcess> {
  const child = spawn(process.execPath, [`${ROOT}dist/app.js`], {
    env: {
      PATH: process.env.PATH,
      APP_ID: '123456',
      PRIVATE_KEY: appPrivateKey(),
      WEBHOOK_SECRET: SECRET,
      GITHUB_API_URL: gh.url,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (d) => {
    output += d;
  });
  const webhookUrl = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      output += d;
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`app exited with ${code}:\n${output}`)));
  });
  const pid = child.pid ?? 0;
  const status = (field: string) =>
    Number(
      new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1],
    ) * 1024;
  return {
    url: new URL(webhookUrl).origin,
    webhookUrl,
    pid,
    output: () => output,
    logged: async (pattern) => {
      for (let i = 0; i < 200 && !pattern.test(output); i++) await new Promise((r) => setTimeout(r, 50));
      if (!pattern.test(output)) throw new Error(`the app never logged ${pattern}:\n${output}`);
      return output;
    },
    memory: () => ({ rss: status('VmRSS'), peak: status('VmHWM') }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
