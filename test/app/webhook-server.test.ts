import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { type AppProcess, deliver, issuePayload, OWNER, REPO, startAppProcess } from './harness.js';

const MB = 1024 * 1024;
let gh: StandIn;
let app: AppProcess;

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: [`${OWNER}/${REPO}`] });
  app = await startAppProcess(gh);
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await gh?.close();
});

interface Upload {
  status: number;
  /** Bytes the client managed to hand to the connection before the server answered or closed it. */
  sent: number;
}

/**
 * POSTs `total` bytes to the webhook URL in 64 KB chunks, with a bogus signature, and stops writing
 * as soon as the server answers. `declare` sends a Content-Length; otherwise the body is chunked, so
 * the server only learns its size by reading. `during` runs once the first megabytes are on the wire.
 */
function upload(total: number, opts: { declare: boolean; during?: () => Promise<void> }): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 'x'.charCodeAt(0));
    let sent = 0;
    let answered = false;
    const req = request(app.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'issues',
        'x-github-delivery': 'big-1',
        'x-hub-signature-256': `sha256=${'0'.repeat(64)}`,
        ...(opts.declare ? { 'content-length': String(total) } : {}),
      },
    });
    req.on('response', (res) => {
      answered = true;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, sent }));
    });
    // The server closes the connection once it has answered; a write after that fails, as it should.
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    let ran = false;
    const pump = async () => {
      while (sent < total && !answered && !req.destroyed) {
        if (!ran && sent >= 4 * MB && opts.during) {
          ran = true;
          await opts.during();
        }
        sent += chunk.length;
        if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
      }
      if (!answered && !req.destroyed) req.end();
    };
    void pump();
  });
}

const healthz = async () => (await fetch(`${app.url}/healthz`)).status;

describe('the webhook server under deliveries it must not trust', () => {
  it('refuses a 30 MB unsigned body declared up front with 413 before reading it, memory flat', async () => {
    const before = app.memory();
    const { status } = await upload(30 * MB, { declare: true });
    expect(status).toBe(413);
    expect(app.memory().peak - before.rss).toBeLessThan(10 * MB);
    await app.logged(/refused issues delivery of 31457280 bytes: over GitHub's 25 MB limit/);
  });

  it("stops reading a 64 MB chunked body at GitHub's 25 MB cap, answers 413, and answers /healthz meanwhile", async () => {
    const before = app.memory();
    let health = 0;
    const { status, sent } = await upload(64 * MB, {
      declare: false,
      during: async () => {
        health = await healthz();
      },
    });
    expect(health).toBe(200);
    expect(status).toBe(413);
    // Buffering the whole body (what a plain body parser does) costs at least the 64 MB sent.
    expect(sent).toBeLessThan(40 * MB);
    expect(app.memory().peak - before.rss).toBeLessThan(45 * MB);
    expect(await healthz()).toBe(200);
  });

  it('answers 401 to a bad signature and logs the event name and size, never the payload', async () => {
    const issue = gh.state.addIssue({ repo: `${OWNER}/${REPO}`, title: 'x', body: 'CANARY-unverified-body' });
    const payload = issuePayload(gh, 'opened', issue.number);
    const status = await deliver({ webhookUrl: app.webhookUrl }, 'issues', payload, { secret: 'wrong' });
    expect(status).toBe(401);
    const log = await app.logged(/refused issues delivery of \d+ bytes: the signature does not match/);
    expect(log).not.toContain('CANARY-unverified-body');
    expect(gh.requests).toHaveLength(0);
  });
});
