import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_PATH,
  loadConfigFile,
  parseConfig,
  sprintlab_config_schema_default
} from "./chunk-SNP2QDIS.js";
import "./chunk-6VVURFHU.js";
import "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";
export {
  DEFAULT_CONFIG_PATH,
  sprintlab_config_schema_default as configSchema,
  loadConfigFile,
  parseConfig
};
