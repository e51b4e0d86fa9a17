import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  COLUMNS,
  DATA_STAGES,
  emptyRecord
} from "./chunk-FZNVJ5GC.js";
import {
  hiddenBlock,
  readHiddenBlock
} from "./chunk-A6CPINGI.js";

// src/core/experiment/record-codec.ts
var RECORD_BLOCK = "record";
var HANDLED_CAP = 200;
var encodeRecord = (record) => hiddenBlock(RECORD_BLOCK, { ...record, handled: record.handled?.slice(-HANDLED_CAP) });
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var arrayOf = (v, keep) => Array.isArray(v) ? v.filter(keep) : [];
var isString = (v) => typeof v === "string";
function decodeRecord(body) {
  const raw = body ? readHiddenBlock(body, RECORD_BLOCK) : void 0;
  if (!isObject(raw)) return emptyRecord();
  const record = emptyRecord();
  record.history = arrayOf(
    raw.history,
    (h) => isObject(h) && COLUMNS.includes(h.column) && isString(h.at)
  );
  record.log = arrayOf(
    raw.log,
    (l) => isObject(l) && isString(l.at) && isString(l.by) && isObject(l.metrics)
  ).map(({ summarised, ...l }) => ({
    ...l,
    metrics: Object.fromEntries(
      Object.entries(l.metrics).filter(([, v]) => typeof v === "number" && Number.isFinite(v))
    ),
    ...isLogSummary(summarised) ? { summarised } : {}
  }));
  record.decisions = arrayOf(
    raw.decisions,
    (d) => isObject(d) && ["kill", "iterate", "promote"].includes(String(d.kind)) && isString(d.at) && isString(d.by)
  );
  record.gates = arrayOf(
    raw.gates,
    (g) => isObject(g) && typeof g.pr === "number" && isString(g.verdict) && isString(g.at)
  ).map(({ summarised, ...g }) => ({ ...g, ...isGateSummary(summarised) ? { summarised } : {} }));
  record.blockers = arrayOf(
    raw.blockers,
    (b) => isObject(b) && ["data", "compute", "other"].includes(String(b.kind)) && isString(b.text) && isString(b.at)
  ).map(({ count, ...b }) => ({ ...b, ...isCount(count) ? { count } : {} }));
  const handled = arrayOf(raw.handled, (n) => typeof n === "number");
  if (handled.length) record.handled = handled;
  const stages = arrayOf(
    raw.stages,
    (s) => isObject(s) && DATA_STAGES.includes(s.stage) && isString(s.at)
  );
  if (stages.length) record.stages = stages;
  if (typeof raw.logDropped === "number" && raw.logDropped > 0) record.logDropped = raw.logDropped;
  if (raw.awaitsTriage === true) record.awaitsTriage = true;
  return record;
}
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v > 0;
var isLogSummary = (v) => isObject(v) && isCount(v.count) && isString(v.first) && isString(v.last);
var isGateEnd = (v) => isObject(v) && typeof v.pr === "number" && isString(v.at) && isString(v.verdict);
var isGateSummary = (v) => isObject(v) && isCount(v.count) && isObject(v.verdicts) && Object.values(v.verdicts).every((n) => typeof n === "number") && isGateEnd(v.first) && isGateEnd(v.last) && Array.isArray(v.checkRuns) && v.checkRuns.every((n) => typeof n === "number");

export {
  RECORD_BLOCK,
  encodeRecord,
  decodeRecord
};
