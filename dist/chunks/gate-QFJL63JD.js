import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-TNVTYHPE.js";
import "./chunk-WBS5LJ4R.js";
import "./chunk-D7QH6Y4K.js";
import "./chunk-EVR6WTBQ.js";
import "./chunk-Z6Y7D5CL.js";
import "./chunk-T427DO23.js";
import "./chunk-NUXY54RL.js";
import "./chunk-NRHPKOJ7.js";
import "./chunk-FRH7EJSA.js";
import "./chunk-BAQ3FP4N.js";
import "./chunk-MI43LEGC.js";
import "./chunk-Z5MP7C47.js";
import "./chunk-A6CPINGI.js";
import "./chunk-BBE6J4GB.js";
import "./chunk-6VVURFHU.js";
import "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";
export {
  gate
};
