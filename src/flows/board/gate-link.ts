import { VERDICTS, type Verdict } from '../../core/contracts.js';
import { readHiddenBlock } from '../../core/render/escape.js';

/**
 * The experiments a pull request names: `Experiment: #12` lines, and closing keywords
 * (`closes #12`, `fixes #12`, `resolves #12`), as GitHub reads them.
 */
/** The verdict a check run's conclusion stands for when its title and summary say none. */
const VERDICT_OF_CONCLUSION = new Map<string, Verdict>([
  ['success', 'pass'],
  ['neutral', 'warn'],
  ['failure', 'fail'],
]);

export function linkedIssues(body: string | null | undefined): number[] {
  const text = body ?? '';
  const found = new Set<number>();
  for (const m of text.matchAll(/\bexperiments?\s*:\s*((?:#\d+[\s,]*(?:and\s+)?)+)/gi)) {
    for (const n of (m[1] ?? '').matchAll(/#(\d+)/g)) found.add(Number(n[1]));
  }
  for (const m of text.matchAll(/\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?:\s*:\s+|\s+)#(\d+)/gi))
    found.add(Number(m[1]));
  return [...found].filter((n) => n > 0);
}

/**
 * The gate's verdict and key numbers from its check run: the hidden JSON block in output.text when
 * present, else the verdict word that starts the title, else the conclusion.
 */
export function gateSummary(run: {
  conclusion?: string | null;
  output?: { title?: string | null; text?: string | null; summary?: string | null };
}): { verdict: Verdict; metrics: Record<string, number>; title?: string; claimed: Verdict[] } {
  const title = run.output?.title ?? undefined;
  const block = readHiddenBlock(`${run.output?.text ?? ''}\n${run.output?.summary ?? ''}`, 'gate') as
    | { verdict?: unknown; metrics?: unknown }
    | undefined;
  const metrics: Record<string, number> = {};
  if (block && typeof block.metrics === 'object' && block.metrics) {
    for (const [k, v] of Object.entries(block.metrics))
      if (typeof v === 'number' && Number.isFinite(v)) metrics[k] = v;
  }
  const fromBlock = VERDICTS.find((v) => v === block?.verdict);
  const word = title
    ?.trim()
    .split(/[\s:—-]+/)[0]
    ?.toLowerCase()
    .replace(/\s+/g, '_');
  const fromTitle = VERDICTS.find((v) => v === word || v.replace('_', ' ') === word);
  const fromConclusion = VERDICT_OF_CONCLUSION.get(run.conclusion ?? '') ?? 'insufficient_data';
  return {
    verdict: fromBlock ?? fromTitle ?? fromConclusion,
    metrics,
    ...(title ? { title } : {}),
    claimed: [fromBlock, fromTitle].filter((v): v is Verdict => v !== undefined),
  };
}
