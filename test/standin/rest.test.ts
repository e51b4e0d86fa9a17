import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHub, type GitHub } from '../../src/github/client.js';
import { findStickyComment, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { responseShapeErrors } from '../support/standin-response-check.js';
import { routeListLoadMs } from '../support/standin-routes.js';

const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

let gh: StandIn;
let client: GitHub;

beforeAll(async () => {
  gh = await startGitHubStandIn();
  client = createGitHub({ token: 'ghs_test', baseUrl: gh.url, retries: 2 });
});
afterAll(() => gh.close());
beforeEach(() => gh.resetRecords());

// Every answer the stand-in gave in a test must fit GitHub's published response schema.
afterEach(() => {
  expect(responseShapeErrors(gh.requests)).toEqual([]);
});

const repo = { owner: 'acme', repo: 'models' };

describe('REST routes checked against GitHub route list', () => {
  it('answers 404 and records a violation for a route GitHub does not have', async () => {
    const res = await fetch(`${gh.url}/repos/acme/models/experiments/1`, {
      headers: { authorization: 'token t' },
    });
    expect(res.status).toBe(404);
    expect(gh.violations).toEqual([
      expect.objectContaining({
        kind: 'rest-route',
        method: 'GET',
        path: '/repos/acme/models/experiments/1',
      }),
    ]);
    expect(() => gh.assertNoViolations()).toThrow(/experiments/);
    console.info(`openapi route list load: ${routeListLoadMs().toFixed(0)} ms`);
  });

  it('records a violation for a known path with a method GitHub does not accept', async () => {
    const res = await fetch(`${gh.url}/repos/acme/models/issues/1`, {
      method: 'DELETE',
      headers: { authorization: 'token t' },
    });
    expect(res.status).toBe(404);
    expect(gh.violations[0]).toMatchObject({ kind: 'rest-method', method: 'DELETE' });
  });

  it('records a violation when a required body property is missing', async () => {
    const issue = gh.state.addIssue({ title: 'x' });
    await expect(
      // A route string Octokit cannot type-check, as a hand-written call might be.
      client.request(`POST /repos/acme/models/issues/${issue.number}/comments`, {}),
    ).rejects.toMatchObject({
      status: 422,
    });
    expect(gh.violations[0]).toMatchObject({ kind: 'rest-body', message: expect.stringContaining('body') });
  });

  it('matches the most literal template and records route and params', async () => {
    const issue = gh.state.addIssue({ title: 'x' });
    const c = gh.state.addComment(issue.number, 'hello');
    const { data } = await client.rest.issues.getComment({ ...repo, comment_id: c.id });
    expect(data.body).toBe('hello');
    const [call] = gh.calls();
    expect(call).toMatchObject({
      method: 'GET',
      route: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      params: { owner: 'acme', repo: 'models', comment_id: String(c.id) },
      auth: { scheme: 'token', token: 'ghs_test', jwt: false },
      status: 200,
    });
    gh.assertNoViolations();
  });

  it('answers 400 and records it when a real GitHub route is not modelled by the stand-in', async () => {
    await expect(client.rest.repos.listReleases(repo)).rejects.toMatchObject({ status: 400 });
    expect(gh.violations).toEqual([
      expect.objectContaining({
        kind: 'unimplemented',
        message: expect.stringContaining('GET /repos/{owner}/{repo}/releases'),
      }),
    ]);
    gh.violations.length = 0;
  });

  it('answers 401 without credentials', async () => {
    const res = await fetch(`${gh.url}/repos/acme/models`);
    expect(res.status).toBe(401);
  });
});

describe('issue comments', () => {
  it('creates, lists with pagination over 250 comments, updates and deletes', async () => {
    const issue = gh.state.addIssue({ title: 'busy experiment' });
    for (let i = 0; i < 249; i++) gh.state.addComment(issue.number, `comment ${i}`);
    const { data: created } = await client.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: 'last one',
    });
    expect(created).toMatchObject({
      body: 'last one',
      user: { login: 'github-actions[bot]' },
      html_url: expect.stringContaining(`/acme/models/issues/${issue.number}#issuecomment-`),
    });
    expect(created.node_id).toBeTruthy();
    expect(created.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const all = await client.paginate(client.rest.issues.listComments, {
      ...repo,
      issue_number: issue.number,
      per_page: 100,
    });
    expect(all).toHaveLength(250);
    expect(all[0]?.body).toBe('comment 0');
    expect(all[249]?.body).toBe('last one');
    const pages = gh.calls({ method: 'GET', route: COMMENTS });
    expect(pages.map((p) => p.query.page ?? '1')).toEqual(['1', '2', '3']);

    // Default page size is 30, like GitHub's.
    const first = await client.rest.issues.listComments({ ...repo, issue_number: issue.number });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('page=9>; rel="last"');

    const { data: updated } = await client.rest.issues.updateComment({
      ...repo,
      comment_id: created.id,
      body: 'edited',
    });
    expect(updated.body).toBe('edited');
    expect((await client.rest.issues.getComment({ ...repo, comment_id: created.id })).data.body).toBe(
      'edited',
    );

    await client.rest.issues.deleteComment({ ...repo, comment_id: created.id });
    await expect(client.rest.issues.getComment({ ...repo, comment_id: created.id })).rejects.toMatchObject({
      status: 404,
    });
    gh.assertNoViolations();
  });

  it('upsertStickyComment creates once, then updates in place, then leaves an unchanged body alone', async () => {
    const issue = gh.state.addIssue({ title: 'PR gate' });
    for (let i = 0; i < 120; i++) gh.state.addComment(issue.number, `chatter ${i}`, { user: 'alice' });
    const ref = { ...repo, issue_number: issue.number };

    const first = await upsertStickyComment(client, ref, 'gate', 'verdict: fail');
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(client, ref, 'gate', 'verdict: pass');
    expect(second).toEqual({ id: first.id, action: 'updated' });
    const third = await upsertStickyComment(client, ref, 'gate', 'verdict: pass');
    expect(third).toEqual({ id: first.id, action: 'unchanged' });

    const ours = gh.state.commentsOf(issue).filter((c) => c.body.includes('<!-- sprintlab:gate -->'));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toBe('<!-- sprintlab:gate -->\nverdict: pass');
    expect(gh.calls({ method: 'POST', route: COMMENTS })).toHaveLength(1);
    expect(gh.calls({ method: 'PATCH' })).toHaveLength(1);
    expect(await findStickyComment(client, ref, 'gate')).toEqual({ id: first.id, body: ours[0]?.body });
    gh.assertNoViolations();
  });
});

