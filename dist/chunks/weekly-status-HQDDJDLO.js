import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  publishWeeklyStatus,
  readWeeklyStatus
} from "./chunk-5LSW4P42.js";
import "./chunk-REO5NMMP.js";
import "./chunk-TOAAIXCN.js";
import "./chunk-425R65P7.js";
import "./chunk-MPQUN4AU.js";
import "./chunk-W5RFCYNX.js";
import "./chunk-FZNVJ5GC.js";
import "./chunk-HBPMXEOA.js";
import "./chunk-Z6Y7D5CL.js";
import "./chunk-NUXY54RL.js";
import "./chunk-A6CPINGI.js";
import "./chunk-6VVURFHU.js";
import "./chunk-2ULE7GJX.js";
import "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";
export {
  publishWeeklyStatus,
  readWeeklyStatus
};
