import { describe, expect, it } from 'vitest';
import { gateSummary, linkedIssues } from '../../src/flows/board/gate-link.js';
import { handleEvent } from '../../src/flows/board/handle-event.js';
import type { GitHub } from '../../src/github/client.js';

describe('linking a pull request to experiments', () => {
  it('reads Experiment: lines and closing keywords', () => {
    expect(linkedIssues('Adds results.\n\nExperiment: #12')).toEqual([12]);
    expect(linkedIssues('experiments: #3, #4 and #5')).toEqual([3, 4, 5]);
    expect(linkedIssues('Closes #7. Fixes: #8, resolved #9')).toEqual([7, 8, 9]);
    expect(linkedIssues('see #10 for context')).toEqual([]);
    expect(linkedIssues(null)).toEqual([]);
  });
});

describe("reading the gate's check run", () => {
  it('prefers the hidden JSON block', () => {
    const text = 'report\n<!-- sprintlab:gate {"verdict":"warn","metrics":{"accuracy":0.9,"bad":"x"}} -->';
    expect(gateSummary({ conclusion: 'success', output: { title: 'pass: 3 checks', text } })).toEqual({
      verdict: 'warn',
      metrics: { accuracy: 0.9 },
      title: 'pass: 3 checks',
      // Both statements are kept: a run that states two verdicts is not trusted.
      claimed: ['warn', 'pass'],
    });
  });
  it('falls back to the title, then the conclusion', () => {
    expect(
      gateSummary({ conclusion: 'success', output: { title: 'fail — accuracy regressed' } }).verdict,
    ).toBe('fail');
    expect(gateSummary({ conclusion: 'failure', output: { title: 'Report' } }).verdict).toBe('fail');
    expect(gateSummary({ conclusion: 'success' }).verdict).toBe('pass');
  });
});

describe('events the app leaves alone, without a single API call', () => {
  // Any call on this client fails the test: these events must be decided from the payload alone.
  const gh = new Proxy(
    {},
    {
      get: () => {
        throw new Error('no API call expected');
      },
    },
  ) as GitHub;
  const deps = { gh, config: async () => ({}) };
  const repository = { name: 'models', owner: { login: 'acme' } };
  const human = { login: 'ada', type: 'User' };

  it.each([
    [
      'issues',
      { action: 'opened', repository, sender: human, issue: { number: 1, labels: [{ name: 'bug' }] } },
      'not from a Sprintlab form',
    ],
    [
      'issues',
      {
        action: 'opened',
        repository,
        sender: { login: 'dependabot[bot]', type: 'Bot' },
        issue: { number: 1, labels: ['experiment'] },
      },
      'sent by a bot',
    ],
    [
      'issues',
      {
        action: 'labeled',
        repository,
        sender: human,
        label: { name: 'experiment' },
        issue: {
          number: 1,
          labels: ['experiment'],
          created_at: '2026-11-22T10:00:00Z',
          updated_at: '2026-11-22T10:00:01Z',
        },
      },
      'label set by the form (handled as opened)',
    ],
    [
      'issue_comment',
      {
        action: 'created',
        repository,
        sender: human,
        issue: { number: 1, labels: ['experiment'] },
        comment: { id: 5, body: 'Nice result!', user: human },
      },
      'not a command',
    ],
    [
      'issue_comment',
      {
        action: 'created',
        repository,
        issue: { number: 1, labels: ['experiment'] },
        comment: { id: 5, body: '/start', user: { login: 'sprintlab[bot]', type: 'Bot' } },
      },
      'comment by a bot',
    ],
    [
      'check_run',
      { action: 'completed', repository, check_run: { id: 1, name: 'lint' } },
      'check run "lint" is not the gate',
    ],
    ['push', { repository }, 'event push is not handled'],
  ])('%s: %j', async (name, payload, why) => {
    expect(await handleEvent(deps, name, payload)).toEqual({ ignored: why, changes: [] });
  });
});

describe('GraphQL failures the team can act on', () => {
  it('tells not found and forbidden apart', async () => {
    const { graphqlErrorType } = await import('../../src/github/board/board-problem.js');
    expect(graphqlErrorType({ errors: [{ type: 'NOT_FOUND', message: 'Could not resolve' }] })).toBe(
      'NOT_FOUND',
    );
    expect(graphqlErrorType({ errors: [{ type: 'FORBIDDEN' }] })).toBe('FORBIDDEN');
    expect(graphqlErrorType({ message: 'Resource not accessible by integration' })).toBe('FORBIDDEN');
    expect(graphqlErrorType({ status: 500, message: 'boom' })).toBeUndefined();
  });
});
