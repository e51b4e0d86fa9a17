import type { BoardEvent } from '../../../core/board/events.js';
import { untrustedGateRun } from '../../../core/board/gate-trust.js';
import { type BoardSettings, boardSettings } from '../../../core/board/settings.js';
import { GATE_CHECK_NAME } from '../../../core/contracts.js';
import { isInputError } from '../../../core/errors.js';
import { pullRequestBody } from '../../../github/board/issues.js';
import type { AppDeps, HandleResult, Repo } from '../deps.js';
import { gateSummary, linkedIssues } from '../gate-link.js';
import { run } from '../run-event.js';
import type { WebhookPayload } from '../webhook.js';

/** `check_run`: the gate finished on a PR that names experiments. */
export async function onCheckRun(deps: AppDeps, repo: Repo, payload: WebhookPayload): Promise<HandleResult> {
  const runInfo = payload.check_run;
  if (payload.action !== 'completed' || !runInfo) return { ignored: 'check run not completed', changes: [] };
  if (runInfo.name !== GATE_CHECK_NAME)
    return { ignored: `check run "${runInfo.name}" is not the gate`, changes: [] };
  const { claimed, ...summary } = gateSummary(runInfo);
  let board: BoardSettings;
  try {
    board = boardSettings((await deps.config(repo)).board);
  } catch (error) {
    // A broken config is reported on the experiments' own events; a verdict cannot be checked without it.
    if (isInputError(error)) return { ignored: `config problem: ${error.message}`, changes: [] };
    throw error;
  }
  const untrusted = untrustedGateRun({ app: runInfo.app, conclusion: runInfo.conclusion, claimed }, board);
  if (untrusted) {
    deps.log?.(`ignored check run ${runInfo.id} "${GATE_CHECK_NAME}": ${untrusted}`);
    return { ignored: `not the gate's verdict: ${untrusted}`, changes: [] };
  }
  const changes: HandleResult['changes'] = [];
  for (const pr of runInfo.pull_requests ?? []) {
    const body = await pullRequestBody(deps.gh, repo, pr.number);
    for (const n of linkedIssues(body)) {
      const event: BoardEvent = { type: 'gate', pr: pr.number, checkRun: runInfo.id, ...summary };
      const done = await run(deps, { ...repo, issue_number: n }, event, {
        wipColumn: 'Evaluation',
        onlyExperiments: true,
      });
      changes.push({ issue: n, done });
    }
  }
  return changes.length ? { changes } : { ignored: 'no linked experiment', changes };
}
