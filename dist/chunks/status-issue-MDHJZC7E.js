import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  findWeekIssue,
  listStatusIssues,
  previousIssue,
  publishStatusIssue
} from "./chunk-RUGHTLS3.js";
import "./chunk-L3BQNGR7.js";
import "./chunk-A6CPINGI.js";
import "./chunk-4KYKJDKG.js";
export {
  findWeekIssue,
  listStatusIssues,
  previousIssue,
  publishStatusIssue
};
