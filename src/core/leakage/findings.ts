import { LEAKAGE_REPORT_FORMAT } from '../contracts.js';
import {
  type LeakageExample,
  type LeakageKind,
  type LeakageReport,
  MAX_EXAMPLES,
  overallVerdict,
  skippedVerdict,
} from './report.js';
import type { LeakageSettings } from './settings.js';

const KIND_BIT: Record<LeakageKind, number> = { exact_id: 1, exact_content: 2, near_duplicate: 4 };

/** The first finding of a kind for one eval item, as a worker hands it back for merging. */
export interface FirstHit {
  kind: LeakageKind;
  evalIndex: number;
  file: number;
  line: number;
  trainId: string | undefined;
  similarity: number | undefined;
}

/**
 * What a check has found so far: which eval items leaked, by kind, with the first examples.
 * Counts are of distinct eval items; an example is kept for the first MAX_EXAMPLES of them.
 */
export class Findings {
  private readonly flags: Uint8Array;
  private readonly counts: Record<LeakageKind, number> = { exact_id: 0, exact_content: 0, near_duplicate: 0 };
  private readonly examples: Record<LeakageKind, LeakageExample[]> = {
    exact_id: [],
    exact_content: [],
    near_duplicate: [],
  };
  private readonly files: string[] = [];
  private readonly fileIds = new Map<string, number>();
  /** Every first hit, in order, when the findings are to be merged elsewhere (parallel checks). */
  readonly hits: FirstHit[] | undefined;

  constructor(
    private readonly evalIds: readonly string[],
    private readonly settings: LeakageSettings,
    keepHits = false,
  ) {
    this.flags = new Uint8Array(evalIds.length);
    this.hits = keepHits ? [] : undefined;
  }

  /** The index of a training file in the report's `train_file` names. */
  fileIndex(name: string): number {
    let i = this.fileIds.get(name);
    if (i === undefined) {
      i = this.files.length;
      this.files.push(name);
      this.fileIds.set(name, i);
    }
    return i;
  }

  isFlagged(evalIndex: number, kind: LeakageKind): boolean {
    return (this.flags[evalIndex]! & KIND_BIT[kind]) !== 0;
  }

  flag(
    kind: LeakageKind,
    evalIndex: number,
    file: number,
    line: number,
    trainId: string | undefined,
    similarity?: number,
  ): void {
    const bit = KIND_BIT[kind];
    if (this.flags[evalIndex]! & bit) return;
    this.flags[evalIndex] = this.flags[evalIndex]! | bit;
    this.counts[kind]++;
    this.hits?.push({ kind, evalIndex, file, line, trainId, similarity });
    const examples = this.examples[kind];
    if (examples.length < MAX_EXAMPLES) {
      const example: LeakageExample = {
        eval_id: this.evalIds[evalIndex]!,
        train_id: trainId ?? null,
        train_file: this.files[file] ?? `#${file}`,
        train_line: line,
      };
      if (similarity !== undefined) example.similarity = Math.round(similarity * 10000) / 10000;
      examples.push(example);
    }
  }

  report(trainItems: number, skippedLines: number): LeakageReport {
    const n = this.evalIds.length;
    const finding = (kind: LeakageKind) => ({
      count: this.counts[kind],
      ratio: this.counts[kind] / n,
      examples: this.examples[kind],
    });
    const findings = {
      exact_id: finding('exact_id'),
      exact_content: finding('exact_content'),
      near_duplicate: { ...finding('near_duplicate'), threshold: this.settings.near_duplicate ?? null },
    };
    const report: LeakageReport = {
      format: LEAKAGE_REPORT_FORMAT,
      verdict: 'pass',
      eval_items: n,
      train_items: trainItems,
      skipped_lines: skippedLines,
      max_ratio: this.settings.max_ratio,
      max_skipped_share: this.settings.max_skipped_share,
      findings,
    };
    report.verdict = overallVerdict(findings, this.settings.max_ratio, skippedVerdict(report));
    return report;
  }
}