describe('issues, labels, reactions, search', () => {
  it('creates, updates, closes, labels and lists issues with filters', async () => {
    const { data: issue } = await client.rest.issues.create({
      ...repo,
      title: 'Try LoRA r=16',
      body: 'hyp',
      labels: ['experiment'],
    });
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['experiment']);
    await client.rest.issues.addLabels({
      ...repo,
      issue_number: issue.number,
      labels: ['status:hypothesis'],
    });
    await client.rest.issues.removeLabel({ ...repo, issue_number: issue.number, name: 'experiment' });
    const { data: set } = await client.rest.issues.setLabels({
      ...repo,
      issue_number: issue.number,
      labels: ['experiment', 'status:experiment'],
    });
    expect(set.map((l) => l.name)).toEqual(['experiment', 'status:experiment']);

    const { data: closed } = await client.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(closed.closed_at).toBeTruthy();

    gh.state.addIssue({ title: 'open one', labels: ['experiment'] });
    const open = await client.rest.issues.listForRepo({ ...repo, labels: 'experiment', state: 'open' });
    expect(open.data.map((i) => i.title)).toContain('open one');
    expect(open.data.map((i) => i.number)).not.toContain(issue.number);
    const all = await client.rest.issues.listForRepo({
      ...repo,
      labels: 'experiment,status:experiment',
      state: 'all',
    });
    expect(all.data.map((i) => i.number)).toEqual([issue.number]);

    const { data: reaction } = await client.rest.reactions.createForIssue({
      ...repo,
      issue_number: issue.number,
      content: 'rocket',
    });
    expect(reaction.content).toBe('rocket');
    const events = await client.rest.issues.listEvents({ ...repo, issue_number: issue.number });
    expect(events.data.map((e) => e.event)).toEqual(
      expect.arrayContaining(['labeled', 'unlabeled', 'closed']),
    );

    const { data: label } = await client.rest.issues.createLabel({ ...repo, name: 'kill', color: 'b60205' });
    expect(label.color).toBe('b60205');
    await expect(client.rest.issues.createLabel({ ...repo, name: 'kill' })).rejects.toMatchObject({
      status: 422,
    });
    expect((await client.rest.issues.getLabel({ ...repo, name: 'kill' })).data.name).toBe('kill');
    gh.assertNoViolations();
  });

  it('searches issues by repo, label, state and date', async () => {
    const local = await startGitHubStandIn({ repos: ['acme/search'] });
    try {
      local.state.seedIssues(40, (i) => ({
        title: `exp ${i}`,
        labels: i % 2 ? ['experiment'] : ['data'],
        state: i % 4 === 1 ? 'closed' : 'open',
        created_at: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
      }));
      const c = createGitHub({ token: 't', baseUrl: local.url, retries: 0 });
      const { data } = await c.rest.search.issuesAndPullRequests({
        q: 'repo:acme/search is:issue is:open label:experiment created:>=2026-01-10',
        per_page: 100,
      });
      expect(data.items.length).toBeGreaterThan(0);
      for (const item of data.items) {
        expect(item.state).toBe('open');
        expect(item.labels.map((l) => l.name)).toContain('experiment');
        expect(item.created_at >= '2026-01-10').toBe(true);
      }
      expect(data.total_count).toBe(data.items.length);
      local.assertNoViolations();
    } finally {
      await local.close();
    }
  });
});

