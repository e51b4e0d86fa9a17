import type { BoardSettings } from './settings.js';

/** The app that runs workflows: the gate, run as an Action, reports through it. */
export const ACTIONS_APP_SLUG = 'github-actions';

import type { Verdict } from '../contracts.js';

export type GateVerdict = Verdict;

/** The conclusions the gate gives each verdict (success for warn too, as a non-blocking check may). */
const CONCLUSIONS: Record<GateVerdict, readonly string[]> = {
  pass: ['success'],
  warn: ['neutral', 'success'],
  insufficient_data: ['neutral', 'success'],
  fail: ['failure'],
};

export interface GateRunFacts {
  /** The app that created the check run, as GitHub reports it (not a claim of the run's text). */
  app?: { id?: number; slug?: string } | null;
  conclusion?: string | null;
  /** Every verdict the run states: its hidden summary block, its title. */
  claimed: GateVerdict[];
}

/**
 * Why a check run named like the gate is not the gate's verdict, or undefined when it is: it must
 * come from the GitHub Actions app or an app the board config names, state one verdict, and carry the
 * conclusion the gate gives that verdict. Anyone who can create check runs can choose the name.
 */
export function untrustedGateRun(
  run: GateRunFacts,
  board: Pick<BoardSettings, 'gateApps'>,
): string | undefined {
  const { slug, id } = run.app ?? {};
  const trusted = [ACTIONS_APP_SLUG, ...board.gateApps];
  if (!trusted.some((t) => (typeof t === 'number' ? t === id : t === slug)))
    return `it was created by ${slug ? `the app "${slug}"` : 'an unknown app'}, not by ${trusted.map((t) => (typeof t === 'number' ? `app id ${t}` : `"${t}"`)).join(' or ')} (board.gate_app)`;
  const verdicts = [...new Set(run.claimed)];
  if (verdicts.length > 1) return `it states two verdicts (${verdicts.join(', ')})`;
  const verdict = verdicts[0];
  if (verdict && !CONCLUSIONS[verdict].includes(run.conclusion ?? ''))
    return `its conclusion "${run.conclusion ?? 'none'}" does not match the verdict "${verdict}" it states`;
  return undefined;
}
