import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  describeStatusIssuePlan,
  supersededComment
} from "./chunk-REO5NMMP.js";
import "./chunk-4KYKJDKG.js";
export {
  describeStatusIssuePlan,
  supersededComment
};
