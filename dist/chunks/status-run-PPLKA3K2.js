import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  gatherStatusData
} from "./chunk-2GQ6Z5ZM.js";
import "./chunk-425R65P7.js";
import "./chunk-MPQUN4AU.js";
import "./chunk-EKTSVNZI.js";
import "./chunk-FZNVJ5GC.js";
import "./chunk-Z6Y7D5CL.js";
import "./chunk-NUXY54RL.js";
import "./chunk-A6CPINGI.js";
import "./chunk-6VVURFHU.js";
import "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";
export {
  gatherStatusData
};
