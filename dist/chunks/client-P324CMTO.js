import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  createGitHub
} from "./chunk-UMGHN5OZ.js";
import "./chunk-2JICB45H.js";
import "./chunk-4KYKJDKG.js";
export {
  createGitHub
};
