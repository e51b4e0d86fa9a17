import { describe, expect, it } from 'vitest';
import { untrustedGateRun } from '../../src/core/board/gate-trust.js';

describe('whose check run is the gate', () => {
  const board = { gateApps: ['acme-gate', 99] };
  const actions = { slug: 'github-actions', id: 15368 };
  it('trusts GitHub Actions and the configured apps by slug or id, when the conclusion agrees', () => {
    expect(
      untrustedGateRun({ app: actions, conclusion: 'success', claimed: ['pass'] }, board),
    ).toBeUndefined();
    expect(
      untrustedGateRun({ app: { slug: 'acme-gate' }, conclusion: 'failure', claimed: ['fail'] }, board),
    ).toBeUndefined();
    expect(
      untrustedGateRun({ app: { slug: 'x', id: 99 }, conclusion: 'neutral', claimed: ['warn'] }, board),
    ).toBeUndefined();
  });
  it('names why a run is not trusted: another app, two verdicts, a contradicting conclusion', () => {
    expect(
      untrustedGateRun({ app: { slug: 'forger', id: 5 }, conclusion: 'success', claimed: ['pass'] }, board),
    ).toBe(
      'it was created by the app "forger", not by "github-actions" or "acme-gate" or app id 99 (board.gate_app)',
    );
    expect(untrustedGateRun({ app: null, conclusion: 'success', claimed: ['pass'] }, board)).toMatch(
      /an unknown app/,
    );
    expect(untrustedGateRun({ app: actions, conclusion: 'success', claimed: ['fail', 'pass'] }, board)).toBe(
      'it states two verdicts (fail, pass)',
    );
    expect(untrustedGateRun({ app: actions, conclusion: 'failure', claimed: ['pass'] }, board)).toBe(
      'its conclusion "failure" does not match the verdict "pass" it states',
    );
  });
});
