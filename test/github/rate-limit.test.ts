import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import {
  createGitHub,
  maxRateLimitWait,
  RATE_LIMIT_WAIT_ENV,
  RateLimitWaitTooLong,
} from '../../src/github/client.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { CLI, hasStackTrace, runNode } from '../support/run-bundle.js';

const repo = { owner: 'acme', repo: 'models' };
const ISSUE = '/repos/{owner}/{repo}/issues/{issue_number}';
let gh: StandIn;

beforeAll(async () => {
  gh = await startGitHubStandIn();
});
afterAll(() => gh.close());
beforeEach(() => gh.resetRecords());

describe('a primary rate limit that resets later than the wait cap', () => {
  it('ends with a clear failure after one request instead of waiting for the reset', async () => {
    const client = createGitHub({ token: 'ghs_cap', baseUrl: gh.url, retries: 3, maxRateLimitWait: 300 });
    const issue = gh.state.addIssue({ title: 'hourly' });
    gh.rateLimitNext({ primary: true, retryAfter: 3600, route: ISSUE });
    const failure = await client.rest.issues.get({ ...repo, issue_number: issue.number }).catch((e) => e);
    expect(failure).toBeInstanceOf(RateLimitWaitTooLong);
    expect(failure.message).toMatch(
      /rate limit for this token is used up until \d\d:\d\d UTC \(60 minutes away\)/,
    );
    expect(failure.message).toContain('raise SPRINTLAB_RATE_LIMIT_MAX_WAIT');
    expect(gh.calls({ route: ISSUE }).map((c) => c.status)).toEqual([403]);
  });

  it('still waits out a limit that resets within the cap', async () => {
    const client = createGitHub({ token: 'ghs_cap', baseUrl: gh.url, retries: 3, maxRateLimitWait: 300 });
    const issue = gh.state.addIssue({ title: 'soon' });
    gh.rateLimitNext({ primary: true, retryAfter: 0, route: ISSUE });
    const { data } = await client.rest.issues.get({ ...repo, issue_number: issue.number });
    expect(data.title).toBe('soon');
    expect(gh.calls({ route: ISSUE }).map((c) => c.status)).toEqual([403, 200]);
  });

  it('reads the cap from SPRINTLAB_RATE_LIMIT_MAX_WAIT, 5 minutes by default, and names a bad value', () => {
    expect(maxRateLimitWait({})).toBe(300);
    expect(maxRateLimitWait({ SPRINTLAB_RATE_LIMIT_MAX_WAIT: '30' })).toBe(30);
    const bad = (() => {
      try {
        maxRateLimitWait({ SPRINTLAB_RATE_LIMIT_MAX_WAIT: 'soon' });
      } catch (e) {
        return e;
      }
    })();
    expect(bad).toBeInstanceOf(InputError);
    expect((bad as InputError).describe()).toContain(
      'field "SPRINTLAB_RATE_LIMIT_MAX_WAIT": "soon" is not a number of seconds',
    );
  });
});

describe('a front door hitting a rate limit that resets too late', () => {
  it('exits 1 with the reset time and the variable to raise, no stack trace', async () => {
    gh.rateLimitNext({ primary: true, retryAfter: 3600, route: '/graphql' });
    const run = await runNode(CLI, ['status', '--repo', 'acme/models'], {
      env: { GITHUB_TOKEN: 'ghs_cap00000000000000000000000000000000000', GITHUB_API_URL: gh.url },
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/sprintlab status: GitHub's API rate limit for this token is used up until/);
    expect(run.stderr).toContain(RATE_LIMIT_WAIT_ENV);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