describe('repository contents, compare, pulls, checks, permissions', () => {
  it('serves file contents at a ref (base64), raw, and 404 when missing', async () => {
    const sha = gh.state.setFile('main', 'evals/results.json', '{"format":"sprintlab.eval/v1"}');
    gh.state.setFile('feature', 'evals/results.json', '{"format":"sprintlab.eval/v1","head":true}');
    const { data } = await client.rest.repos.getContent({ ...repo, path: 'evals/results.json', ref: sha });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(data.content, 'base64').toString('utf8')).toBe('{"format":"sprintlab.eval/v1"}');
    const raw = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'evals/results.json',
      ref: 'feature',
      mediaType: { format: 'raw' },
    });
    expect(String(raw.data)).toContain('"head":true');
    const dir = await client.rest.repos.getContent({ ...repo, path: 'evals' });
    expect(Array.isArray(dir.data) && dir.data.map((e) => e.name)).toEqual(['results.json']);
    await expect(client.rest.repos.getContent({ ...repo, path: 'nope.json' })).rejects.toMatchObject({
      status: 404,
    });
    gh.assertNoViolations();
  });

  it('compares base...head and returns the merge base', async () => {
    const base = gh.state.setFile('main', 'a.txt', 'a');
    const head = gh.state.setFile('topic', 'a.txt', 'b');
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
    });
    expect(data.merge_base_commit.sha).toBe(base);
    gh.state.setMergeBase('main', 'topic', 'c'.repeat(40));
    const again = await client.rest.repos.compareCommits({ ...repo, base: 'main', head: 'topic' });
    expect(again.data.merge_base_commit.sha).toBe('c'.repeat(40));
    gh.assertNoViolations();
  });

  it('gets a pull request with head and base', async () => {
    const pr = gh.state.addPull({
      title: 'QLoRA r16',
      body: 'Closes #1',
      head: { ref: 'qlora', sha: 'a'.repeat(40) },
      user: 'alice',
    });
    const { data } = await client.rest.pulls.get({ ...repo, pull_number: pr.number });
    expect(data).toMatchObject({
      number: pr.number,
      body: 'Closes #1',
      user: { login: 'alice' },
      head: { sha: 'a'.repeat(40), ref: 'qlora' },
    });
    expect(data.base.ref).toBe('main');
    const { data: asIssue } = await client.rest.issues.get({ ...repo, issue_number: pr.number });
    expect(asIssue.pull_request).toBeTruthy();
    gh.assertNoViolations();
  });

  it('creates, updates and lists check runs for a ref', async () => {
    const head_sha = 'b'.repeat(40);
    const { data: run } = await client.rest.checks.create({
      ...repo,
      name: 'sprintlab gate',
      head_sha,
      status: 'in_progress',
    });
    await client.rest.checks.update({
      ...repo,
      check_run_id: run.id,
      conclusion: 'failure',
      output: { title: 'gate: fail', summary: 'accuracy fell' },
    });
    const { data } = await client.rest.checks.listForRef({ ...repo, ref: head_sha });
    expect(data.total_count).toBe(1);
    expect(data.check_runs[0]).toMatchObject({
      name: 'sprintlab gate',
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'gate: fail' },
    });
    gh.assertNoViolations();
  });

  it('answers collaborator permission per user', async () => {
    gh.state.setPermission('maintainer-mia', 'write');
    gh.state.setPermission('reader-rob', 'read');
    gh.state.user('stranger');
    const level = async (username: string) =>
      (await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data.permission;
    expect(await level('maintainer-mia')).toBe('write');
    expect(await level('reader-rob')).toBe('read');
    expect(await level('stranger')).toBe('none');
    expect(await level('acme')).toBe('admin');
    gh.assertNoViolations();
  });
});

