import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  findWeekIssue,
  listStatusIssues,
  previousIssue,
  publishStatusIssue
} from "./chunk-2ICAMKDS.js";
import "./chunk-OQMKAES4.js";
import "./chunk-A6CPINGI.js";
import "./chunk-4KYKJDKG.js";
export {
  findWeekIssue,
  listStatusIssues,
  previousIssue,
  publishStatusIssue
};
