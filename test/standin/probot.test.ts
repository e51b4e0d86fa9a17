import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeMiddleware, Probot } from 'probot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { responseShapeErrors } from '../support/standin-response-check.js';
import { exampleCatalog, examplePayload } from '../support/webhook-examples.js';

/**
 * Probot against the stand-in as it runs in production: App id + private key, a JWT exchanged for an
 * installation token, a webhook signed with the secret arriving over HTTP on loopback.
 */

const SECRET = 'webhook-secret';
let gh: StandIn;
let server: Server;
let webhookUrl: string;

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: ['acme/models'] });
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const probot = new Probot({
    appId: 123456,
    privateKey,
    secret: SECRET,
    baseUrl: gh.url,
    logLevel: 'fatal',
  });
  const middleware = await createNodeMiddleware(
    (app) => {
      app.on('issue_comment.created', async (context) => {
        if (context.isBot) return;
        await context.octokit.rest.reactions.createForIssueComment(
          context.repo({ comment_id: context.payload.comment.id, content: 'eyes' }),
        );
        await context.octokit.rest.issues.createComment(
          context.issue({ body: `ack: ${context.payload.comment.body}` }),
        );
      });
    },
    { probot, webhooksPath: '/api/github/webhooks' },
  );
  server = createServer((req, res) => {
    Promise.resolve(middleware(req, res, () => res.writeHead(404).end())).catch(() =>
      res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await gh.close();
});

function deliver(event: string, payload: unknown, secret = SECRET) {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  return fetch(webhookUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': signature,
    },
    body,
  });
}

function commentPayload(issueNumber: number, commentId: number, body: string) {
  const payload = examplePayload('issue_comment', 'created');
  payload.repository.name = 'models';
  payload.repository.full_name = 'acme/models';
  payload.repository.owner.login = 'acme';
  payload.issue.number = issueNumber;
  payload.comment.id = commentId;
  payload.comment.body = body;
  payload.installation = {
    id: gh.state.repo().installationId,
    node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI0Mg==',
  };
  return payload;
}

describe('webhook examples', () => {
  it('loads real payloads by event and action as editable clones', () => {
    const a = examplePayload('pull_request', 'opened');
    a.pull_request.number = 999;
    expect(examplePayload('pull_request', 'opened').pull_request.number).not.toBe(999);
    expect(examplePayload('issues', 'opened').issue.user.login).toBeTruthy();
    expect(examplePayload('check_run', 'completed').check_run.conclusion).toBeTruthy();
    expect(exampleCatalog().issue_comment).toContain('created');
    expect(() => examplePayload('issues', 'exploded')).toThrow(/actions: .*opened/);
  });
});

describe('Probot app against the stand-in', () => {
  it('exchanges a JWT for an installation token and acts with it', async () => {
    const issue = gh.state.addIssue({ title: 'Experiment: QLoRA', user: 'alice' });
    const comment = gh.state.addComment(issue, { body: '/start', user: 'alice' });
    const res = await deliver('issue_comment', commentPayload(issue.number, comment.id, '/start'));
    expect(res.status).toBe(200);

    const [tokenCall] = gh.calls({
      method: 'POST',
      route: '/app/installations/{installation_id}/access_tokens',
    });
    expect(tokenCall).toMatchObject({ status: 201, auth: { scheme: 'bearer', jwt: true } });
    const created = gh.calls({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    });
    expect(created).toHaveLength(1);
    expect(created[0]?.auth.token).toMatch(/^ghs_/);
    expect(created[0]?.status).toBe(201);
    const comments = gh.state.commentsOf(issue);
    expect(comments.map((c) => [c.user.login, c.body])).toEqual([
      ['alice', '/start'],
      ['sprintlab[bot]', 'ack: /start'],
    ]);
    expect(comment.reactions.map((r) => r.content)).toEqual(['eyes']);
    gh.assertNoViolations();
    expect(responseShapeErrors(gh.requests)).toEqual([]);
  });

  it('rejects a webhook with a wrong signature and calls nothing', async () => {
    gh.resetRecords();
    const issue = gh.state.addIssue({ title: 'x' });
    const res = await deliver('issue_comment', commentPayload(issue.number, 1, '/kill'), 'not-the-secret');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(gh.requests).toHaveLength(0);
    expect(gh.state.commentsOf(issue)).toHaveLength(0);
  });

  it('refuses app routes without a JWT', async () => {
    const res = await fetch(`${gh.url}/app/installations/4242/access_tokens`, {
      method: 'POST',
      headers: { authorization: 'token ghs_plain' },
    });
    expect(res.status).toBe(401);
  });
});
