import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  sha256
} from "./chunk-ULR5L6PV.js";
import {
  DEFAULT_CONFIG_PATH,
  parseConfig
} from "./chunk-WQ7OK5MU.js";
import {
  repositoryPath,
  workspaceFile
} from "./chunk-GS2HNZYB.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// src/core/gate/config-change.ts
var isMapping = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function changedConfigKeys(before, after, prefix = "") {
  if (!isMapping(before) || !isMapping(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix || "(whole file)"];
  }
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const has = (o) => Object.hasOwn(o, key);
    if (!has(before) || !has(after)) return [path];
    return changedConfigKeys(before[key], after[key], path);
  });
}
var withConfigProvenance = (report, config) => ({
  ...report,
  config
});

// src/io/gate-config.ts
import { readFile } from "node:fs/promises";
async function checkoutText(root, path, key) {
  const file = await workspaceFile(root, path, { key, maxBytes: 1024 * 1024 });
  try {
    return await readFile(file, "utf8");
  } catch {
    return void 0;
  }
}
async function gateConfig(root, configFile, base, key = "config") {
  const path = repositoryPath(configFile, key);
  const local = await checkoutText(root, path, key);
  const theirs = local === void 0 ? void 0 : parseConfig(local, path);
  const baseText = base ? await base.read(path) : void 0;
  if (base && baseText !== void 0) {
    const config = parseConfig(baseText, `${path}@merge base ${base.commit.slice(0, 7)}`);
    return {
      config,
      provenance: {
        path,
        used: "base",
        base_ref: base.commit,
        base_sha256: sha256(baseText),
        ...local === void 0 ? {} : { checkout_sha256: sha256(local) },
        changed: changedConfigKeys(config, theirs ?? {})
      }
    };
  }
  if (local === void 0 || theirs === void 0) {
    throw new InputError("configuration file not found", {
      file: path,
      fix: `create ${DEFAULT_CONFIG_PATH} (see the README's configuration reference) or name yours with ${key}`
    });
  }
  return {
    config: theirs,
    provenance: {
      path,
      used: "checkout",
      ...base ? { base_ref: base.commit } : {},
      checkout_sha256: sha256(local)
    }
  };
}

export {
  withConfigProvenance,
  gateConfig
};