describe('faults and permissions', () => {
  it('a 502 once is retried and then succeeds', async () => {
    const issue = gh.state.addIssue({ title: 'flaky' });
    gh.failNext({ status: 502, route: '/repos/{owner}/{repo}/issues/{issue_number}' });
    const { data } = await client.rest.issues.get({ ...repo, issue_number: issue.number });
    expect(data.title).toBe('flaky');
    expect(gh.calls({ route: '/repos/{owner}/{repo}/issues/{issue_number}' }).map((c) => c.status)).toEqual([
      502, 200,
    ]);
  });

  it('a secondary rate limit once is waited out and then succeeds', async () => {
    const issue = gh.state.addIssue({ title: 'busy' });
    gh.rateLimitNext({ retryAfter: 1 });
    const started = Date.now();
    const { data } = await client.rest.issues.get({ ...repo, issue_number: issue.number });
    expect(data.title).toBe('busy');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const statuses = gh.calls().map((c) => c.status);
    expect(statuses).toEqual([403, 200]);
  });

  it('a primary rate limit once is waited out until the reset and then succeeds', async () => {
    const issue = gh.state.addIssue({ title: 'hourly' });
    gh.rateLimitNext({ primary: true, retryAfter: 0, route: '/repos/{owner}/{repo}/issues/{issue_number}' });
    const { data } = await client.rest.issues.get({ ...repo, issue_number: issue.number });
    expect(data.title).toBe('hourly');
    const [limited, ok] = gh.calls();
    expect([limited?.status, ok?.status]).toEqual([403, 200]);
  });

  it('a read-only token cannot write: 403 Resource not accessible by integration', async () => {
    gh.tokenPermissions.set('ghs_fork', 'read');
    const fork = createGitHub({ token: 'ghs_fork', baseUrl: gh.url, retries: 0 });
    const issue = gh.state.addIssue({ title: 'fork PR' });
    expect((await fork.rest.issues.get({ ...repo, issue_number: issue.number })).data.title).toBe('fork PR');
    await expect(
      fork.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'x' }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(gh.state.commentsOf(issue)).toHaveLength(0);
  });
});
