import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  gatherStatusData
} from "./chunk-JMUQ5RGA.js";
import "./chunk-GDFKZAQ7.js";
import "./chunk-EWV4XVQC.js";
import "./chunk-STCAF6J6.js";
import "./chunk-FZNVJ5GC.js";
import "./chunk-LVMIMMVQ.js";
import "./chunk-N3PRXLFC.js";
import "./chunk-46SFGO32.js";
import "./chunk-GTFHKJ5W.js";
import "./chunk-A6CPINGI.js";
import "./chunk-4KYKJDKG.js";
export {
  gatherStatusData
};
