import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  findWeekIssue,
  listStatusIssues,
  previousIssue,
  publishStatusIssue
} from "./chunk-YETDMWAO.js";
import "./chunk-IYW7UHIS.js";
import "./chunk-MI43LEGC.js";
import "./chunk-A6CPINGI.js";
import "./chunk-4KYKJDKG.js";
export {
  findWeekIssue,
  listStatusIssues,
  previousIssue,
  publishStatusIssue
};
