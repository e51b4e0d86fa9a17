import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-MUYF74HJ.js";
import "./chunk-WBS5LJ4R.js";
import "./chunk-D4BQZS6N.js";
import "./chunk-EVR6WTBQ.js";
import "./chunk-MI43LEGC.js";
import "./chunk-Z6Y7D5CL.js";
import "./chunk-T427DO23.js";
import "./chunk-NUXY54RL.js";
import "./chunk-GQXXSEH2.js";
import "./chunk-VXU6S555.js";
import "./chunk-UM45P6NX.js";
import "./chunk-Z5MP7C47.js";
import "./chunk-A6CPINGI.js";
import "./chunk-SNP2QDIS.js";
import "./chunk-6VVURFHU.js";
import "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";
export {
  gate
};
