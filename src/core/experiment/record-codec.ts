import { hiddenBlock, readHiddenBlock } from '../render/escape.js';
import {
  COLUMNS,
  DATA_STAGES,
  type ExperimentRecord,
  emptyRecord,
  type GateSummary,
  type LogEntry,
} from './record.js';

/** The hidden block name inside the sticky experiment-log comment. */
export const RECORD_BLOCK = 'record';
const HANDLED_CAP = 200;

export const encodeRecord = (record: ExperimentRecord): string =>
  hiddenBlock(RECORD_BLOCK, { ...record, handled: record.handled?.slice(-HANDLED_CAP) });

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = <T>(v: unknown, keep: (x: unknown) => x is T): T[] =>
  Array.isArray(v) ? v.filter(keep) : [];
const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Reads the record out of a comment body. People can edit that comment, so anything malformed is
 * dropped entry by entry instead of failing the whole event: a hand-edited log still loads.
 */
export function decodeRecord(body: string | undefined): ExperimentRecord {
  const raw = body ? readHiddenBlock(body, RECORD_BLOCK) : undefined;
  if (!isObject(raw)) return emptyRecord();
  const record = emptyRecord();
  record.history = arrayOf(
    raw.history,
    (h): h is ExperimentRecord['history'][number] =>
      isObject(h) && (COLUMNS as readonly unknown[]).includes(h.column) && isString(h.at),
  );
  record.log = arrayOf(
    raw.log,
    (l): l is ExperimentRecord['log'][number] =>
      isObject(l) && isString(l.at) && isString(l.by) && isObject(l.metrics),
  ).map(({ summarised, ...l }) => ({
    ...l,
    metrics: Object.fromEntries(
      Object.entries(l.metrics).filter(([, v]) => typeof v === 'number' && Number.isFinite(v)),
    ),
    ...(isLogSummary(summarised) ? { summarised } : {}),
  }));
  record.decisions = arrayOf(
    raw.decisions,
    (d): d is ExperimentRecord['decisions'][number] =>
      isObject(d) &&
      ['kill', 'iterate', 'promote'].includes(String(d.kind)) &&
      isString(d.at) &&
      isString(d.by),
  );
  record.gates = arrayOf(
    raw.gates,
    (g): g is ExperimentRecord['gates'][number] =>
      isObject(g) && typeof g.pr === 'number' && isString(g.verdict) && isString(g.at),
  ).map(({ summarised, ...g }) => ({ ...g, ...(isGateSummary(summarised) ? { summarised } : {}) }));
  record.blockers = arrayOf(
    raw.blockers,
    (b): b is ExperimentRecord['blockers'][number] =>
      isObject(b) &&
      ['data', 'compute', 'other'].includes(String(b.kind)) &&
      isString(b.text) &&
      isString(b.at),
  ).map(({ count, ...b }) => ({ ...b, ...(isCount(count) ? { count } : {}) }));
  const handled = arrayOf(raw.handled, (n): n is number => typeof n === 'number');
  if (handled.length) record.handled = handled;
  const stages = arrayOf(
    raw.stages,
    (s): s is NonNullable<ExperimentRecord['stages']>[number] =>
      isObject(s) && (DATA_STAGES as readonly unknown[]).includes(s.stage) && isString(s.at),
  );
  if (stages.length) record.stages = stages;
  if (typeof raw.logDropped === 'number' && raw.logDropped > 0) record.logDropped = raw.logDropped;
  if (raw.awaitsTriage === true) record.awaitsTriage = true;
  return record;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

const isLogSummary = (v: unknown): v is NonNullable<LogEntry['summarised']> =>
  isObject(v) && isCount(v.count) && isString(v.first) && isString(v.last);

const isGateEnd = (v: unknown) =>
  isObject(v) && typeof v.pr === 'number' && isString(v.at) && isString(v.verdict);

const isGateSummary = (v: unknown): v is GateSummary =>
  isObject(v) &&
  isCount(v.count) &&
  isObject(v.verdicts) &&
  Object.values(v.verdicts).every((n) => typeof n === 'number') &&
  isGateEnd(v.first) &&
  isGateEnd(v.last) &&
  Array.isArray(v.checkRuns) &&
  v.checkRuns.every((n) => typeof n === 'number');
