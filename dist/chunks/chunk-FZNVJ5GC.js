import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/core/experiment/record.ts
var COLUMNS = [
  "Backlog",
  "Hypothesis",
  "Experiment",
  "Evaluation",
  "Iteration",
  "Production",
  "Killed"
];
var DATA_STAGES = ["Data needed", "Collection", "Annotation", "QA", "Ready"];
var emptyRecord = () => ({
  version: 1,
  history: [],
  log: [],
  decisions: [],
  gates: [],
  blockers: []
});
var currentColumn = (record) => record.history.at(-1)?.column;

export {
  COLUMNS,
  DATA_STAGES,
  emptyRecord,
  currentColumn
};
