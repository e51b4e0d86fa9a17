import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  RATE_LIMIT_WAIT_ENV,
  RateLimitWaitTooLong,
  createGitHub,
  maxRateLimitWait,
  primaryRateLimitReset
} from "./chunk-T427DO23.js";
import "./chunk-NUXY54RL.js";
import "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";
export {
  RATE_LIMIT_WAIT_ENV,
  RateLimitWaitTooLong,
  createGitHub,
  maxRateLimitWait,
  primaryRateLimitReset
};
