import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  loadConfigFile,
  parseConfig,
  sprintlab_config_schema_default
} from "./chunk-AZKMGFWZ.js";
import "./chunk-6VVURFHU.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-2ULE7GJX.js";
import "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";
export {
  DEFAULT_CONFIG_PATH,
  sprintlab_config_schema_default as configSchema,
  loadConfigFile,
  parseConfig
};
