import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  EVENT_ID,
  YAMLException,
  getScalarValue,
  load,
  parseEvents,
  require_ucs2length
} from "./chunk-6VVURFHU.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-2ULE7GJX.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// schemas/sprintlab.config.schema.json
var sprintlab_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/sprintlab.config.schema.json",
  title: "Sprintlab configuration (.github/sprintlab.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    gate: {
      description: "The eval gate: what blocks a pull request's merge.",
      type: "object",
      additionalProperties: false,
      properties: {
        results: { type: "string", description: "Path of the sprintlab.eval/v1 results file, compared between the PR's merge base and head.", default: "evals/results.json" },
        alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1, default: 0.05, description: "Significance level of the one-sided regression tests, after correction." },
        correction: { enum: ["holm", "none"], default: "holm", description: "Multiple-testing correction within each family: the primary metrics, the other metrics, and each metric's slices." },
        primary: { type: "array", items: { type: "string" }, description: "Metrics whose regression tests form the primary Holm family (default: the metrics with a max_regression; all metrics when none has one). The others form a secondary family." },
        warn_alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1, description: "A drop beyond the margin that is not significant at alpha warns when its corrected p is below this (default: twice alpha); otherwise it passes as noise." },
        power: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1, default: 0.8, description: "Power used to say how many seeds a warned regression would need." },
        metrics: {
          type: "object",
          description: "Per-metric rules, keyed by the metric's name in the results file.",
          additionalProperties: { $ref: "#/definitions/metricRule" }
        },
        consistency: {
          type: "object",
          additionalProperties: false,
          properties: {
            max_std: { type: "number", minimum: 0, description: "Default largest standard deviation across the candidate's seeds, for the metrics listed in consistency.metrics (default: all gated metrics without their own max_std)." },
            metrics: { type: "array", items: { type: "string" }, description: "Metrics the consistency check applies to (default: every configured metric)." }
          }
        },
        slices: {
          type: "object",
          additionalProperties: false,
          properties: {
            min_size: { type: "integer", minimum: 1, default: 30, description: "Slices with fewer items than this are not tested." },
            max_regression: { $ref: "#/definitions/margin" },
            metrics: { type: "array", items: { type: "string" }, description: "Metrics compared per slice (default: every configured metric found in the slices)." }
          }
        },
        golden: {
          type: "object",
          additionalProperties: false,
          required: ["ids"],
          properties: {
            ids: { type: "string", description: "File with one golden example id a line (relative to the repository root). Every id must stay correct." },
            max_flips: { type: "integer", minimum: 0, default: 0, description: "How many golden flips are tolerated." }
          }
        },
        paired: { type: "boolean", default: true, description: "Run a paired per-item test when both sides have per-item rows on the same ids." }
      }
    },
    leakage: {
      description: "Train/eval leakage check: eval items found in training data by id, by normalised text, or as near-duplicates (see README: Leakage).",
      type: "object",
      additionalProperties: false,
      required: ["eval"],
      properties: {
        train: {
          description: "Training data files (.jsonl, .ndjson, .csv, .parquet, .txt) or hash manifests (.manifest), relative to the repository root.",
          oneOf: [{ type: "string", minLength: 1 }, { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }]
        },
        manifest: {
          description: 'Hash manifests of training data that lives elsewhere, built with "sprintlab leakage manifest".',
          oneOf: [{ type: "string", minLength: 1 }, { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }]
        },
        eval: { type: "string", minLength: 1, description: "The eval set (.jsonl, .ndjson, .csv, .parquet or .txt)." },
        key: { type: "string", minLength: 1, default: "id", description: "Field holding each item's id." },
        text: { type: "string", minLength: 1, default: "text", description: "Field holding each item's text." },
        near_duplicate: {
          description: "Jaccard similarity (over character n-grams of the normalised text) from which a pair counts as a near-duplicate; false turns the check off.",
          default: 0.8,
          oneOf: [{ type: "number", exclusiveMinimum: 0, maximum: 1 }, { const: false }]
        },
        max_ratio: { type: "number", minimum: 0, maximum: 1, default: 0, description: "Largest tolerated share of eval items leaked, per kind; above it the check fails." },
        normalisation: {
          type: "object",
          additionalProperties: false,
          description: "How text is normalised before it is compared (a manifest must be built with the same settings).",
          properties: {
            nfkc: { type: "boolean", default: true, description: "Unicode NFKC: full-width letters, ligatures, superscripts become their plain forms." },
            case_fold: { type: "boolean", default: true, description: "Unicode case folding." },
            collapse_whitespace: { type: "boolean", default: true, description: "Runs of whitespace become one space; ends are trimmed." },
            strip_punctuation: { type: "boolean", default: false, description: "Drop punctuation and symbols (Unicode P and S)." }
          }
        },
        shingle_size: { type: "integer", minimum: 1, maximum: 32, default: 5, description: "Character n-gram size for near-duplicates." },
        num_perms: { enum: [16, 32, 64, 128, 256, 512, 1024], default: 128, description: "MinHash signature length." },
        skip_bad_lines: { type: "boolean", default: false, description: "Skip and count unreadable training rows instead of stopping." },
        max_skipped_share: { type: "number", minimum: 0, maximum: 1, default: 0.01, description: "Largest share of training rows that skip_bad_lines may skip; above it the check fails." }
      }
    },
    board: {
      description: "The experiment board (see README: Experiments and the board). Without `project`, columns are shown as `status:*` labels.",
      type: "object",
      additionalProperties: false,
      definitions: {
        wipLimit: {
          description: "The most open experiments allowed in the column: a number (the board's wip_mode applies), or { limit, mode }.",
          oneOf: [
            { type: "integer", minimum: 0 },
            {
              type: "object",
              additionalProperties: false,
              required: ["limit"],
              properties: { limit: { type: "integer", minimum: 0 }, mode: { enum: ["warn", "refuse"] } }
            }
          ]
        }
      },
      properties: {
        project: {
          type: "string",
          pattern: "^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$",
          description: "The Projects (v2) board URL, e.g. https://github.com/orgs/acme/projects/3 or https://github.com/users/ada/projects/2."
        },
        field: { type: "string", minLength: 1, default: "Status", description: "The single-select field whose options are the columns: Backlog, Hypothesis, Experiment, Evaluation, Iteration, Production, Killed." },
        wip: {
          type: "object",
          description: "WIP limit per column: the most open experiments allowed in it.",
          additionalProperties: false,
          properties: {
            Backlog: { $ref: "#/properties/board/definitions/wipLimit" },
            Hypothesis: { $ref: "#/properties/board/definitions/wipLimit" },
            Experiment: { $ref: "#/properties/board/definitions/wipLimit" },
            Evaluation: { $ref: "#/properties/board/definitions/wipLimit" },
            Iteration: { $ref: "#/properties/board/definitions/wipLimit" },
            Production: { $ref: "#/properties/board/definitions/wipLimit" },
            Killed: { $ref: "#/properties/board/definitions/wipLimit" }
          }
        },
        wip_mode: { enum: ["warn", "refuse"], default: "warn", description: "Over a WIP limit: `warn` moves the card and flags it (label `over-wip` and a comment); `refuse` leaves it where it is and says why." },
        labels_only: { type: "boolean", default: false, description: "Show columns as `status:*` labels even when a project is set (e.g. while the token cannot reach projects)." },
        time_box: {
          type: "object",
          additionalProperties: false,
          properties: {
            ask: { type: "boolean", default: true, description: "On the scheduled run, ask experiments past their time box for a decision (comment and label `time-box-overrun`)." }
          }
        },
        min_learnings: { type: "integer", minimum: 0, default: 20, description: "`/kill` needs at least this many characters of learnings." },
        gate_app: {
          description: `The app (slug or numeric id) that runs the gate when it is not GitHub Actions, or a list of them. Only "Sprintlab gate" check runs created by GitHub Actions or these apps count as the gate's verdict.`,
          oneOf: [
            { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" },
            { type: "integer", minimum: 1 },
            { type: "array", minItems: 1, items: { oneOf: [{ type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" }, { type: "integer", minimum: 1 }] } }
          ]
        },
        fields: {
          type: "object",
          description: 'Board fields kept equal to a value of the experiment, by field name, e.g. { Target: target, Metric: metric, "Time box": time_box }. Number fields take numbers, date fields the time box, text fields anything.',
          additionalProperties: { enum: ["metric", "goal", "baseline", "target", "latest", "budget", "compute_used", "time_box", "mode", "gate"] }
        }
      }
    },
    report: {
      description: "The weekly status report (see README: Weekly status).",
      type: "object",
      additionalProperties: false,
      properties: {
        targets: {
          type: "array",
          description: "Metrics tracked against a target, headline first. Without any, each metric named with a target in the experiment forms is tracked.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["metric", "goal", "target"],
            properties: {
              metric: { type: "string", minLength: 1, description: "The metric's name as logged with /log and in eval results, e.g. accuracy." },
              goal: { enum: ["maximize", "minimize"], description: "Which direction is better." },
              target: { type: "number", description: "The value that counts as success." },
              baseline: { type: "number", description: "The value before the work started; needed for the business translation." },
              name: { type: "string", description: "A display name." }
            }
          }
        },
        healthy: {
          type: "object",
          additionalProperties: false,
          description: "Healthy ranges of the decision rates, as fractions (0.6 = 60 %).",
          properties: {
            kill_rate: { type: "object", additionalProperties: false, properties: { min: { type: "number", minimum: 0, maximum: 1 }, max: { type: "number", minimum: 0, maximum: 1 } }, description: "Share of the experiments decided in the window whose latest decision is a kill (default 0.6 to 0.8)." },
            promotion_rate: { type: "object", additionalProperties: false, properties: { min: { type: "number", minimum: 0, maximum: 1 }, max: { type: "number", minimum: 0, maximum: 1 } }, description: "Share of the experiments decided in the window whose latest decision is a promotion (default 0.1 to 0.3)." }
          }
        },
        sprints: {
          type: "object",
          additionalProperties: false,
          properties: {
            source: { enum: ["auto", "iteration", "milestones", "iso-week"], default: "auto", description: "Where sprints come from: the board's Iteration field, the repository's milestones (due dates end sprints), or ISO weeks. auto: the Iteration field if the board has iterations, else milestones with due dates, else ISO weeks." },
            field: { type: "string", default: "Iteration", description: "The board's Iteration field (source: iteration)." },
            count: { type: "integer", minimum: 2, maximum: 52, default: 8, description: "How many sprints the report looks back over, this one included." }
          }
        },
        forecast: {
          type: "object",
          additionalProperties: false,
          properties: {
            confidence: { type: "number", minimum: 0.5, maximum: 0.99, default: 0.8, description: "Level of the prediction interval that gives the ETA range." },
            horizon: { type: "integer", minimum: 1, maximum: 520, default: 26, description: "An ETA further away than this many sprints is reported as stalled." }
          }
        },
        business: {
          type: "object",
          additionalProperties: false,
          required: ["per_point", "unit"],
          description: "Business translation of the headline target: what one point of it is worth.",
          properties: {
            per_point: { type: "number", description: "Business value of one point, e.g. 160." },
            unit: { type: "string", minLength: 1, description: 'Its unit, e.g. "tickets deflected / week".' },
            point: { type: "number", exclusiveMinimum: 0, description: "Size of one point in metric units (default 0.01 for metrics in [0, 1], else 1)." }
          }
        },
        label: { type: "string", minLength: 1, default: "sprint-status", description: "Label of the weekly status issues." },
        title: { type: "string", minLength: 1, default: "Sprint status", description: "Title prefix; the ISO week follows it." }
      }
    }
  },
  definitions: {
    margin: {
      description: `A tolerance: a number in the metric's own units, or a percentage string such as "10%" relative to the baseline mean.`,
      oneOf: [
        { type: "number", minimum: 0 },
        { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }
      ]
    },
    metricRule: {
      type: "object",
      additionalProperties: false,
      required: ["goal"],
      properties: {
        goal: { enum: ["maximize", "minimize"], description: "Which direction is better." },
        min: { type: "number", description: "The candidate mean must be at least this." },
        max: { type: "number", description: "The candidate mean must be at most this." },
        max_regression: { $ref: "#/definitions/margin" },
        blocking: { type: "boolean", default: false, description: "A safety metric: any threshold breach fails the gate, whatever the statistics say." },
        max_std: { type: "number", minimum: 0, description: "Largest allowed standard deviation across the candidate's seeds, in the metric's units (overrides gate.consistency.max_std)." },
        resolution: { allOf: [{ $ref: "#/definitions/margin" }], description: "When both sides are constant across seeds (a deterministic eval), differences up to this are 'unchanged': a number in the metric's units, or a percentage of the larger mean (default: 1e-9 relative)." },
        description: { type: "string" }
      }
    }
  }
};

// src/io/files/read-text.ts
import { open } from "node:fs/promises";
var MAX_TEXT_BYTES = 256 * 1024 * 1024;
var CHUNK = 1024 * 1024;
async function readTextFile(path, what, fix, shown = path, maxBytes = MAX_TEXT_BYTES) {
  const refuse = (problem) => new InputError(problem, { file: shown, fix });
  let handle;
  try {
    handle = await open(path, "r");
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      if (chunk.subarray(0, bytesRead).includes(0))
        throw refuse(`the ${what} is not a text file (it holds binary data)`);
      total += bytesRead;
      if (total > maxBytes)
        throw refuse(`the ${what} is larger than ${Math.round(maxBytes / 2 ** 20)} MB, too large to be one`);
      chunks.push(bytesRead === CHUNK ? chunk : chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total).toString("utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    throw refuse(
      code === "ENOENT" ? `${what} not found` : code === "EISDIR" ? `the ${what} is a directory, not a file` : `cannot read the ${what} (${code})`
    );
  } finally {
    await handle?.close();
  }
}

// src/core/suggest.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
function nearest(word, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.ceil(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// src/config/validators.ts
var schema0 = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/sprintlab.config.schema.json", "title": "Sprintlab configuration (.github/sprintlab.yml)", "type": "object", "additionalProperties": false, "properties": { "gate": { "description": "The eval gate: what blocks a pull request's merge.", "type": "object", "additionalProperties": false, "properties": { "results": { "type": "string", "description": "Path of the sprintlab.eval/v1 results file, compared between the PR's merge base and head.", "default": "evals/results.json" }, "alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.05, "description": "Significance level of the one-sided regression tests, after correction." }, "correction": { "enum": ["holm", "none"], "default": "holm", "description": "Multiple-testing correction within each family: the primary metrics, the other metrics, and each metric's slices." }, "primary": { "type": "array", "items": { "type": "string" }, "description": "Metrics whose regression tests form the primary Holm family (default: the metrics with a max_regression; all metrics when none has one). The others form a secondary family." }, "warn_alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "description": "A drop beyond the margin that is not significant at alpha warns when its corrected p is below this (default: twice alpha); otherwise it passes as noise." }, "power": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.8, "description": "Power used to say how many seeds a warned regression would need." }, "metrics": { "type": "object", "description": "Per-metric rules, keyed by the metric's name in the results file.", "additionalProperties": { "$ref": "#/definitions/metricRule" } }, "consistency": { "type": "object", "additionalProperties": false, "properties": { "max_std": { "type": "number", "minimum": 0, "description": "Default largest standard deviation across the candidate's seeds, for the metrics listed in consistency.metrics (default: all gated metrics without their own max_std)." }, "metrics": { "type": "array", "items": { "type": "string" }, "description": "Metrics the consistency check applies to (default: every configured metric)." } } }, "slices": { "type": "object", "additionalProperties": false, "properties": { "min_size": { "type": "integer", "minimum": 1, "default": 30, "description": "Slices with fewer items than this are not tested." }, "max_regression": { "$ref": "#/definitions/margin" }, "metrics": { "type": "array", "items": { "type": "string" }, "description": "Metrics compared per slice (default: every configured metric found in the slices)." } } }, "golden": { "type": "object", "additionalProperties": false, "required": ["ids"], "properties": { "ids": { "type": "string", "description": "File with one golden example id a line (relative to the repository root). Every id must stay correct." }, "max_flips": { "type": "integer", "minimum": 0, "default": 0, "description": "How many golden flips are tolerated." } } }, "paired": { "type": "boolean", "default": true, "description": "Run a paired per-item test when both sides have per-item rows on the same ids." } } }, "leakage": { "description": "Train/eval leakage check: eval items found in training data by id, by normalised text, or as near-duplicates (see README: Leakage).", "type": "object", "additionalProperties": false, "required": ["eval"], "properties": { "train": { "description": "Training data files (.jsonl, .ndjson, .csv, .parquet, .txt) or hash manifests (.manifest), relative to the repository root.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "manifest": { "description": 'Hash manifests of training data that lives elsewhere, built with "sprintlab leakage manifest".', "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "eval": { "type": "string", "minLength": 1, "description": "The eval set (.jsonl, .ndjson, .csv, .parquet or .txt)." }, "key": { "type": "string", "minLength": 1, "default": "id", "description": "Field holding each item's id." }, "text": { "type": "string", "minLength": 1, "default": "text", "description": "Field holding each item's text." }, "near_duplicate": { "description": "Jaccard similarity (over character n-grams of the normalised text) from which a pair counts as a near-duplicate; false turns the check off.", "default": 0.8, "oneOf": [{ "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, { "const": false }] }, "max_ratio": { "type": "number", "minimum": 0, "maximum": 1, "default": 0, "description": "Largest tolerated share of eval items leaked, per kind; above it the check fails." }, "normalisation": { "type": "object", "additionalProperties": false, "description": "How text is normalised before it is compared (a manifest must be built with the same settings).", "properties": { "nfkc": { "type": "boolean", "default": true, "description": "Unicode NFKC: full-width letters, ligatures, superscripts become their plain forms." }, "case_fold": { "type": "boolean", "default": true, "description": "Unicode case folding." }, "collapse_whitespace": { "type": "boolean", "default": true, "description": "Runs of whitespace become one space; ends are trimmed." }, "strip_punctuation": { "type": "boolean", "default": false, "description": "Drop punctuation and symbols (Unicode P and S)." } } }, "shingle_size": { "type": "integer", "minimum": 1, "maximum": 32, "default": 5, "description": "Character n-gram size for near-duplicates." }, "num_perms": { "enum": [16, 32, 64, 128, 256, 512, 1024], "default": 128, "description": "MinHash signature length." }, "skip_bad_lines": { "type": "boolean", "default": false, "description": "Skip and count unreadable training rows instead of stopping." }, "max_skipped_share": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.01, "description": "Largest share of training rows that skip_bad_lines may skip; above it the check fails." } } }, "board": { "description": "The experiment board (see README: Experiments and the board). Without `project`, columns are shown as `status:*` labels.", "type": "object", "additionalProperties": false, "definitions": { "wipLimit": { "description": "The most open experiments allowed in the column: a number (the board's wip_mode applies), or { limit, mode }.", "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "object", "additionalProperties": false, "required": ["limit"], "properties": { "limit": { "type": "integer", "minimum": 0 }, "mode": { "enum": ["warn", "refuse"] } } }] } }, "properties": { "project": { "type": "string", "pattern": "^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$", "description": "The Projects (v2) board URL, e.g. https://github.com/orgs/acme/projects/3 or https://github.com/users/ada/projects/2." }, "field": { "type": "string", "minLength": 1, "default": "Status", "description": "The single-select field whose options are the columns: Backlog, Hypothesis, Experiment, Evaluation, Iteration, Production, Killed." }, "wip": { "type": "object", "description": "WIP limit per column: the most open experiments allowed in it.", "additionalProperties": false, "properties": { "Backlog": { "$ref": "#/properties/board/definitions/wipLimit" }, "Hypothesis": { "$ref": "#/properties/board/definitions/wipLimit" }, "Experiment": { "$ref": "#/properties/board/definitions/wipLimit" }, "Evaluation": { "$ref": "#/properties/board/definitions/wipLimit" }, "Iteration": { "$ref": "#/properties/board/definitions/wipLimit" }, "Production": { "$ref": "#/properties/board/definitions/wipLimit" }, "Killed": { "$ref": "#/properties/board/definitions/wipLimit" } } }, "wip_mode": { "enum": ["warn", "refuse"], "default": "warn", "description": "Over a WIP limit: `warn` moves the card and flags it (label `over-wip` and a comment); `refuse` leaves it where it is and says why." }, "labels_only": { "type": "boolean", "default": false, "description": "Show columns as `status:*` labels even when a project is set (e.g. while the token cannot reach projects)." }, "time_box": { "type": "object", "additionalProperties": false, "properties": { "ask": { "type": "boolean", "default": true, "description": "On the scheduled run, ask experiments past their time box for a decision (comment and label `time-box-overrun`)." } } }, "min_learnings": { "type": "integer", "minimum": 0, "default": 20, "description": "`/kill` needs at least this many characters of learnings." }, "gate_app": { "description": `The app (slug or numeric id) that runs the gate when it is not GitHub Actions, or a list of them. Only "Sprintlab gate" check runs created by GitHub Actions or these apps count as the gate's verdict.`, "oneOf": [{ "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" }, { "type": "integer", "minimum": 1 }, { "type": "array", "minItems": 1, "items": { "oneOf": [{ "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" }, { "type": "integer", "minimum": 1 }] } }] }, "fields": { "type": "object", "description": 'Board fields kept equal to a value of the experiment, by field name, e.g. { Target: target, Metric: metric, "Time box": time_box }. Number fields take numbers, date fields the time box, text fields anything.', "additionalProperties": { "enum": ["metric", "goal", "baseline", "target", "latest", "budget", "compute_used", "time_box", "mode", "gate"] } } } }, "report": { "description": "The weekly status report (see README: Weekly status).", "type": "object", "additionalProperties": false, "properties": { "targets": { "type": "array", "description": "Metrics tracked against a target, headline first. Without any, each metric named with a target in the experiment forms is tracked.", "items": { "type": "object", "additionalProperties": false, "required": ["metric", "goal", "target"], "properties": { "metric": { "type": "string", "minLength": 1, "description": "The metric's name as logged with /log and in eval results, e.g. accuracy." }, "goal": { "enum": ["maximize", "minimize"], "description": "Which direction is better." }, "target": { "type": "number", "description": "The value that counts as success." }, "baseline": { "type": "number", "description": "The value before the work started; needed for the business translation." }, "name": { "type": "string", "description": "A display name." } } } }, "healthy": { "type": "object", "additionalProperties": false, "description": "Healthy ranges of the decision rates, as fractions (0.6 = 60 %).", "properties": { "kill_rate": { "type": "object", "additionalProperties": false, "properties": { "min": { "type": "number", "minimum": 0, "maximum": 1 }, "max": { "type": "number", "minimum": 0, "maximum": 1 } }, "description": "Share of the experiments decided in the window whose latest decision is a kill (default 0.6 to 0.8)." }, "promotion_rate": { "type": "object", "additionalProperties": false, "properties": { "min": { "type": "number", "minimum": 0, "maximum": 1 }, "max": { "type": "number", "minimum": 0, "maximum": 1 } }, "description": "Share of the experiments decided in the window whose latest decision is a promotion (default 0.1 to 0.3)." } } }, "sprints": { "type": "object", "additionalProperties": false, "properties": { "source": { "enum": ["auto", "iteration", "milestones", "iso-week"], "default": "auto", "description": "Where sprints come from: the board's Iteration field, the repository's milestones (due dates end sprints), or ISO weeks. auto: the Iteration field if the board has iterations, else milestones with due dates, else ISO weeks." }, "field": { "type": "string", "default": "Iteration", "description": "The board's Iteration field (source: iteration)." }, "count": { "type": "integer", "minimum": 2, "maximum": 52, "default": 8, "description": "How many sprints the report looks back over, this one included." } } }, "forecast": { "type": "object", "additionalProperties": false, "properties": { "confidence": { "type": "number", "minimum": 0.5, "maximum": 0.99, "default": 0.8, "description": "Level of the prediction interval that gives the ETA range." }, "horizon": { "type": "integer", "minimum": 1, "maximum": 520, "default": 26, "description": "An ETA further away than this many sprints is reported as stalled." } } }, "business": { "type": "object", "additionalProperties": false, "required": ["per_point", "unit"], "description": "Business translation of the headline target: what one point of it is worth.", "properties": { "per_point": { "type": "number", "description": "Business value of one point, e.g. 160." }, "unit": { "type": "string", "minLength": 1, "description": 'Its unit, e.g. "tickets deflected / week".' }, "point": { "type": "number", "exclusiveMinimum": 0, "description": "Size of one point in metric units (default 0.01 for metrics in [0, 1], else 1)." } } }, "label": { "type": "string", "minLength": 1, "default": "sprint-status", "description": "Label of the weekly status issues." }, "title": { "type": "string", "minLength": 1, "default": "Sprint status", "description": "Title prefix; the ISO week follows it." } } } }, "definitions": { "margin": { "description": `A tolerance: a number in the metric's own units, or a percentage string such as "10%" relative to the baseline mean.`, "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }] }, "metricRule": { "type": "object", "additionalProperties": false, "required": ["goal"], "properties": { "goal": { "enum": ["maximize", "minimize"], "description": "Which direction is better." }, "min": { "type": "number", "description": "The candidate mean must be at least this." }, "max": { "type": "number", "description": "The candidate mean must be at most this." }, "max_regression": { "$ref": "#/definitions/margin" }, "blocking": { "type": "boolean", "default": false, "description": "A safety metric: any threshold breach fails the gate, whatever the statistics say." }, "max_std": { "type": "number", "minimum": 0, "description": "Largest allowed standard deviation across the candidate's seeds, in the metric's units (overrides gate.consistency.max_std)." }, "resolution": { "allOf": [{ "$ref": "#/definitions/margin" }], "description": "When both sides are constant across seeds (a deterministic eval), differences up to this are 'unchanged': a number in the metric's units, or a percentage of the larger mean (default: 1e-9 relative)." }, "description": { "type": "string" } } } } };
var schema13 = { "description": `A tolerance: a number in the metric's own units, or a percentage string such as "10%" relative to the baseline mean.`, "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }] };
var schema16 = { "description": "The most open experiments allowed in the column: a number (the board's wip_mode applies), or { limit, mode }.", "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "object", "additionalProperties": false, "required": ["limit"], "properties": { "limit": { "type": "integer", "minimum": 0 }, "mode": { "enum": ["warn", "refuse"] } } }] };
var func2 = Object.prototype.hasOwnProperty;
var func4 = require_ucs2length().default;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["goal"], "properties": { "goal": { "enum": ["maximize", "minimize"], "description": "Which direction is better." }, "min": { "type": "number", "description": "The candidate mean must be at least this." }, "max": { "type": "number", "description": "The candidate mean must be at most this." }, "max_regression": { "$ref": "#/definitions/margin" }, "blocking": { "type": "boolean", "default": false, "description": "A safety metric: any threshold breach fails the gate, whatever the statistics say." }, "max_std": { "type": "number", "minimum": 0, "description": "Largest allowed standard deviation across the candidate's seeds, in the metric's units (overrides gate.consistency.max_std)." }, "resolution": { "allOf": [{ "$ref": "#/definitions/margin" }], "description": "When both sides are constant across seeds (a deterministic eval), differences up to this are 'unchanged': a number in the metric's units, or a percentage of the larger mean (default: 1e-9 relative)." }, "description": { "type": "string" } } };
var pattern0 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.goal === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "goal" }, message: "must have required property 'goal'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "goal" || key0 === "min" || key0 === "max" || key0 === "max_regression" || key0 === "blocking" || key0 === "max_std" || key0 === "resolution" || key0 === "description")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.goal !== void 0) {
      let data0 = data.goal;
      if (!(data0 === "maximize" || data0 === "minimize")) {
        const err2 = { instancePath: instancePath + "/goal", schemaPath: "#/properties/goal/enum", keyword: "enum", params: { allowedValues: schema12.properties.goal.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.goal.enum, parentSchema: schema12.properties.goal, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.min !== void 0) {
      let data1 = data.min;
      if (!(typeof data1 == "number")) {
        const err3 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.min.type, parentSchema: schema12.properties.min, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data2 = data.max;
      if (!(typeof data2 == "number")) {
        const err4 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.max.type, parentSchema: schema12.properties.max, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.max_regression !== void 0) {
      let data3 = data.max_regression;
      const _errs9 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs10 = errors;
      if (typeof data3 == "number") {
        if (data3 < 0 || isNaN(data3)) {
          const err5 = { instancePath: instancePath + "/max_regression", schemaPath: "#/definitions/margin/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/max_regression", schemaPath: "#/definitions/margin/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema13.oneOf[0].type, parentSchema: schema13.oneOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs12 = errors;
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err7 = { instancePath: instancePath + "/max_regression", schemaPath: "#/definitions/margin/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", parentSchema: schema13.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/max_regression", schemaPath: "#/definitions/margin/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.oneOf[1].type, parentSchema: schema13.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err9 = { instancePath: instancePath + "/max_regression", schemaPath: "#/definitions/margin/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema13.oneOf, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.blocking !== void 0) {
      let data4 = data.blocking;
      if (typeof data4 !== "boolean") {
        const err10 = { instancePath: instancePath + "/blocking", schemaPath: "#/properties/blocking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.blocking.type, parentSchema: schema12.properties.blocking, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.max_std !== void 0) {
      let data5 = data.max_std;
      if (typeof data5 == "number") {
        if (data5 < 0 || isNaN(data5)) {
          const err11 = { instancePath: instancePath + "/max_std", schemaPath: "#/properties/max_std/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.max_std, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/max_std", schemaPath: "#/properties/max_std/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.max_std.type, parentSchema: schema12.properties.max_std, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.resolution !== void 0) {
      let data6 = data.resolution;
      const _errs21 = errors;
      let valid5 = false;
      let passing1 = null;
      const _errs22 = errors;
      if (typeof data6 == "number") {
        if (data6 < 0 || isNaN(data6)) {
          const err13 = { instancePath: instancePath + "/resolution", schemaPath: "#/definitions/margin/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.oneOf[0], data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/resolution", schemaPath: "#/definitions/margin/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema13.oneOf[0].type, parentSchema: schema13.oneOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      if (_valid1) {
        valid5 = true;
        passing1 = 0;
      }
      const _errs24 = errors;
      if (typeof data6 === "string") {
        if (!pattern0.test(data6)) {
          const err15 = { instancePath: instancePath + "/resolution", schemaPath: "#/definitions/margin/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", parentSchema: schema13.oneOf[1], data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/resolution", schemaPath: "#/definitions/margin/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.oneOf[1].type, parentSchema: schema13.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid1 = _errs24 === errors;
      if (_valid1 && valid5) {
        valid5 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid5 = true;
          passing1 = 1;
        }
      }
      if (!valid5) {
        const err17 = { instancePath: instancePath + "/resolution", schemaPath: "#/definitions/margin/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema13.oneOf, parentSchema: schema13, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data7 = data.description;
      if (typeof data7 !== "string") {
        const err18 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var pattern3 = new RegExp("^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$", "u");
var pattern4 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "gate" || key0 === "leakage" || key0 === "board" || key0 === "report")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.gate !== void 0) {
      let data0 = data.gate;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!func2.call(schema11.properties.gate.properties, key1)) {
            const err1 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gate, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.results !== void 0) {
          let data1 = data0.results;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/gate/results", schemaPath: "#/properties/gate/properties/results/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gate.properties.results.type, parentSchema: schema11.properties.gate.properties.results, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.alpha !== void 0) {
          let data2 = data0.alpha;
          if (typeof data2 == "number") {
            if (data2 >= 1 || isNaN(data2)) {
              const err3 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/properties/gate/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema11.properties.gate.properties.alpha, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2 <= 0 || isNaN(data2)) {
              const err4 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/properties/gate/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.gate.properties.alpha, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/properties/gate/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gate.properties.alpha.type, parentSchema: schema11.properties.gate.properties.alpha, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.correction !== void 0) {
          let data3 = data0.correction;
          if (!(data3 === "holm" || data3 === "none")) {
            const err6 = { instancePath: instancePath + "/gate/correction", schemaPath: "#/properties/gate/properties/correction/enum", keyword: "enum", params: { allowedValues: schema11.properties.gate.properties.correction.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.gate.properties.correction.enum, parentSchema: schema11.properties.gate.properties.correction, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.primary !== void 0) {
          let data4 = data0.primary;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 !== "string") {
                const err7 = { instancePath: instancePath + "/gate/primary/" + i0, schemaPath: "#/properties/gate/properties/primary/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gate.properties.primary.items.type, parentSchema: schema11.properties.gate.properties.primary.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/gate/primary", schemaPath: "#/properties/gate/properties/primary/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gate.properties.primary.type, parentSchema: schema11.properties.gate.properties.primary, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.warn_alpha !== void 0) {
          let data6 = data0.warn_alpha;
          if (typeof data6 == "number") {
            if (data6 >= 1 || isNaN(data6)) {
              const err9 = { instancePath: instancePath + "/gate/warn_alpha", schemaPath: "#/properties/gate/properties/warn_alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema11.properties.gate.properties.warn_alpha, data: data6 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data6 <= 0 || isNaN(data6)) {
              const err10 = { instancePath: instancePath + "/gate/warn_alpha", schemaPath: "#/properties/gate/properties/warn_alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.gate.properties.warn_alpha, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/gate/warn_alpha", schemaPath: "#/properties/gate/properties/warn_alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gate.properties.warn_alpha.type, parentSchema: schema11.properties.gate.properties.warn_alpha, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.power !== void 0) {
          let data7 = data0.power;
          if (typeof data7 == "number") {
            if (data7 >= 1 || isNaN(data7)) {
              const err12 = { instancePath: instancePath + "/gate/power", schemaPath: "#/properties/gate/properties/power/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema11.properties.gate.properties.power, data: data7 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data7 <= 0 || isNaN(data7)) {
              const err13 = { instancePath: instancePath + "/gate/power", schemaPath: "#/properties/gate/properties/power/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.gate.properties.power, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/gate/power", schemaPath: "#/properties/gate/properties/power/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gate.properties.power.type, parentSchema: schema11.properties.gate.properties.power, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.metrics !== void 0) {
          let data8 = data0.metrics;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
              if (!validate11(data8[key2], { instancePath: instancePath + "/gate/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key2, rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/gate/metrics", schemaPath: "#/properties/gate/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.properties.metrics.type, parentSchema: schema11.properties.gate.properties.metrics, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.consistency !== void 0) {
          let data10 = data0.consistency;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key3 in data10) {
              if (!(key3 === "max_std" || key3 === "metrics")) {
                const err16 = { instancePath: instancePath + "/gate/consistency", schemaPath: "#/properties/gate/properties/consistency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gate.properties.consistency, data: data10 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data10.max_std !== void 0) {
              let data11 = data10.max_std;
              if (typeof data11 == "number") {
                if (data11 < 0 || isNaN(data11)) {
                  const err17 = { instancePath: instancePath + "/gate/consistency/max_std", schemaPath: "#/properties/gate/properties/consistency/properties/max_std/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gate.properties.consistency.properties.max_std, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/gate/consistency/max_std", schemaPath: "#/properties/gate/properties/consistency/properties/max_std/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gate.properties.consistency.properties.max_std.type, parentSchema: schema11.properties.gate.properties.consistency.properties.max_std, data: data11 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data10.metrics !== void 0) {
              let data12 = data10.metrics;
              if (Array.isArray(data12)) {
                const len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data13 = data12[i1];
                  if (typeof data13 !== "string") {
                    const err19 = { instancePath: instancePath + "/gate/consistency/metrics/" + i1, schemaPath: "#/properties/gate/properties/consistency/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gate.properties.consistency.properties.metrics.items.type, parentSchema: schema11.properties.gate.properties.consistency.properties.metrics.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/gate/consistency/metrics", schemaPath: "#/properties/gate/properties/consistency/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gate.properties.consistency.properties.metrics.type, parentSchema: schema11.properties.gate.properties.consistency.properties.metrics, data: data12 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/gate/consistency", schemaPath: "#/properties/gate/properties/consistency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.properties.consistency.type, parentSchema: schema11.properties.gate.properties.consistency, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data0.slices !== void 0) {
          let data14 = data0.slices;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key4 in data14) {
              if (!(key4 === "min_size" || key4 === "max_regression" || key4 === "metrics")) {
                const err22 = { instancePath: instancePath + "/gate/slices", schemaPath: "#/properties/gate/properties/slices/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gate.properties.slices, data: data14 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data14.min_size !== void 0) {
              let data15 = data14.min_size;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
                const err23 = { instancePath: instancePath + "/gate/slices/min_size", schemaPath: "#/properties/gate/properties/slices/properties/min_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.gate.properties.slices.properties.min_size.type, parentSchema: schema11.properties.gate.properties.slices.properties.min_size, data: data15 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data15 == "number") {
                if (data15 < 1 || isNaN(data15)) {
                  const err24 = { instancePath: instancePath + "/gate/slices/min_size", schemaPath: "#/properties/gate/properties/slices/properties/min_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.gate.properties.slices.properties.min_size, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data14.max_regression !== void 0) {
              let data16 = data14.max_regression;
              const _errs38 = errors;
              let valid10 = false;
              let passing0 = null;
              const _errs39 = errors;
              if (typeof data16 == "number") {
                if (data16 < 0 || isNaN(data16)) {
                  const err25 = { instancePath: instancePath + "/gate/slices/max_regression", schemaPath: "#/definitions/margin/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.oneOf[0], data: data16 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/gate/slices/max_regression", schemaPath: "#/definitions/margin/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema13.oneOf[0].type, parentSchema: schema13.oneOf[0], data: data16 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var _valid0 = _errs39 === errors;
              if (_valid0) {
                valid10 = true;
                passing0 = 0;
              }
              const _errs41 = errors;
              if (typeof data16 === "string") {
                if (!pattern0.test(data16)) {
                  const err27 = { instancePath: instancePath + "/gate/slices/max_regression", schemaPath: "#/definitions/margin/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", parentSchema: schema13.oneOf[1], data: data16 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/gate/slices/max_regression", schemaPath: "#/definitions/margin/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.oneOf[1].type, parentSchema: schema13.oneOf[1], data: data16 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              var _valid0 = _errs41 === errors;
              if (_valid0 && valid10) {
                valid10 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid10 = true;
                  passing0 = 1;
                }
              }
              if (!valid10) {
                const err29 = { instancePath: instancePath + "/gate/slices/max_regression", schemaPath: "#/definitions/margin/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema13.oneOf, parentSchema: schema13, data: data16 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              } else {
                errors = _errs38;
                if (vErrors !== null) {
                  if (_errs38) {
                    vErrors.length = _errs38;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.metrics !== void 0) {
              let data17 = data14.metrics;
              if (Array.isArray(data17)) {
                const len2 = data17.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data18 = data17[i2];
                  if (typeof data18 !== "string") {
                    const err30 = { instancePath: instancePath + "/gate/slices/metrics/" + i2, schemaPath: "#/properties/gate/properties/slices/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gate.properties.slices.properties.metrics.items.type, parentSchema: schema11.properties.gate.properties.slices.properties.metrics.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/gate/slices/metrics", schemaPath: "#/properties/gate/properties/slices/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gate.properties.slices.properties.metrics.type, parentSchema: schema11.properties.gate.properties.slices.properties.metrics, data: data17 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/gate/slices", schemaPath: "#/properties/gate/properties/slices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.properties.slices.type, parentSchema: schema11.properties.gate.properties.slices, data: data14 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data0.golden !== void 0) {
          let data19 = data0.golden;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.ids === void 0) {
              const err33 = { instancePath: instancePath + "/gate/golden", schemaPath: "#/properties/gate/properties/golden/required", keyword: "required", params: { missingProperty: "ids" }, message: "must have required property 'ids'", schema: schema11.properties.gate.properties.golden.required, parentSchema: schema11.properties.gate.properties.golden, data: data19 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key5 in data19) {
              if (!(key5 === "ids" || key5 === "max_flips")) {
                const err34 = { instancePath: instancePath + "/gate/golden", schemaPath: "#/properties/gate/properties/golden/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gate.properties.golden, data: data19 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data19.ids !== void 0) {
              let data20 = data19.ids;
              if (typeof data20 !== "string") {
                const err35 = { instancePath: instancePath + "/gate/golden/ids", schemaPath: "#/properties/gate/properties/golden/properties/ids/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gate.properties.golden.properties.ids.type, parentSchema: schema11.properties.gate.properties.golden.properties.ids, data: data20 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data19.max_flips !== void 0) {
              let data21 = data19.max_flips;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
                const err36 = { instancePath: instancePath + "/gate/golden/max_flips", schemaPath: "#/properties/gate/properties/golden/properties/max_flips/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.gate.properties.golden.properties.max_flips.type, parentSchema: schema11.properties.gate.properties.golden.properties.max_flips, data: data21 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (typeof data21 == "number") {
                if (data21 < 0 || isNaN(data21)) {
                  const err37 = { instancePath: instancePath + "/gate/golden/max_flips", schemaPath: "#/properties/gate/properties/golden/properties/max_flips/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gate.properties.golden.properties.max_flips, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/gate/golden", schemaPath: "#/properties/gate/properties/golden/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.properties.golden.type, parentSchema: schema11.properties.gate.properties.golden, data: data19 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data0.paired !== void 0) {
          let data22 = data0.paired;
          if (typeof data22 !== "boolean") {
            const err39 = { instancePath: instancePath + "/gate/paired", schemaPath: "#/properties/gate/properties/paired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.gate.properties.paired.type, parentSchema: schema11.properties.gate.properties.paired, data: data22 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.type, parentSchema: schema11.properties.gate, data: data0 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.leakage !== void 0) {
      let data23 = data.leakage;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (data23.eval === void 0) {
          const err41 = { instancePath: instancePath + "/leakage", schemaPath: "#/properties/leakage/required", keyword: "required", params: { missingProperty: "eval" }, message: "must have required property 'eval'", schema: schema11.properties.leakage.required, parentSchema: schema11.properties.leakage, data: data23 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        for (const key6 in data23) {
          if (!func2.call(schema11.properties.leakage.properties, key6)) {
            const err42 = { instancePath: instancePath + "/leakage", schemaPath: "#/properties/leakage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.leakage, data: data23 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data23.train !== void 0) {
          let data24 = data23.train;
          const _errs60 = errors;
          let valid15 = false;
          let passing1 = null;
          const _errs61 = errors;
          if (typeof data24 === "string") {
            if (func4(data24) < 1) {
              const err43 = { instancePath: instancePath + "/leakage/train", schemaPath: "#/properties/leakage/properties/train/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.train.oneOf[0], data: data24 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/leakage/train", schemaPath: "#/properties/leakage/properties/train/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.train.oneOf[0].type, parentSchema: schema11.properties.leakage.properties.train.oneOf[0], data: data24 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          var _valid1 = _errs61 === errors;
          if (_valid1) {
            valid15 = true;
            passing1 = 0;
          }
          const _errs63 = errors;
          if (Array.isArray(data24)) {
            if (data24.length < 1) {
              const err45 = { instancePath: instancePath + "/leakage/train", schemaPath: "#/properties/leakage/properties/train/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.leakage.properties.train.oneOf[1], data: data24 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            const len3 = data24.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data25 = data24[i3];
              if (typeof data25 === "string") {
                if (func4(data25) < 1) {
                  const err46 = { instancePath: instancePath + "/leakage/train/" + i3, schemaPath: "#/properties/leakage/properties/train/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.train.oneOf[1].items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/leakage/train/" + i3, schemaPath: "#/properties/leakage/properties/train/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.train.oneOf[1].items.type, parentSchema: schema11.properties.leakage.properties.train.oneOf[1].items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/leakage/train", schemaPath: "#/properties/leakage/properties/train/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.leakage.properties.train.oneOf[1].type, parentSchema: schema11.properties.leakage.properties.train.oneOf[1], data: data24 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var _valid1 = _errs63 === errors;
          if (_valid1 && valid15) {
            valid15 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid15 = true;
              passing1 = 1;
            }
          }
          if (!valid15) {
            const err49 = { instancePath: instancePath + "/leakage/train", schemaPath: "#/properties/leakage/properties/train/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.leakage.properties.train.oneOf, parentSchema: schema11.properties.leakage.properties.train, data: data24 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          } else {
            errors = _errs60;
            if (vErrors !== null) {
              if (_errs60) {
                vErrors.length = _errs60;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data23.manifest !== void 0) {
          let data26 = data23.manifest;
          const _errs68 = errors;
          let valid18 = false;
          let passing2 = null;
          const _errs69 = errors;
          if (typeof data26 === "string") {
            if (func4(data26) < 1) {
              const err50 = { instancePath: instancePath + "/leakage/manifest", schemaPath: "#/properties/leakage/properties/manifest/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[0], data: data26 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/leakage/manifest", schemaPath: "#/properties/leakage/properties/manifest/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.manifest.oneOf[0].type, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[0], data: data26 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          var _valid2 = _errs69 === errors;
          if (_valid2) {
            valid18 = true;
            passing2 = 0;
          }
          const _errs71 = errors;
          if (Array.isArray(data26)) {
            if (data26.length < 1) {
              const err52 = { instancePath: instancePath + "/leakage/manifest", schemaPath: "#/properties/leakage/properties/manifest/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[1], data: data26 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            const len4 = data26.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data27 = data26[i4];
              if (typeof data27 === "string") {
                if (func4(data27) < 1) {
                  const err53 = { instancePath: instancePath + "/leakage/manifest/" + i4, schemaPath: "#/properties/leakage/properties/manifest/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[1].items, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/leakage/manifest/" + i4, schemaPath: "#/properties/leakage/properties/manifest/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.manifest.oneOf[1].items.type, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[1].items, data: data27 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/leakage/manifest", schemaPath: "#/properties/leakage/properties/manifest/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.leakage.properties.manifest.oneOf[1].type, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[1], data: data26 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          var _valid2 = _errs71 === errors;
          if (_valid2 && valid18) {
            valid18 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid18 = true;
              passing2 = 1;
            }
          }
          if (!valid18) {
            const err56 = { instancePath: instancePath + "/leakage/manifest", schemaPath: "#/properties/leakage/properties/manifest/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.leakage.properties.manifest.oneOf, parentSchema: schema11.properties.leakage.properties.manifest, data: data26 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          } else {
            errors = _errs68;
            if (vErrors !== null) {
              if (_errs68) {
                vErrors.length = _errs68;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data23.eval !== void 0) {
          let data28 = data23.eval;
          if (typeof data28 === "string") {
            if (func4(data28) < 1) {
              const err57 = { instancePath: instancePath + "/leakage/eval", schemaPath: "#/properties/leakage/properties/eval/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.eval, data: data28 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/leakage/eval", schemaPath: "#/properties/leakage/properties/eval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.eval.type, parentSchema: schema11.properties.leakage.properties.eval, data: data28 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data23.key !== void 0) {
          let data29 = data23.key;
          if (typeof data29 === "string") {
            if (func4(data29) < 1) {
              const err59 = { instancePath: instancePath + "/leakage/key", schemaPath: "#/properties/leakage/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.key, data: data29 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/leakage/key", schemaPath: "#/properties/leakage/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.key.type, parentSchema: schema11.properties.leakage.properties.key, data: data29 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data23.text !== void 0) {
          let data30 = data23.text;
          if (typeof data30 === "string") {
            if (func4(data30) < 1) {
              const err61 = { instancePath: instancePath + "/leakage/text", schemaPath: "#/properties/leakage/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.text, data: data30 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/leakage/text", schemaPath: "#/properties/leakage/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.text.type, parentSchema: schema11.properties.leakage.properties.text, data: data30 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data23.near_duplicate !== void 0) {
          let data31 = data23.near_duplicate;
          const _errs82 = errors;
          let valid21 = false;
          let passing3 = null;
          const _errs83 = errors;
          if (typeof data31 == "number") {
            if (data31 > 1 || isNaN(data31)) {
              const err63 = { instancePath: instancePath + "/leakage/near_duplicate", schemaPath: "#/properties/leakage/properties/near_duplicate/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.leakage.properties.near_duplicate.oneOf[0], data: data31 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data31 <= 0 || isNaN(data31)) {
              const err64 = { instancePath: instancePath + "/leakage/near_duplicate", schemaPath: "#/properties/leakage/properties/near_duplicate/oneOf/0/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.leakage.properties.near_duplicate.oneOf[0], data: data31 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/leakage/near_duplicate", schemaPath: "#/properties/leakage/properties/near_duplicate/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.leakage.properties.near_duplicate.oneOf[0].type, parentSchema: schema11.properties.leakage.properties.near_duplicate.oneOf[0], data: data31 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          var _valid3 = _errs83 === errors;
          if (_valid3) {
            valid21 = true;
            passing3 = 0;
          }
          const _errs85 = errors;
          if (false !== data31) {
            const err66 = { instancePath: instancePath + "/leakage/near_duplicate", schemaPath: "#/properties/leakage/properties/near_duplicate/oneOf/1/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant", schema: false, parentSchema: schema11.properties.leakage.properties.near_duplicate.oneOf[1], data: data31 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          var _valid3 = _errs85 === errors;
          if (_valid3 && valid21) {
            valid21 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid21 = true;
              passing3 = 1;
            }
          }
          if (!valid21) {
            const err67 = { instancePath: instancePath + "/leakage/near_duplicate", schemaPath: "#/properties/leakage/properties/near_duplicate/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.leakage.properties.near_duplicate.oneOf, parentSchema: schema11.properties.leakage.properties.near_duplicate, data: data31 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          } else {
            errors = _errs82;
            if (vErrors !== null) {
              if (_errs82) {
                vErrors.length = _errs82;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data23.max_ratio !== void 0) {
          let data32 = data23.max_ratio;
          if (typeof data32 == "number") {
            if (data32 > 1 || isNaN(data32)) {
              const err68 = { instancePath: instancePath + "/leakage/max_ratio", schemaPath: "#/properties/leakage/properties/max_ratio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.leakage.properties.max_ratio, data: data32 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data32 < 0 || isNaN(data32)) {
              const err69 = { instancePath: instancePath + "/leakage/max_ratio", schemaPath: "#/properties/leakage/properties/max_ratio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.leakage.properties.max_ratio, data: data32 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/leakage/max_ratio", schemaPath: "#/properties/leakage/properties/max_ratio/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.leakage.properties.max_ratio.type, parentSchema: schema11.properties.leakage.properties.max_ratio, data: data32 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data23.normalisation !== void 0) {
          let data33 = data23.normalisation;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key7 in data33) {
              if (!(key7 === "nfkc" || key7 === "case_fold" || key7 === "collapse_whitespace" || key7 === "strip_punctuation")) {
                const err71 = { instancePath: instancePath + "/leakage/normalisation", schemaPath: "#/properties/leakage/properties/normalisation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.leakage.properties.normalisation, data: data33 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data33.nfkc !== void 0) {
              let data34 = data33.nfkc;
              if (typeof data34 !== "boolean") {
                const err72 = { instancePath: instancePath + "/leakage/normalisation/nfkc", schemaPath: "#/properties/leakage/properties/normalisation/properties/nfkc/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.leakage.properties.normalisation.properties.nfkc.type, parentSchema: schema11.properties.leakage.properties.normalisation.properties.nfkc, data: data34 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data33.case_fold !== void 0) {
              let data35 = data33.case_fold;
              if (typeof data35 !== "boolean") {
                const err73 = { instancePath: instancePath + "/leakage/normalisation/case_fold", schemaPath: "#/properties/leakage/properties/normalisation/properties/case_fold/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.leakage.properties.normalisation.properties.case_fold.type, parentSchema: schema11.properties.leakage.properties.normalisation.properties.case_fold, data: data35 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data33.collapse_whitespace !== void 0) {
              let data36 = data33.collapse_whitespace;
              if (typeof data36 !== "boolean") {
                const err74 = { instancePath: instancePath + "/leakage/normalisation/collapse_whitespace", schemaPath: "#/properties/leakage/properties/normalisation/properties/collapse_whitespace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.leakage.properties.normalisation.properties.collapse_whitespace.type, parentSchema: schema11.properties.leakage.properties.normalisation.properties.collapse_whitespace, data: data36 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data33.strip_punctuation !== void 0) {
              let data37 = data33.strip_punctuation;
              if (typeof data37 !== "boolean") {
                const err75 = { instancePath: instancePath + "/leakage/normalisation/strip_punctuation", schemaPath: "#/properties/leakage/properties/normalisation/properties/strip_punctuation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.leakage.properties.normalisation.properties.strip_punctuation.type, parentSchema: schema11.properties.leakage.properties.normalisation.properties.strip_punctuation, data: data37 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/leakage/normalisation", schemaPath: "#/properties/leakage/properties/normalisation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.leakage.properties.normalisation.type, parentSchema: schema11.properties.leakage.properties.normalisation, data: data33 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data23.shingle_size !== void 0) {
          let data38 = data23.shingle_size;
          if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)))) {
            const err77 = { instancePath: instancePath + "/leakage/shingle_size", schemaPath: "#/properties/leakage/properties/shingle_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.leakage.properties.shingle_size.type, parentSchema: schema11.properties.leakage.properties.shingle_size, data: data38 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (typeof data38 == "number") {
            if (data38 > 32 || isNaN(data38)) {
              const err78 = { instancePath: instancePath + "/leakage/shingle_size", schemaPath: "#/properties/leakage/properties/shingle_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema11.properties.leakage.properties.shingle_size, data: data38 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data38 < 1 || isNaN(data38)) {
              const err79 = { instancePath: instancePath + "/leakage/shingle_size", schemaPath: "#/properties/leakage/properties/shingle_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.leakage.properties.shingle_size, data: data38 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
        }
        if (data23.num_perms !== void 0) {
          let data39 = data23.num_perms;
          if (!(data39 === 16 || data39 === 32 || data39 === 64 || data39 === 128 || data39 === 256 || data39 === 512 || data39 === 1024)) {
            const err80 = { instancePath: instancePath + "/leakage/num_perms", schemaPath: "#/properties/leakage/properties/num_perms/enum", keyword: "enum", params: { allowedValues: schema11.properties.leakage.properties.num_perms.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.leakage.properties.num_perms.enum, parentSchema: schema11.properties.leakage.properties.num_perms, data: data39 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data23.skip_bad_lines !== void 0) {
          let data40 = data23.skip_bad_lines;
          if (typeof data40 !== "boolean") {
            const err81 = { instancePath: instancePath + "/leakage/skip_bad_lines", schemaPath: "#/properties/leakage/properties/skip_bad_lines/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.leakage.properties.skip_bad_lines.type, parentSchema: schema11.properties.leakage.properties.skip_bad_lines, data: data40 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data23.max_skipped_share !== void 0) {
          let data41 = data23.max_skipped_share;
          if (typeof data41 == "number") {
            if (data41 > 1 || isNaN(data41)) {
              const err82 = { instancePath: instancePath + "/leakage/max_skipped_share", schemaPath: "#/properties/leakage/properties/max_skipped_share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.leakage.properties.max_skipped_share, data: data41 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data41 < 0 || isNaN(data41)) {
              const err83 = { instancePath: instancePath + "/leakage/max_skipped_share", schemaPath: "#/properties/leakage/properties/max_skipped_share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.leakage.properties.max_skipped_share, data: data41 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/leakage/max_skipped_share", schemaPath: "#/properties/leakage/properties/max_skipped_share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.leakage.properties.max_skipped_share.type, parentSchema: schema11.properties.leakage.properties.max_skipped_share, data: data41 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/leakage", schemaPath: "#/properties/leakage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.leakage.type, parentSchema: schema11.properties.leakage, data: data23 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.board !== void 0) {
      let data42 = data.board;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        for (const key8 in data42) {
          if (!func2.call(schema11.properties.board.properties, key8)) {
            const err86 = { instancePath: instancePath + "/board", schemaPath: "#/properties/board/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.board, data: data42 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data42.project !== void 0) {
          let data43 = data42.project;
          if (typeof data43 === "string") {
            if (!pattern3.test(data43)) {
              const err87 = { instancePath: instancePath + "/board/project", schemaPath: "#/properties/board/properties/project/pattern", keyword: "pattern", params: { pattern: "^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$" }, message: 'must match pattern "^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$"', schema: "^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$", parentSchema: schema11.properties.board.properties.project, data: data43 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          } else {
            const err88 = { instancePath: instancePath + "/board/project", schemaPath: "#/properties/board/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.board.properties.project.type, parentSchema: schema11.properties.board.properties.project, data: data43 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data42.field !== void 0) {
          let data44 = data42.field;
          if (typeof data44 === "string") {
            if (func4(data44) < 1) {
              const err89 = { instancePath: instancePath + "/board/field", schemaPath: "#/properties/board/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.board.properties.field, data: data44 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          } else {
            const err90 = { instancePath: instancePath + "/board/field", schemaPath: "#/properties/board/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.board.properties.field.type, parentSchema: schema11.properties.board.properties.field, data: data44 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data42.wip !== void 0) {
          let data45 = data42.wip;
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            for (const key9 in data45) {
              if (!(key9 === "Backlog" || key9 === "Hypothesis" || key9 === "Experiment" || key9 === "Evaluation" || key9 === "Iteration" || key9 === "Production" || key9 === "Killed")) {
                const err91 = { instancePath: instancePath + "/board/wip", schemaPath: "#/properties/board/properties/wip/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.board.properties.wip, data: data45 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data45.Backlog !== void 0) {
              let data46 = data45.Backlog;
              const _errs118 = errors;
              let valid26 = false;
              let passing4 = null;
              const _errs119 = errors;
              if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
                const err92 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[0].type, parentSchema: schema16.oneOf[0], data: data46 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              if (typeof data46 == "number") {
                if (data46 < 0 || isNaN(data46)) {
                  const err93 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[0], data: data46 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
              var _valid4 = _errs119 === errors;
              if (_valid4) {
                valid26 = true;
                passing4 = 0;
              }
              const _errs121 = errors;
              if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                if (data46.limit === void 0) {
                  const err94 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema16.oneOf[1].required, parentSchema: schema16.oneOf[1], data: data46 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                for (const key10 in data46) {
                  if (!(key10 === "limit" || key10 === "mode")) {
                    const err95 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.oneOf[1], data: data46 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data46.limit !== void 0) {
                  let data47 = data46.limit;
                  if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
                    const err96 = { instancePath: instancePath + "/board/wip/Backlog/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[1].properties.limit.type, parentSchema: schema16.oneOf[1].properties.limit, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                  if (typeof data47 == "number") {
                    if (data47 < 0 || isNaN(data47)) {
                      const err97 = { instancePath: instancePath + "/board/wip/Backlog/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[1].properties.limit, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  }
                }
                if (data46.mode !== void 0) {
                  let data48 = data46.mode;
                  if (!(data48 === "warn" || data48 === "refuse")) {
                    const err98 = { instancePath: instancePath + "/board/wip/Backlog/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema16.oneOf[1].properties.mode.enum, parentSchema: schema16.oneOf[1].properties.mode, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.oneOf[1].type, parentSchema: schema16.oneOf[1], data: data46 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
              var _valid4 = _errs121 === errors;
              if (_valid4 && valid26) {
                valid26 = false;
                passing4 = [passing4, 1];
              } else {
                if (_valid4) {
                  valid26 = true;
                  passing4 = 1;
                }
              }
              if (!valid26) {
                const err100 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema16.oneOf, parentSchema: schema16, data: data46 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              } else {
                errors = _errs118;
                if (vErrors !== null) {
                  if (_errs118) {
                    vErrors.length = _errs118;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data45.Hypothesis !== void 0) {
              let data49 = data45.Hypothesis;
              const _errs129 = errors;
              let valid29 = false;
              let passing5 = null;
              const _errs130 = errors;
              if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
                const err101 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[0].type, parentSchema: schema16.oneOf[0], data: data49 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
              if (typeof data49 == "number") {
                if (data49 < 0 || isNaN(data49)) {
                  const err102 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[0], data: data49 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              }
              var _valid5 = _errs130 === errors;
              if (_valid5) {
                valid29 = true;
                passing5 = 0;
              }
              const _errs132 = errors;
              if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                if (data49.limit === void 0) {
                  const err103 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema16.oneOf[1].required, parentSchema: schema16.oneOf[1], data: data49 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
                for (const key11 in data49) {
                  if (!(key11 === "limit" || key11 === "mode")) {
                    const err104 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.oneOf[1], data: data49 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data49.limit !== void 0) {
                  let data50 = data49.limit;
                  if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)))) {
                    const err105 = { instancePath: instancePath + "/board/wip/Hypothesis/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[1].properties.limit.type, parentSchema: schema16.oneOf[1].properties.limit, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                  if (typeof data50 == "number") {
                    if (data50 < 0 || isNaN(data50)) {
                      const err106 = { instancePath: instancePath + "/board/wip/Hypothesis/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[1].properties.limit, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  }
                }
                if (data49.mode !== void 0) {
                  let data51 = data49.mode;
                  if (!(data51 === "warn" || data51 === "refuse")) {
                    const err107 = { instancePath: instancePath + "/board/wip/Hypothesis/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema16.oneOf[1].properties.mode.enum, parentSchema: schema16.oneOf[1].properties.mode, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
              } else {
                const err108 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.oneOf[1].type, parentSchema: schema16.oneOf[1], data: data49 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
              var _valid5 = _errs132 === errors;
              if (_valid5 && valid29) {
                valid29 = false;
                passing5 = [passing5, 1];
              } else {
                if (_valid5) {
                  valid29 = true;
                  passing5 = 1;
                }
              }
              if (!valid29) {
                const err109 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema16.oneOf, parentSchema: schema16, data: data49 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              } else {
                errors = _errs129;
                if (vErrors !== null) {
                  if (_errs129) {
                    vErrors.length = _errs129;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data45.Experiment !== void 0) {
              let data52 = data45.Experiment;
              const _errs140 = errors;
              let valid32 = false;
              let passing6 = null;
              const _errs141 = errors;
              if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)))) {
                const err110 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[0].type, parentSchema: schema16.oneOf[0], data: data52 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
              if (typeof data52 == "number") {
                if (data52 < 0 || isNaN(data52)) {
                  const err111 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[0], data: data52 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              }
              var _valid6 = _errs141 === errors;
              if (_valid6) {
                valid32 = true;
                passing6 = 0;
              }
              const _errs143 = errors;
              if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                if (data52.limit === void 0) {
                  const err112 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema16.oneOf[1].required, parentSchema: schema16.oneOf[1], data: data52 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
                for (const key12 in data52) {
                  if (!(key12 === "limit" || key12 === "mode")) {
                    const err113 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.oneOf[1], data: data52 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data52.limit !== void 0) {
                  let data53 = data52.limit;
                  if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)))) {
                    const err114 = { instancePath: instancePath + "/board/wip/Experiment/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[1].properties.limit.type, parentSchema: schema16.oneOf[1].properties.limit, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                  if (typeof data53 == "number") {
                    if (data53 < 0 || isNaN(data53)) {
                      const err115 = { instancePath: instancePath + "/board/wip/Experiment/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[1].properties.limit, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                  }
                }
                if (data52.mode !== void 0) {
                  let data54 = data52.mode;
                  if (!(data54 === "warn" || data54 === "refuse")) {
                    const err116 = { instancePath: instancePath + "/board/wip/Experiment/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema16.oneOf[1].properties.mode.enum, parentSchema: schema16.oneOf[1].properties.mode, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
              } else {
                const err117 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.oneOf[1].type, parentSchema: schema16.oneOf[1], data: data52 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
              var _valid6 = _errs143 === errors;
              if (_valid6 && valid32) {
                valid32 = false;
                passing6 = [passing6, 1];
              } else {
                if (_valid6) {
                  valid32 = true;
                  passing6 = 1;
                }
              }
              if (!valid32) {
                const err118 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema16.oneOf, parentSchema: schema16, data: data52 };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              } else {
                errors = _errs140;
                if (vErrors !== null) {
                  if (_errs140) {
                    vErrors.length = _errs140;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data45.Evaluation !== void 0) {
              let data55 = data45.Evaluation;
              const _errs151 = errors;
              let valid35 = false;
              let passing7 = null;
              const _errs152 = errors;
              if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)))) {
                const err119 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[0].type, parentSchema: schema16.oneOf[0], data: data55 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
              if (typeof data55 == "number") {
                if (data55 < 0 || isNaN(data55)) {
                  const err120 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[0], data: data55 };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              }
              var _valid7 = _errs152 === errors;
              if (_valid7) {
                valid35 = true;
                passing7 = 0;
              }
              const _errs154 = errors;
              if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                if (data55.limit === void 0) {
                  const err121 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema16.oneOf[1].required, parentSchema: schema16.oneOf[1], data: data55 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
                for (const key13 in data55) {
                  if (!(key13 === "limit" || key13 === "mode")) {
                    const err122 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.oneOf[1], data: data55 };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data55.limit !== void 0) {
                  let data56 = data55.limit;
                  if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
                    const err123 = { instancePath: instancePath + "/board/wip/Evaluation/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[1].properties.limit.type, parentSchema: schema16.oneOf[1].properties.limit, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                  if (typeof data56 == "number") {
                    if (data56 < 0 || isNaN(data56)) {
                      const err124 = { instancePath: instancePath + "/board/wip/Evaluation/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[1].properties.limit, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                  }
                }
                if (data55.mode !== void 0) {
                  let data57 = data55.mode;
                  if (!(data57 === "warn" || data57 === "refuse")) {
                    const err125 = { instancePath: instancePath + "/board/wip/Evaluation/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema16.oneOf[1].properties.mode.enum, parentSchema: schema16.oneOf[1].properties.mode, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
              } else {
                const err126 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.oneOf[1].type, parentSchema: schema16.oneOf[1], data: data55 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
              var _valid7 = _errs154 === errors;
              if (_valid7 && valid35) {
                valid35 = false;
                passing7 = [passing7, 1];
              } else {
                if (_valid7) {
                  valid35 = true;
                  passing7 = 1;
                }
              }
              if (!valid35) {
                const err127 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema16.oneOf, parentSchema: schema16, data: data55 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              } else {
                errors = _errs151;
                if (vErrors !== null) {
                  if (_errs151) {
                    vErrors.length = _errs151;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data45.Iteration !== void 0) {
              let data58 = data45.Iteration;
              const _errs162 = errors;
              let valid38 = false;
              let passing8 = null;
              const _errs163 = errors;
              if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)))) {
                const err128 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[0].type, parentSchema: schema16.oneOf[0], data: data58 };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
              if (typeof data58 == "number") {
                if (data58 < 0 || isNaN(data58)) {
                  const err129 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[0], data: data58 };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
              }
              var _valid8 = _errs163 === errors;
              if (_valid8) {
                valid38 = true;
                passing8 = 0;
              }
              const _errs165 = errors;
              if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                if (data58.limit === void 0) {
                  const err130 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema16.oneOf[1].required, parentSchema: schema16.oneOf[1], data: data58 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
                for (const key14 in data58) {
                  if (!(key14 === "limit" || key14 === "mode")) {
                    const err131 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.oneOf[1], data: data58 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                if (data58.limit !== void 0) {
                  let data59 = data58.limit;
                  if (!(typeof data59 == "number" && (!(data59 % 1) && !isNaN(data59)))) {
                    const err132 = { instancePath: instancePath + "/board/wip/Iteration/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[1].properties.limit.type, parentSchema: schema16.oneOf[1].properties.limit, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                  if (typeof data59 == "number") {
                    if (data59 < 0 || isNaN(data59)) {
                      const err133 = { instancePath: instancePath + "/board/wip/Iteration/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[1].properties.limit, data: data59 };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                  }
                }
                if (data58.mode !== void 0) {
                  let data60 = data58.mode;
                  if (!(data60 === "warn" || data60 === "refuse")) {
                    const err134 = { instancePath: instancePath + "/board/wip/Iteration/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema16.oneOf[1].properties.mode.enum, parentSchema: schema16.oneOf[1].properties.mode, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
              } else {
                const err135 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.oneOf[1].type, parentSchema: schema16.oneOf[1], data: data58 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
              var _valid8 = _errs165 === errors;
              if (_valid8 && valid38) {
                valid38 = false;
                passing8 = [passing8, 1];
              } else {
                if (_valid8) {
                  valid38 = true;
                  passing8 = 1;
                }
              }
              if (!valid38) {
                const err136 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema16.oneOf, parentSchema: schema16, data: data58 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              } else {
                errors = _errs162;
                if (vErrors !== null) {
                  if (_errs162) {
                    vErrors.length = _errs162;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data45.Production !== void 0) {
              let data61 = data45.Production;
              const _errs173 = errors;
              let valid41 = false;
              let passing9 = null;
              const _errs174 = errors;
              if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)))) {
                const err137 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[0].type, parentSchema: schema16.oneOf[0], data: data61 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
              if (typeof data61 == "number") {
                if (data61 < 0 || isNaN(data61)) {
                  const err138 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[0], data: data61 };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              }
              var _valid9 = _errs174 === errors;
              if (_valid9) {
                valid41 = true;
                passing9 = 0;
              }
              const _errs176 = errors;
              if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                if (data61.limit === void 0) {
                  const err139 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema16.oneOf[1].required, parentSchema: schema16.oneOf[1], data: data61 };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
                for (const key15 in data61) {
                  if (!(key15 === "limit" || key15 === "mode")) {
                    const err140 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.oneOf[1], data: data61 };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
                if (data61.limit !== void 0) {
                  let data62 = data61.limit;
                  if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62)))) {
                    const err141 = { instancePath: instancePath + "/board/wip/Production/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[1].properties.limit.type, parentSchema: schema16.oneOf[1].properties.limit, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                  if (typeof data62 == "number") {
                    if (data62 < 0 || isNaN(data62)) {
                      const err142 = { instancePath: instancePath + "/board/wip/Production/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[1].properties.limit, data: data62 };
                      if (vErrors === null) {
                        vErrors = [err142];
                      } else {
                        vErrors.push(err142);
                      }
                      errors++;
                    }
                  }
                }
                if (data61.mode !== void 0) {
                  let data63 = data61.mode;
                  if (!(data63 === "warn" || data63 === "refuse")) {
                    const err143 = { instancePath: instancePath + "/board/wip/Production/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema16.oneOf[1].properties.mode.enum, parentSchema: schema16.oneOf[1].properties.mode, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
              } else {
                const err144 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.oneOf[1].type, parentSchema: schema16.oneOf[1], data: data61 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
              var _valid9 = _errs176 === errors;
              if (_valid9 && valid41) {
                valid41 = false;
                passing9 = [passing9, 1];
              } else {
                if (_valid9) {
                  valid41 = true;
                  passing9 = 1;
                }
              }
              if (!valid41) {
                const err145 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema16.oneOf, parentSchema: schema16, data: data61 };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              } else {
                errors = _errs173;
                if (vErrors !== null) {
                  if (_errs173) {
                    vErrors.length = _errs173;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data45.Killed !== void 0) {
              let data64 = data45.Killed;
              const _errs184 = errors;
              let valid44 = false;
              let passing10 = null;
              const _errs185 = errors;
              if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)))) {
                const err146 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[0].type, parentSchema: schema16.oneOf[0], data: data64 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
              if (typeof data64 == "number") {
                if (data64 < 0 || isNaN(data64)) {
                  const err147 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[0], data: data64 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
              }
              var _valid10 = _errs185 === errors;
              if (_valid10) {
                valid44 = true;
                passing10 = 0;
              }
              const _errs187 = errors;
              if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                if (data64.limit === void 0) {
                  const err148 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema16.oneOf[1].required, parentSchema: schema16.oneOf[1], data: data64 };
                  if (vErrors === null) {
                    vErrors = [err148];
                  } else {
                    vErrors.push(err148);
                  }
                  errors++;
                }
                for (const key16 in data64) {
                  if (!(key16 === "limit" || key16 === "mode")) {
                    const err149 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.oneOf[1], data: data64 };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                }
                if (data64.limit !== void 0) {
                  let data65 = data64.limit;
                  if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)))) {
                    const err150 = { instancePath: instancePath + "/board/wip/Killed/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.oneOf[1].properties.limit.type, parentSchema: schema16.oneOf[1].properties.limit, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                  if (typeof data65 == "number") {
                    if (data65 < 0 || isNaN(data65)) {
                      const err151 = { instancePath: instancePath + "/board/wip/Killed/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.oneOf[1].properties.limit, data: data65 };
                      if (vErrors === null) {
                        vErrors = [err151];
                      } else {
                        vErrors.push(err151);
                      }
                      errors++;
                    }
                  }
                }
                if (data64.mode !== void 0) {
                  let data66 = data64.mode;
                  if (!(data66 === "warn" || data66 === "refuse")) {
                    const err152 = { instancePath: instancePath + "/board/wip/Killed/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema16.oneOf[1].properties.mode.enum, parentSchema: schema16.oneOf[1].properties.mode, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err152];
                    } else {
                      vErrors.push(err152);
                    }
                    errors++;
                  }
                }
              } else {
                const err153 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.oneOf[1].type, parentSchema: schema16.oneOf[1], data: data64 };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
              var _valid10 = _errs187 === errors;
              if (_valid10 && valid44) {
                valid44 = false;
                passing10 = [passing10, 1];
              } else {
                if (_valid10) {
                  valid44 = true;
                  passing10 = 1;
                }
              }
              if (!valid44) {
                const err154 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema16.oneOf, parentSchema: schema16, data: data64 };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              } else {
                errors = _errs184;
                if (vErrors !== null) {
                  if (_errs184) {
                    vErrors.length = _errs184;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err155 = { instancePath: instancePath + "/board/wip", schemaPath: "#/properties/board/properties/wip/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.board.properties.wip.type, parentSchema: schema11.properties.board.properties.wip, data: data45 };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
        }
        if (data42.wip_mode !== void 0) {
          let data67 = data42.wip_mode;
          if (!(data67 === "warn" || data67 === "refuse")) {
            const err156 = { instancePath: instancePath + "/board/wip_mode", schemaPath: "#/properties/board/properties/wip_mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.board.properties.wip_mode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.board.properties.wip_mode.enum, parentSchema: schema11.properties.board.properties.wip_mode, data: data67 };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
        if (data42.labels_only !== void 0) {
          let data68 = data42.labels_only;
          if (typeof data68 !== "boolean") {
            const err157 = { instancePath: instancePath + "/board/labels_only", schemaPath: "#/properties/board/properties/labels_only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.board.properties.labels_only.type, parentSchema: schema11.properties.board.properties.labels_only, data: data68 };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
        if (data42.time_box !== void 0) {
          let data69 = data42.time_box;
          if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
            for (const key17 in data69) {
              if (!(key17 === "ask")) {
                const err158 = { instancePath: instancePath + "/board/time_box", schemaPath: "#/properties/board/properties/time_box/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.board.properties.time_box, data: data69 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            if (data69.ask !== void 0) {
              let data70 = data69.ask;
              if (typeof data70 !== "boolean") {
                const err159 = { instancePath: instancePath + "/board/time_box/ask", schemaPath: "#/properties/board/properties/time_box/properties/ask/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.board.properties.time_box.properties.ask.type, parentSchema: schema11.properties.board.properties.time_box.properties.ask, data: data70 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
          } else {
            const err160 = { instancePath: instancePath + "/board/time_box", schemaPath: "#/properties/board/properties/time_box/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.board.properties.time_box.type, parentSchema: schema11.properties.board.properties.time_box, data: data69 };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
        if (data42.min_learnings !== void 0) {
          let data71 = data42.min_learnings;
          if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)))) {
            const err161 = { instancePath: instancePath + "/board/min_learnings", schemaPath: "#/properties/board/properties/min_learnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.board.properties.min_learnings.type, parentSchema: schema11.properties.board.properties.min_learnings, data: data71 };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
          if (typeof data71 == "number") {
            if (data71 < 0 || isNaN(data71)) {
              const err162 = { instancePath: instancePath + "/board/min_learnings", schemaPath: "#/properties/board/properties/min_learnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.board.properties.min_learnings, data: data71 };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
          }
        }
        if (data42.gate_app !== void 0) {
          let data72 = data42.gate_app;
          const _errs204 = errors;
          let valid47 = false;
          let passing11 = null;
          const _errs205 = errors;
          if (typeof data72 === "string") {
            if (!pattern4.test(data72)) {
              const err163 = { instancePath: instancePath + "/board/gate_app", schemaPath: "#/properties/board/properties/gate_app/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.board.properties.gate_app.oneOf[0], data: data72 };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
          } else {
            const err164 = { instancePath: instancePath + "/board/gate_app", schemaPath: "#/properties/board/properties/gate_app/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.board.properties.gate_app.oneOf[0].type, parentSchema: schema11.properties.board.properties.gate_app.oneOf[0], data: data72 };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
          var _valid11 = _errs205 === errors;
          if (_valid11) {
            valid47 = true;
            passing11 = 0;
          }
          const _errs207 = errors;
          if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)))) {
            const err165 = { instancePath: instancePath + "/board/gate_app", schemaPath: "#/properties/board/properties/gate_app/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.board.properties.gate_app.oneOf[1].type, parentSchema: schema11.properties.board.properties.gate_app.oneOf[1], data: data72 };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
          if (typeof data72 == "number") {
            if (data72 < 1 || isNaN(data72)) {
              const err166 = { instancePath: instancePath + "/board/gate_app", schemaPath: "#/properties/board/properties/gate_app/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.board.properties.gate_app.oneOf[1], data: data72 };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
          }
          var _valid11 = _errs207 === errors;
          if (_valid11 && valid47) {
            valid47 = false;
            passing11 = [passing11, 1];
          } else {
            if (_valid11) {
              valid47 = true;
              passing11 = 1;
            }
            const _errs209 = errors;
            if (Array.isArray(data72)) {
              if (data72.length < 1) {
                const err167 = { instancePath: instancePath + "/board/gate_app", schemaPath: "#/properties/board/properties/gate_app/oneOf/2/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.board.properties.gate_app.oneOf[2], data: data72 };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
              const len5 = data72.length;
              for (let i5 = 0; i5 < len5; i5++) {
                let data73 = data72[i5];
                const _errs212 = errors;
                let valid50 = false;
                let passing12 = null;
                const _errs213 = errors;
                if (typeof data73 === "string") {
                  if (!pattern4.test(data73)) {
                    const err168 = { instancePath: instancePath + "/board/gate_app/" + i5, schemaPath: "#/properties/board/properties/gate_app/oneOf/2/items/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.board.properties.gate_app.oneOf[2].items.oneOf[0], data: data73 };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                } else {
                  const err169 = { instancePath: instancePath + "/board/gate_app/" + i5, schemaPath: "#/properties/board/properties/gate_app/oneOf/2/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.board.properties.gate_app.oneOf[2].items.oneOf[0].type, parentSchema: schema11.properties.board.properties.gate_app.oneOf[2].items.oneOf[0], data: data73 };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
                var _valid12 = _errs213 === errors;
                if (_valid12) {
                  valid50 = true;
                  passing12 = 0;
                }
                const _errs215 = errors;
                if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)))) {
                  const err170 = { instancePath: instancePath + "/board/gate_app/" + i5, schemaPath: "#/properties/board/properties/gate_app/oneOf/2/items/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.board.properties.gate_app.oneOf[2].items.oneOf[1].type, parentSchema: schema11.properties.board.properties.gate_app.oneOf[2].items.oneOf[1], data: data73 };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
                if (typeof data73 == "number") {
                  if (data73 < 1 || isNaN(data73)) {
                    const err171 = { instancePath: instancePath + "/board/gate_app/" + i5, schemaPath: "#/properties/board/properties/gate_app/oneOf/2/items/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.board.properties.gate_app.oneOf[2].items.oneOf[1], data: data73 };
                    if (vErrors === null) {
                      vErrors = [err171];
                    } else {
                      vErrors.push(err171);
                    }
                    errors++;
                  }
                }
                var _valid12 = _errs215 === errors;
                if (_valid12 && valid50) {
                  valid50 = false;
                  passing12 = [passing12, 1];
                } else {
                  if (_valid12) {
                    valid50 = true;
                    passing12 = 1;
                  }
                }
                if (!valid50) {
                  const err172 = { instancePath: instancePath + "/board/gate_app/" + i5, schemaPath: "#/properties/board/properties/gate_app/oneOf/2/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.board.properties.gate_app.oneOf[2].items.oneOf, parentSchema: schema11.properties.board.properties.gate_app.oneOf[2].items, data: data73 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                } else {
                  errors = _errs212;
                  if (vErrors !== null) {
                    if (_errs212) {
                      vErrors.length = _errs212;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            } else {
              const err173 = { instancePath: instancePath + "/board/gate_app", schemaPath: "#/properties/board/properties/gate_app/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.board.properties.gate_app.oneOf[2].type, parentSchema: schema11.properties.board.properties.gate_app.oneOf[2], data: data72 };
              if (vErrors === null) {
                vErrors = [err173];
              } else {
                vErrors.push(err173);
              }
              errors++;
            }
            var _valid11 = _errs209 === errors;
            if (_valid11 && valid47) {
              valid47 = false;
              passing11 = [passing11, 2];
            } else {
              if (_valid11) {
                valid47 = true;
                passing11 = 2;
              }
            }
          }
          if (!valid47) {
            const err174 = { instancePath: instancePath + "/board/gate_app", schemaPath: "#/properties/board/properties/gate_app/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.board.properties.gate_app.oneOf, parentSchema: schema11.properties.board.properties.gate_app, data: data72 };
            if (vErrors === null) {
              vErrors = [err174];
            } else {
              vErrors.push(err174);
            }
            errors++;
          } else {
            errors = _errs204;
            if (vErrors !== null) {
              if (_errs204) {
                vErrors.length = _errs204;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data42.fields !== void 0) {
          let data74 = data42.fields;
          if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
            for (const key18 in data74) {
              let data75 = data74[key18];
              if (!(data75 === "metric" || data75 === "goal" || data75 === "baseline" || data75 === "target" || data75 === "latest" || data75 === "budget" || data75 === "compute_used" || data75 === "time_box" || data75 === "mode" || data75 === "gate")) {
                const err175 = { instancePath: instancePath + "/board/fields/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/board/properties/fields/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.board.properties.fields.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.board.properties.fields.additionalProperties.enum, parentSchema: schema11.properties.board.properties.fields.additionalProperties, data: data75 };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            }
          } else {
            const err176 = { instancePath: instancePath + "/board/fields", schemaPath: "#/properties/board/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.board.properties.fields.type, parentSchema: schema11.properties.board.properties.fields, data: data74 };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
        }
      } else {
        const err177 = { instancePath: instancePath + "/board", schemaPath: "#/properties/board/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.board.type, parentSchema: schema11.properties.board, data: data42 };
        if (vErrors === null) {
          vErrors = [err177];
        } else {
          vErrors.push(err177);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data76 = data.report;
      if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
        for (const key19 in data76) {
          if (!(key19 === "targets" || key19 === "healthy" || key19 === "sprints" || key19 === "forecast" || key19 === "business" || key19 === "label" || key19 === "title")) {
            const err178 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report, data: data76 };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
        if (data76.targets !== void 0) {
          let data77 = data76.targets;
          if (Array.isArray(data77)) {
            const len6 = data77.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data78 = data77[i6];
              if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                if (data78.metric === void 0) {
                  const err179 = { instancePath: instancePath + "/report/targets/" + i6, schemaPath: "#/properties/report/properties/targets/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema11.properties.report.properties.targets.items.required, parentSchema: schema11.properties.report.properties.targets.items, data: data78 };
                  if (vErrors === null) {
                    vErrors = [err179];
                  } else {
                    vErrors.push(err179);
                  }
                  errors++;
                }
                if (data78.goal === void 0) {
                  const err180 = { instancePath: instancePath + "/report/targets/" + i6, schemaPath: "#/properties/report/properties/targets/items/required", keyword: "required", params: { missingProperty: "goal" }, message: "must have required property 'goal'", schema: schema11.properties.report.properties.targets.items.required, parentSchema: schema11.properties.report.properties.targets.items, data: data78 };
                  if (vErrors === null) {
                    vErrors = [err180];
                  } else {
                    vErrors.push(err180);
                  }
                  errors++;
                }
                if (data78.target === void 0) {
                  const err181 = { instancePath: instancePath + "/report/targets/" + i6, schemaPath: "#/properties/report/properties/targets/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema11.properties.report.properties.targets.items.required, parentSchema: schema11.properties.report.properties.targets.items, data: data78 };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
                for (const key20 in data78) {
                  if (!(key20 === "metric" || key20 === "goal" || key20 === "target" || key20 === "baseline" || key20 === "name")) {
                    const err182 = { instancePath: instancePath + "/report/targets/" + i6, schemaPath: "#/properties/report/properties/targets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.targets.items, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err182];
                    } else {
                      vErrors.push(err182);
                    }
                    errors++;
                  }
                }
                if (data78.metric !== void 0) {
                  let data79 = data78.metric;
                  if (typeof data79 === "string") {
                    if (func4(data79) < 1) {
                      const err183 = { instancePath: instancePath + "/report/targets/" + i6 + "/metric", schemaPath: "#/properties/report/properties/targets/items/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.report.properties.targets.items.properties.metric, data: data79 };
                      if (vErrors === null) {
                        vErrors = [err183];
                      } else {
                        vErrors.push(err183);
                      }
                      errors++;
                    }
                  } else {
                    const err184 = { instancePath: instancePath + "/report/targets/" + i6 + "/metric", schemaPath: "#/properties/report/properties/targets/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.targets.items.properties.metric.type, parentSchema: schema11.properties.report.properties.targets.items.properties.metric, data: data79 };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                }
                if (data78.goal !== void 0) {
                  let data80 = data78.goal;
                  if (!(data80 === "maximize" || data80 === "minimize")) {
                    const err185 = { instancePath: instancePath + "/report/targets/" + i6 + "/goal", schemaPath: "#/properties/report/properties/targets/items/properties/goal/enum", keyword: "enum", params: { allowedValues: schema11.properties.report.properties.targets.items.properties.goal.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.report.properties.targets.items.properties.goal.enum, parentSchema: schema11.properties.report.properties.targets.items.properties.goal, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err185];
                    } else {
                      vErrors.push(err185);
                    }
                    errors++;
                  }
                }
                if (data78.target !== void 0) {
                  let data81 = data78.target;
                  if (!(typeof data81 == "number")) {
                    const err186 = { instancePath: instancePath + "/report/targets/" + i6 + "/target", schemaPath: "#/properties/report/properties/targets/items/properties/target/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.targets.items.properties.target.type, parentSchema: schema11.properties.report.properties.targets.items.properties.target, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err186];
                    } else {
                      vErrors.push(err186);
                    }
                    errors++;
                  }
                }
                if (data78.baseline !== void 0) {
                  let data82 = data78.baseline;
                  if (!(typeof data82 == "number")) {
                    const err187 = { instancePath: instancePath + "/report/targets/" + i6 + "/baseline", schemaPath: "#/properties/report/properties/targets/items/properties/baseline/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.targets.items.properties.baseline.type, parentSchema: schema11.properties.report.properties.targets.items.properties.baseline, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err187];
                    } else {
                      vErrors.push(err187);
                    }
                    errors++;
                  }
                }
                if (data78.name !== void 0) {
                  let data83 = data78.name;
                  if (typeof data83 !== "string") {
                    const err188 = { instancePath: instancePath + "/report/targets/" + i6 + "/name", schemaPath: "#/properties/report/properties/targets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.targets.items.properties.name.type, parentSchema: schema11.properties.report.properties.targets.items.properties.name, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err188];
                    } else {
                      vErrors.push(err188);
                    }
                    errors++;
                  }
                }
              } else {
                const err189 = { instancePath: instancePath + "/report/targets/" + i6, schemaPath: "#/properties/report/properties/targets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.targets.items.type, parentSchema: schema11.properties.report.properties.targets.items, data: data78 };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
            }
          } else {
            const err190 = { instancePath: instancePath + "/report/targets", schemaPath: "#/properties/report/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.report.properties.targets.type, parentSchema: schema11.properties.report.properties.targets, data: data77 };
            if (vErrors === null) {
              vErrors = [err190];
            } else {
              vErrors.push(err190);
            }
            errors++;
          }
        }
        if (data76.healthy !== void 0) {
          let data84 = data76.healthy;
          if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
            for (const key21 in data84) {
              if (!(key21 === "kill_rate" || key21 === "promotion_rate")) {
                const err191 = { instancePath: instancePath + "/report/healthy", schemaPath: "#/properties/report/properties/healthy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.healthy, data: data84 };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            if (data84.kill_rate !== void 0) {
              let data85 = data84.kill_rate;
              if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                for (const key22 in data85) {
                  if (!(key22 === "min" || key22 === "max")) {
                    const err192 = { instancePath: instancePath + "/report/healthy/kill_rate", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate, data: data85 };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                }
                if (data85.min !== void 0) {
                  let data86 = data85.min;
                  if (typeof data86 == "number") {
                    if (data86 > 1 || isNaN(data86)) {
                      const err193 = { instancePath: instancePath + "/report/healthy/kill_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.min, data: data86 };
                      if (vErrors === null) {
                        vErrors = [err193];
                      } else {
                        vErrors.push(err193);
                      }
                      errors++;
                    }
                    if (data86 < 0 || isNaN(data86)) {
                      const err194 = { instancePath: instancePath + "/report/healthy/kill_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.min, data: data86 };
                      if (vErrors === null) {
                        vErrors = [err194];
                      } else {
                        vErrors.push(err194);
                      }
                      errors++;
                    }
                  } else {
                    const err195 = { instancePath: instancePath + "/report/healthy/kill_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.min.type, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.min, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err195];
                    } else {
                      vErrors.push(err195);
                    }
                    errors++;
                  }
                }
                if (data85.max !== void 0) {
                  let data87 = data85.max;
                  if (typeof data87 == "number") {
                    if (data87 > 1 || isNaN(data87)) {
                      const err196 = { instancePath: instancePath + "/report/healthy/kill_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.max, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err196];
                      } else {
                        vErrors.push(err196);
                      }
                      errors++;
                    }
                    if (data87 < 0 || isNaN(data87)) {
                      const err197 = { instancePath: instancePath + "/report/healthy/kill_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.max, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err197];
                      } else {
                        vErrors.push(err197);
                      }
                      errors++;
                    }
                  } else {
                    const err198 = { instancePath: instancePath + "/report/healthy/kill_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.max.type, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.max, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err198];
                    } else {
                      vErrors.push(err198);
                    }
                    errors++;
                  }
                }
              } else {
                const err199 = { instancePath: instancePath + "/report/healthy/kill_rate", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.healthy.properties.kill_rate.type, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate, data: data85 };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            }
            if (data84.promotion_rate !== void 0) {
              let data88 = data84.promotion_rate;
              if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                for (const key23 in data88) {
                  if (!(key23 === "min" || key23 === "max")) {
                    const err200 = { instancePath: instancePath + "/report/healthy/promotion_rate", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate, data: data88 };
                    if (vErrors === null) {
                      vErrors = [err200];
                    } else {
                      vErrors.push(err200);
                    }
                    errors++;
                  }
                }
                if (data88.min !== void 0) {
                  let data89 = data88.min;
                  if (typeof data89 == "number") {
                    if (data89 > 1 || isNaN(data89)) {
                      const err201 = { instancePath: instancePath + "/report/healthy/promotion_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.min, data: data89 };
                      if (vErrors === null) {
                        vErrors = [err201];
                      } else {
                        vErrors.push(err201);
                      }
                      errors++;
                    }
                    if (data89 < 0 || isNaN(data89)) {
                      const err202 = { instancePath: instancePath + "/report/healthy/promotion_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.min, data: data89 };
                      if (vErrors === null) {
                        vErrors = [err202];
                      } else {
                        vErrors.push(err202);
                      }
                      errors++;
                    }
                  } else {
                    const err203 = { instancePath: instancePath + "/report/healthy/promotion_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.min.type, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.min, data: data89 };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                }
                if (data88.max !== void 0) {
                  let data90 = data88.max;
                  if (typeof data90 == "number") {
                    if (data90 > 1 || isNaN(data90)) {
                      const err204 = { instancePath: instancePath + "/report/healthy/promotion_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.max, data: data90 };
                      if (vErrors === null) {
                        vErrors = [err204];
                      } else {
                        vErrors.push(err204);
                      }
                      errors++;
                    }
                    if (data90 < 0 || isNaN(data90)) {
                      const err205 = { instancePath: instancePath + "/report/healthy/promotion_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.max, data: data90 };
                      if (vErrors === null) {
                        vErrors = [err205];
                      } else {
                        vErrors.push(err205);
                      }
                      errors++;
                    }
                  } else {
                    const err206 = { instancePath: instancePath + "/report/healthy/promotion_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.max.type, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.max, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                }
              } else {
                const err207 = { instancePath: instancePath + "/report/healthy/promotion_rate", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.healthy.properties.promotion_rate.type, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate, data: data88 };
                if (vErrors === null) {
                  vErrors = [err207];
                } else {
                  vErrors.push(err207);
                }
                errors++;
              }
            }
          } else {
            const err208 = { instancePath: instancePath + "/report/healthy", schemaPath: "#/properties/report/properties/healthy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.healthy.type, parentSchema: schema11.properties.report.properties.healthy, data: data84 };
            if (vErrors === null) {
              vErrors = [err208];
            } else {
              vErrors.push(err208);
            }
            errors++;
          }
        }
        if (data76.sprints !== void 0) {
          let data91 = data76.sprints;
          if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
            for (const key24 in data91) {
              if (!(key24 === "source" || key24 === "field" || key24 === "count")) {
                const err209 = { instancePath: instancePath + "/report/sprints", schemaPath: "#/properties/report/properties/sprints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.sprints, data: data91 };
                if (vErrors === null) {
                  vErrors = [err209];
                } else {
                  vErrors.push(err209);
                }
                errors++;
              }
            }
            if (data91.source !== void 0) {
              let data92 = data91.source;
              if (!(data92 === "auto" || data92 === "iteration" || data92 === "milestones" || data92 === "iso-week")) {
                const err210 = { instancePath: instancePath + "/report/sprints/source", schemaPath: "#/properties/report/properties/sprints/properties/source/enum", keyword: "enum", params: { allowedValues: schema11.properties.report.properties.sprints.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.report.properties.sprints.properties.source.enum, parentSchema: schema11.properties.report.properties.sprints.properties.source, data: data92 };
                if (vErrors === null) {
                  vErrors = [err210];
                } else {
                  vErrors.push(err210);
                }
                errors++;
              }
            }
            if (data91.field !== void 0) {
              let data93 = data91.field;
              if (typeof data93 !== "string") {
                const err211 = { instancePath: instancePath + "/report/sprints/field", schemaPath: "#/properties/report/properties/sprints/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.sprints.properties.field.type, parentSchema: schema11.properties.report.properties.sprints.properties.field, data: data93 };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
            if (data91.count !== void 0) {
              let data94 = data91.count;
              if (!(typeof data94 == "number" && (!(data94 % 1) && !isNaN(data94)))) {
                const err212 = { instancePath: instancePath + "/report/sprints/count", schemaPath: "#/properties/report/properties/sprints/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.report.properties.sprints.properties.count.type, parentSchema: schema11.properties.report.properties.sprints.properties.count, data: data94 };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
              if (typeof data94 == "number") {
                if (data94 > 52 || isNaN(data94)) {
                  const err213 = { instancePath: instancePath + "/report/sprints/count", schemaPath: "#/properties/report/properties/sprints/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52", schema: 52, parentSchema: schema11.properties.report.properties.sprints.properties.count, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
                if (data94 < 2 || isNaN(data94)) {
                  const err214 = { instancePath: instancePath + "/report/sprints/count", schemaPath: "#/properties/report/properties/sprints/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema11.properties.report.properties.sprints.properties.count, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err214];
                  } else {
                    vErrors.push(err214);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err215 = { instancePath: instancePath + "/report/sprints", schemaPath: "#/properties/report/properties/sprints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.sprints.type, parentSchema: schema11.properties.report.properties.sprints, data: data91 };
            if (vErrors === null) {
              vErrors = [err215];
            } else {
              vErrors.push(err215);
            }
            errors++;
          }
        }
        if (data76.forecast !== void 0) {
          let data95 = data76.forecast;
          if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
            for (const key25 in data95) {
              if (!(key25 === "confidence" || key25 === "horizon")) {
                const err216 = { instancePath: instancePath + "/report/forecast", schemaPath: "#/properties/report/properties/forecast/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.forecast, data: data95 };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
            if (data95.confidence !== void 0) {
              let data96 = data95.confidence;
              if (typeof data96 == "number") {
                if (data96 > 0.99 || isNaN(data96)) {
                  const err217 = { instancePath: instancePath + "/report/forecast/confidence", schemaPath: "#/properties/report/properties/forecast/properties/confidence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.99 }, message: "must be <= 0.99", schema: 0.99, parentSchema: schema11.properties.report.properties.forecast.properties.confidence, data: data96 };
                  if (vErrors === null) {
                    vErrors = [err217];
                  } else {
                    vErrors.push(err217);
                  }
                  errors++;
                }
                if (data96 < 0.5 || isNaN(data96)) {
                  const err218 = { instancePath: instancePath + "/report/forecast/confidence", schemaPath: "#/properties/report/properties/forecast/properties/confidence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.5 }, message: "must be >= 0.5", schema: 0.5, parentSchema: schema11.properties.report.properties.forecast.properties.confidence, data: data96 };
                  if (vErrors === null) {
                    vErrors = [err218];
                  } else {
                    vErrors.push(err218);
                  }
                  errors++;
                }
              } else {
                const err219 = { instancePath: instancePath + "/report/forecast/confidence", schemaPath: "#/properties/report/properties/forecast/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.forecast.properties.confidence.type, parentSchema: schema11.properties.report.properties.forecast.properties.confidence, data: data96 };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
            }
            if (data95.horizon !== void 0) {
              let data97 = data95.horizon;
              if (!(typeof data97 == "number" && (!(data97 % 1) && !isNaN(data97)))) {
                const err220 = { instancePath: instancePath + "/report/forecast/horizon", schemaPath: "#/properties/report/properties/forecast/properties/horizon/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.report.properties.forecast.properties.horizon.type, parentSchema: schema11.properties.report.properties.forecast.properties.horizon, data: data97 };
                if (vErrors === null) {
                  vErrors = [err220];
                } else {
                  vErrors.push(err220);
                }
                errors++;
              }
              if (typeof data97 == "number") {
                if (data97 > 520 || isNaN(data97)) {
                  const err221 = { instancePath: instancePath + "/report/forecast/horizon", schemaPath: "#/properties/report/properties/forecast/properties/horizon/maximum", keyword: "maximum", params: { comparison: "<=", limit: 520 }, message: "must be <= 520", schema: 520, parentSchema: schema11.properties.report.properties.forecast.properties.horizon, data: data97 };
                  if (vErrors === null) {
                    vErrors = [err221];
                  } else {
                    vErrors.push(err221);
                  }
                  errors++;
                }
                if (data97 < 1 || isNaN(data97)) {
                  const err222 = { instancePath: instancePath + "/report/forecast/horizon", schemaPath: "#/properties/report/properties/forecast/properties/horizon/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.report.properties.forecast.properties.horizon, data: data97 };
                  if (vErrors === null) {
                    vErrors = [err222];
                  } else {
                    vErrors.push(err222);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err223 = { instancePath: instancePath + "/report/forecast", schemaPath: "#/properties/report/properties/forecast/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.forecast.type, parentSchema: schema11.properties.report.properties.forecast, data: data95 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
        if (data76.business !== void 0) {
          let data98 = data76.business;
          if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
            if (data98.per_point === void 0) {
              const err224 = { instancePath: instancePath + "/report/business", schemaPath: "#/properties/report/properties/business/required", keyword: "required", params: { missingProperty: "per_point" }, message: "must have required property 'per_point'", schema: schema11.properties.report.properties.business.required, parentSchema: schema11.properties.report.properties.business, data: data98 };
              if (vErrors === null) {
                vErrors = [err224];
              } else {
                vErrors.push(err224);
              }
              errors++;
            }
            if (data98.unit === void 0) {
              const err225 = { instancePath: instancePath + "/report/business", schemaPath: "#/properties/report/properties/business/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: schema11.properties.report.properties.business.required, parentSchema: schema11.properties.report.properties.business, data: data98 };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
            for (const key26 in data98) {
              if (!(key26 === "per_point" || key26 === "unit" || key26 === "point")) {
                const err226 = { instancePath: instancePath + "/report/business", schemaPath: "#/properties/report/properties/business/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.business, data: data98 };
                if (vErrors === null) {
                  vErrors = [err226];
                } else {
                  vErrors.push(err226);
                }
                errors++;
              }
            }
            if (data98.per_point !== void 0) {
              let data99 = data98.per_point;
              if (!(typeof data99 == "number")) {
                const err227 = { instancePath: instancePath + "/report/business/per_point", schemaPath: "#/properties/report/properties/business/properties/per_point/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.business.properties.per_point.type, parentSchema: schema11.properties.report.properties.business.properties.per_point, data: data99 };
                if (vErrors === null) {
                  vErrors = [err227];
                } else {
                  vErrors.push(err227);
                }
                errors++;
              }
            }
            if (data98.unit !== void 0) {
              let data100 = data98.unit;
              if (typeof data100 === "string") {
                if (func4(data100) < 1) {
                  const err228 = { instancePath: instancePath + "/report/business/unit", schemaPath: "#/properties/report/properties/business/properties/unit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.report.properties.business.properties.unit, data: data100 };
                  if (vErrors === null) {
                    vErrors = [err228];
                  } else {
                    vErrors.push(err228);
                  }
                  errors++;
                }
              } else {
                const err229 = { instancePath: instancePath + "/report/business/unit", schemaPath: "#/properties/report/properties/business/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.business.properties.unit.type, parentSchema: schema11.properties.report.properties.business.properties.unit, data: data100 };
                if (vErrors === null) {
                  vErrors = [err229];
                } else {
                  vErrors.push(err229);
                }
                errors++;
              }
            }
            if (data98.point !== void 0) {
              let data101 = data98.point;
              if (typeof data101 == "number") {
                if (data101 <= 0 || isNaN(data101)) {
                  const err230 = { instancePath: instancePath + "/report/business/point", schemaPath: "#/properties/report/properties/business/properties/point/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.report.properties.business.properties.point, data: data101 };
                  if (vErrors === null) {
                    vErrors = [err230];
                  } else {
                    vErrors.push(err230);
                  }
                  errors++;
                }
              } else {
                const err231 = { instancePath: instancePath + "/report/business/point", schemaPath: "#/properties/report/properties/business/properties/point/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.business.properties.point.type, parentSchema: schema11.properties.report.properties.business.properties.point, data: data101 };
                if (vErrors === null) {
                  vErrors = [err231];
                } else {
                  vErrors.push(err231);
                }
                errors++;
              }
            }
          } else {
            const err232 = { instancePath: instancePath + "/report/business", schemaPath: "#/properties/report/properties/business/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.business.type, parentSchema: schema11.properties.report.properties.business, data: data98 };
            if (vErrors === null) {
              vErrors = [err232];
            } else {
              vErrors.push(err232);
            }
            errors++;
          }
        }
        if (data76.label !== void 0) {
          let data102 = data76.label;
          if (typeof data102 === "string") {
            if (func4(data102) < 1) {
              const err233 = { instancePath: instancePath + "/report/label", schemaPath: "#/properties/report/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.report.properties.label, data: data102 };
              if (vErrors === null) {
                vErrors = [err233];
              } else {
                vErrors.push(err233);
              }
              errors++;
            }
          } else {
            const err234 = { instancePath: instancePath + "/report/label", schemaPath: "#/properties/report/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.label.type, parentSchema: schema11.properties.report.properties.label, data: data102 };
            if (vErrors === null) {
              vErrors = [err234];
            } else {
              vErrors.push(err234);
            }
            errors++;
          }
        }
        if (data76.title !== void 0) {
          let data103 = data76.title;
          if (typeof data103 === "string") {
            if (func4(data103) < 1) {
              const err235 = { instancePath: instancePath + "/report/title", schemaPath: "#/properties/report/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.report.properties.title, data: data103 };
              if (vErrors === null) {
                vErrors = [err235];
              } else {
                vErrors.push(err235);
              }
              errors++;
            }
          } else {
            const err236 = { instancePath: instancePath + "/report/title", schemaPath: "#/properties/report/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.title.type, parentSchema: schema11.properties.report.properties.title, data: data103 };
            if (vErrors === null) {
              vErrors = [err236];
            } else {
              vErrors.push(err236);
            }
            errors++;
          }
        }
      } else {
        const err237 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.type, parentSchema: schema11.properties.report, data: data76 };
        if (vErrors === null) {
          vErrors = [err237];
        } else {
          vErrors.push(err237);
        }
        errors++;
      }
    }
  } else {
    const err238 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err238];
    } else {
      vErrors.push(err238);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var schema1 = validate13;
var schema23 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/eval-results.schema.json", "title": "Sprintlab eval results (sprintlab.eval/v1)", "description": 'One JSON object: {"format": "sprintlab.eval/v1", "runs": [{"seed": 1, "metrics": {"accuracy": 0.91}}]}.', "type": "object", "required": ["format", "runs"], "properties": { "format": { "const": "sprintlab.eval/v1", "description": 'Set "format": "sprintlab.eval/v1".' }, "model": { "type": "string", "description": "The model or system evaluated." }, "dataset": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "version": { "type": "string", "description": "A content hash or version tag; results on different versions are not comparable." } } }, "source": { "type": "object", "description": "Where these results were read from when an adapter produced them: the tool, its version when recorded, the files and the number of runs found.", "required": ["tool", "files", "runs"], "properties": { "tool": { "type": "string" }, "version": { "type": "string" }, "files": { "type": "array", "items": { "type": "string" } }, "runs": { "type": "integer", "minimum": 0 } } }, "runs": { "type": "array", "minItems": 1, "description": 'One entry per seed: add at least one run such as {"seed": 1, "metrics": {"accuracy": 0.91}}.', "items": { "type": "object", "required": ["seed", "metrics"], "properties": { "seed": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "description": "The seed of this run (unique within the file)." }, "metrics": { "type": "object", "minProperties": 1, "description": 'Metric name -> finite number, e.g. {"accuracy": 0.91}.', "additionalProperties": { "type": "number" } }, "slices": { "type": "object", "description": "Slice name -> {n, metrics}.", "additionalProperties": { "type": "object", "required": ["metrics"], "properties": { "n": { "type": "integer", "minimum": 0, "description": "Number of eval items in the slice." }, "metrics": { "type": "object", "additionalProperties": { "type": "number" } } } } }, "examples": { "type": "string", "description": "Path, relative to the results file, of a JSONL file with one row per eval item." } } } } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.runs === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.format !== void 0) {
      let data0 = data.format;
      if ("sprintlab.eval/v1" !== data0) {
        const err2 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "sprintlab.eval/v1" }, message: "must be equal to constant", schema: "sprintlab.eval/v1", parentSchema: schema23.properties.format, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data1 = data.model;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.model.type, parentSchema: schema23.properties.model, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data2 = data.dataset;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err4 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema23.properties.dataset.required, parentSchema: schema23.properties.dataset, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/dataset/name", schemaPath: "#/properties/dataset/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.dataset.properties.name.type, parentSchema: schema23.properties.dataset.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.version !== void 0) {
          let data4 = data2.version;
          if (typeof data4 !== "string") {
            const err6 = { instancePath: instancePath + "/dataset/version", schemaPath: "#/properties/dataset/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.dataset.properties.version.type, parentSchema: schema23.properties.dataset.properties.version, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.dataset.type, parentSchema: schema23.properties.dataset, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data5 = data.source;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.tool === void 0) {
          const err8 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema23.properties.source.required, parentSchema: schema23.properties.source, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data5.files === void 0) {
          const err9 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema23.properties.source.required, parentSchema: schema23.properties.source, data: data5 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data5.runs === void 0) {
          const err10 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'", schema: schema23.properties.source.required, parentSchema: schema23.properties.source, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data5.tool !== void 0) {
          let data6 = data5.tool;
          if (typeof data6 !== "string") {
            const err11 = { instancePath: instancePath + "/source/tool", schemaPath: "#/properties/source/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.source.properties.tool.type, parentSchema: schema23.properties.source.properties.tool, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.version !== void 0) {
          let data7 = data5.version;
          if (typeof data7 !== "string") {
            const err12 = { instancePath: instancePath + "/source/version", schemaPath: "#/properties/source/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.source.properties.version.type, parentSchema: schema23.properties.source.properties.version, data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.files !== void 0) {
          let data8 = data5.files;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (typeof data9 !== "string") {
                const err13 = { instancePath: instancePath + "/source/files/" + i0, schemaPath: "#/properties/source/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.source.properties.files.items.type, parentSchema: schema23.properties.source.properties.files.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/source/files", schemaPath: "#/properties/source/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.source.properties.files.type, parentSchema: schema23.properties.source.properties.files, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.runs !== void 0) {
          let data10 = data5.runs;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
            const err15 = { instancePath: instancePath + "/source/runs", schemaPath: "#/properties/source/properties/runs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.source.properties.runs.type, parentSchema: schema23.properties.source.properties.runs, data: data10 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data10 == "number") {
            if (data10 < 0 || isNaN(data10)) {
              const err16 = { instancePath: instancePath + "/source/runs", schemaPath: "#/properties/source/properties/runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.source.properties.runs, data: data10 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.source.type, parentSchema: schema23.properties.source, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.runs !== void 0) {
      let data11 = data.runs;
      if (Array.isArray(data11)) {
        if (data11.length < 1) {
          const err18 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema23.properties.runs, data: data11 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data12 = data11[i1];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.seed === void 0) {
              const err19 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "seed" }, message: "must have required property 'seed'", schema: schema23.properties.runs.items.required, parentSchema: schema23.properties.runs.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data12.metrics === void 0) {
              const err20 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema23.properties.runs.items.required, parentSchema: schema23.properties.runs.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data12.seed !== void 0) {
              let data13 = data12.seed;
              const _errs27 = errors;
              let valid8 = false;
              const _errs28 = errors;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
                const err21 = { instancePath: instancePath + "/runs/" + i1 + "/seed", schemaPath: "#/properties/runs/items/properties/seed/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.runs.items.properties.seed.anyOf[0].type, parentSchema: schema23.properties.runs.items.properties.seed.anyOf[0], data: data13 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              var _valid0 = _errs28 === errors;
              valid8 = valid8 || _valid0;
              if (!valid8) {
                const _errs30 = errors;
                if (typeof data13 !== "string") {
                  const err22 = { instancePath: instancePath + "/runs/" + i1 + "/seed", schemaPath: "#/properties/runs/items/properties/seed/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.runs.items.properties.seed.anyOf[1].type, parentSchema: schema23.properties.runs.items.properties.seed.anyOf[1], data: data13 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                var _valid0 = _errs30 === errors;
                valid8 = valid8 || _valid0;
              }
              if (!valid8) {
                const err23 = { instancePath: instancePath + "/runs/" + i1 + "/seed", schemaPath: "#/properties/runs/items/properties/seed/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema23.properties.runs.items.properties.seed.anyOf, parentSchema: schema23.properties.runs.items.properties.seed, data: data13 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              } else {
                errors = _errs27;
                if (vErrors !== null) {
                  if (_errs27) {
                    vErrors.length = _errs27;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data12.metrics !== void 0) {
              let data14 = data12.metrics;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (Object.keys(data14).length < 1) {
                  const err24 = { instancePath: instancePath + "/runs/" + i1 + "/metrics", schemaPath: "#/properties/runs/items/properties/metrics/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema23.properties.runs.items.properties.metrics, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                for (const key0 in data14) {
                  let data15 = data14[key0];
                  if (!(typeof data15 == "number")) {
                    const err25 = { instancePath: instancePath + "/runs/" + i1 + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runs/items/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.runs.items.properties.metrics.additionalProperties.type, parentSchema: schema23.properties.runs.items.properties.metrics.additionalProperties, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/runs/" + i1 + "/metrics", schemaPath: "#/properties/runs/items/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.runs.items.properties.metrics.type, parentSchema: schema23.properties.runs.items.properties.metrics, data: data14 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data12.slices !== void 0) {
              let data16 = data12.slices;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                for (const key1 in data16) {
                  let data17 = data16[key1];
                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    if (data17.metrics === void 0) {
                      const err27 = { instancePath: instancePath + "/runs/" + i1 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema23.properties.runs.items.properties.slices.additionalProperties.required, parentSchema: schema23.properties.runs.items.properties.slices.additionalProperties, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                    if (data17.n !== void 0) {
                      let data18 = data17.n;
                      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
                        const err28 = { instancePath: instancePath + "/runs/" + i1 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/n", schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.runs.items.properties.slices.additionalProperties.properties.n.type, parentSchema: schema23.properties.runs.items.properties.slices.additionalProperties.properties.n, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                      if (typeof data18 == "number") {
                        if (data18 < 0 || isNaN(data18)) {
                          const err29 = { instancePath: instancePath + "/runs/" + i1 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/n", schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.runs.items.properties.slices.additionalProperties.properties.n, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err29];
                          } else {
                            vErrors.push(err29);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data17.metrics !== void 0) {
                      let data19 = data17.metrics;
                      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                        for (const key2 in data19) {
                          let data20 = data19[key2];
                          if (!(typeof data20 == "number")) {
                            const err30 = { instancePath: instancePath + "/runs/" + i1 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.runs.items.properties.slices.additionalProperties.properties.metrics.additionalProperties.type, parentSchema: schema23.properties.runs.items.properties.slices.additionalProperties.properties.metrics.additionalProperties, data: data20 };
                            if (vErrors === null) {
                              vErrors = [err30];
                            } else {
                              vErrors.push(err30);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err31 = { instancePath: instancePath + "/runs/" + i1 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/metrics", schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.runs.items.properties.slices.additionalProperties.properties.metrics.type, parentSchema: schema23.properties.runs.items.properties.slices.additionalProperties.properties.metrics, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/runs/" + i1 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.runs.items.properties.slices.additionalProperties.type, parentSchema: schema23.properties.runs.items.properties.slices.additionalProperties, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/runs/" + i1 + "/slices", schemaPath: "#/properties/runs/items/properties/slices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.runs.items.properties.slices.type, parentSchema: schema23.properties.runs.items.properties.slices, data: data16 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data12.examples !== void 0) {
              let data21 = data12.examples;
              if (typeof data21 !== "string") {
                const err34 = { instancePath: instancePath + "/runs/" + i1 + "/examples", schemaPath: "#/properties/runs/items/properties/examples/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.runs.items.properties.examples.type, parentSchema: schema23.properties.runs.items.properties.examples, data: data21 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.runs.items.type, parentSchema: schema23.properties.runs.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.runs.type, parentSchema: schema23.properties.runs, data: data11 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema2 = validate14;
var schema24 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/gate-artifact.schema.json", "title": "Sprintlab gate artifact (sprintlab.gate-artifact/v2)", "description": "What the gate on a fork pull request hands to the publishing workflow: the pull request and commits it saw and, when the run produced them, the candidate results. No verdict: the publishing workflow computes it from the base repository's config and baseline.", "type": "object", "required": ["format", "pull_request"], "additionalProperties": false, "properties": { "format": { "const": "sprintlab.gate-artifact/v2" }, "pull_request": { "type": "object", "required": ["number", "head_sha", "base_sha"], "additionalProperties": false, "properties": { "number": { "type": "integer", "minimum": 1 }, "head_sha": { "$ref": "#/definitions/sha" }, "base_sha": { "$ref": "#/definitions/sha" } } }, "results": { "description": "Candidate results written by the run itself (not committed): the sprintlab.eval/v1 file's text, and the per-item rows files its runs name, keyed by repository path. Validated like a committed results file.", "type": "object", "required": ["text"], "additionalProperties": false, "properties": { "text": { "type": "string" }, "files": { "type": "object", "propertyNames": { "maxLength": 1e3 }, "additionalProperties": { "type": "string" } } } }, "report": { "description": "Ignored when present: the publishing workflow computes the verdict itself and never trusts one handed over.", "type": "object" } }, "definitions": { "sha": { "type": "string", "pattern": "^[0-9a-f]{40}$" } } };
var schema25 = { "type": "string", "pattern": "^[0-9a-f]{40}$" };
var pattern6 = new RegExp("^[0-9a-f]{40}$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.pull_request === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pull_request" }, message: "must have required property 'pull_request'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "format" || key0 === "pull_request" || key0 === "results" || key0 === "report")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data0 = data.format;
      if ("sprintlab.gate-artifact/v2" !== data0) {
        const err3 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "sprintlab.gate-artifact/v2" }, message: "must be equal to constant", schema: "sprintlab.gate-artifact/v2", parentSchema: schema24.properties.format, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.pull_request !== void 0) {
      let data1 = data.pull_request;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.number === void 0) {
          const err4 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema24.properties.pull_request.required, parentSchema: schema24.properties.pull_request, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.head_sha === void 0) {
          const err5 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "head_sha" }, message: "must have required property 'head_sha'", schema: schema24.properties.pull_request.required, parentSchema: schema24.properties.pull_request, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.base_sha === void 0) {
          const err6 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "base_sha" }, message: "must have required property 'base_sha'", schema: schema24.properties.pull_request.required, parentSchema: schema24.properties.pull_request, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "number" || key1 === "head_sha" || key1 === "base_sha")) {
            const err7 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.pull_request, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.number !== void 0) {
          let data2 = data1.number;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
            const err8 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.pull_request.properties.number.type, parentSchema: schema24.properties.pull_request.properties.number, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (typeof data2 == "number") {
            if (data2 < 1 || isNaN(data2)) {
              const err9 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.pull_request.properties.number, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        }
        if (data1.head_sha !== void 0) {
          let data3 = data1.head_sha;
          if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
              const err10 = { instancePath: instancePath + "/pull_request/head_sha", schemaPath: "#/definitions/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"', schema: "^[0-9a-f]{40}$", parentSchema: schema25, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/pull_request/head_sha", schemaPath: "#/definitions/sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.base_sha !== void 0) {
          let data4 = data1.base_sha;
          if (typeof data4 === "string") {
            if (!pattern6.test(data4)) {
              const err12 = { instancePath: instancePath + "/pull_request/base_sha", schemaPath: "#/definitions/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"', schema: "^[0-9a-f]{40}$", parentSchema: schema25, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/pull_request/base_sha", schemaPath: "#/definitions/sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.pull_request.type, parentSchema: schema24.properties.pull_request, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.results !== void 0) {
      let data5 = data.results;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.text === void 0) {
          const err15 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema24.properties.results.required, parentSchema: schema24.properties.results, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "text" || key2 === "files")) {
            const err16 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.results, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.text !== void 0) {
          let data6 = data5.text;
          if (typeof data6 !== "string") {
            const err17 = { instancePath: instancePath + "/results/text", schemaPath: "#/properties/results/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.results.properties.text.type, parentSchema: schema24.properties.results.properties.text, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.files !== void 0) {
          let data7 = data5.files;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key3 in data7) {
              const _errs21 = errors;
              if (typeof key3 === "string") {
                if (func4(key3) > 1e3) {
                  const err18 = { instancePath: instancePath + "/results/files", schemaPath: "#/properties/results/properties/files/propertyNames/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema24.properties.results.properties.files.propertyNames, data: key3, propertyName: key3 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              var valid5 = _errs21 === errors;
              if (!valid5) {
                const err19 = { instancePath: instancePath + "/results/files", schemaPath: "#/properties/results/properties/files/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema24.properties.results.properties.files.propertyNames, parentSchema: schema24.properties.results.properties.files, data: data7 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            for (const key4 in data7) {
              let data8 = data7[key4];
              if (typeof data8 !== "string") {
                const err20 = { instancePath: instancePath + "/results/files/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/results/properties/files/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.results.properties.files.additionalProperties.type, parentSchema: schema24.properties.results.properties.files.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/results/files", schemaPath: "#/properties/results/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.results.properties.files.type, parentSchema: schema24.properties.results.properties.files, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.results.type, parentSchema: schema24.properties.results, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data9 = data.report;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
        const err23 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.report.type, parentSchema: schema24.properties.report, data: data9 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var byId = { "https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/sprintlab.config.schema.json": schema0, "https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/eval-results.schema.json": schema1, "https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/gate-artifact.schema.json": schema2 };
function validatorFor(schema) {
  const validate = byId[schema.$id];
  if (!validate) throw new Error("no precompiled validator for " + schema.$id);
  return validate;
}

// src/config/yaml.ts
function parseYaml(text, file) {
  if (text.replace(/^\uFEFF/, "").split("\n").every((line) => /^\s*(#.*)?$/.test(line)))
    return null;
  try {
    return load(text, { filename: file });
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : void 0;
      const column = error.mark ? error.mark.column + 1 : void 0;
      throw new InputError(`YAML syntax error: ${error.reason}`, {
        file,
        line,
        column,
        fix: 'correct the YAML at that position (indentation with spaces, a space after each ":", quotes around values with ":" or "#")'
      });
    }
    throw error;
  }
}
var escapePointer = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function yamlPositions(text) {
  const positions = /* @__PURE__ */ new Map();
  let events;
  try {
    events = parseEvents(text, {});
  } catch {
    return positions;
  }
  const stack = [];
  const placeValue = (start) => {
    const parent = stack.at(-1);
    if (!parent || parent.kind === "doc") return "";
    if (parent.kind === "seq") {
      const path = `${parent.path}/${parent.index++}`;
      if (!positions.has(path)) positions.set(path, start);
      return path;
    }
    parent.expectingKey = true;
    return `${parent.path}/${escapePointer(parent.key ?? "")}`;
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        stack.push({ kind: "doc", path: "", expectingKey: false, index: 0 });
        break;
      case EVENT_ID.SCALAR: {
        const parent = stack.at(-1);
        if (parent?.kind === "map" && parent.expectingKey) {
          parent.key = getScalarValue(text, event);
          parent.expectingKey = false;
          positions.set(`${parent.path}/${escapePointer(parent.key)}`, event.valueStart);
        } else {
          placeValue(event.valueStart);
        }
        break;
      }
      case EVENT_ID.ALIAS:
        placeValue(-1);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = placeValue(event.start) ?? "";
        stack.push({
          kind: event.type === EVENT_ID.MAPPING ? "map" : "seq",
          path,
          expectingKey: true,
          index: 0
        });
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return positions;
}
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// src/config/validate.ts
var dotted = (pointer) => pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).join(".") || "(top level)";
function describeValue(value) {
  if (typeof value === "string")
    return `the string "${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}"`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}
var JSON_TYPE_WORDS = {
  object: "a JSON object ({...})",
  array: "a JSON array ([...])",
  number: "a number",
  integer: "a whole number",
  string: "a string",
  boolean: "true or false",
  null: "null"
};
var YAML_TYPE_WORDS = {
  ...JSON_TYPE_WORDS,
  object: 'a mapping (indented "key: value" lines)',
  array: 'a list ("- item" lines)'
};
var lowerFirst = (text) => /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
function typeProblem(types, error, source) {
  const { description } = error.parentSchema ?? {};
  const words = source.positions ? YAML_TYPE_WORDS : JSON_TYPE_WORDS;
  return {
    message: `expected ${types.join(" or ")}, found ${describeValue(error.data)}`,
    fix: `write ${types.map((t) => words[t] ?? t).join(" or ")} here${description ? `: ${lowerFirst(description.replace(/\.$/, ""))}` : ""}`
  };
}
function toProblem(error, source) {
  const schema = error.parentSchema ?? {};
  let pointer = error.instancePath;
  let problem;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      pointer = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const known = Object.keys(schema.properties ?? {});
      const guess = nearest(key, known);
      problem = {
        message: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ""}`,
        fix: guess ? `rename it to "${guess}"` : known.length > 0 ? `remove it; the keys allowed here are: ${known.join(", ")}` : "remove it"
      };
      break;
    }
    case "required": {
      const key = String(error.params.missingProperty);
      problem = { message: `missing required key "${key}"`, fix: `add "${key}" here` };
      break;
    }
    case "type":
      problem = typeProblem(String(error.params.type).split(","), error, source);
      break;
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      const guess = typeof error.data === "string" ? nearest(error.data, allowed) : void 0;
      problem = {
        message: `${describeValue(error.data)} is not allowed${guess ? ` (did you mean "${guess}"?)` : ""}`,
        fix: `use one of: ${allowed.join(", ")}`
      };
      break;
    }
    case "oneOf":
    case "anyOf": {
      const branches = Array.isArray(error.schema) ? error.schema : [];
      const types = branches.flatMap(
        (branch) => Object.keys(branch).length === 1 && typeof branch.type === "string" ? [branch.type] : []
      );
      if (types.length > 0 && types.length === branches.length) {
        problem = typeProblem(types, error, source);
        break;
      }
      problem = {
        message: `${describeValue(error.data)} is not valid here`,
        fix: schema.description ?? "see the configuration reference"
      };
      break;
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const { comparison, limit } = error.params;
      problem = {
        message: `${describeValue(error.data)} is out of range (it must be ${comparison} ${limit})`,
        fix: `write a number ${comparison} ${limit} here${schema.description ? `: ${lowerFirst(schema.description.replace(/\.$/, ""))}` : ""}`
      };
      break;
    }
    case "minProperties":
    case "minItems":
      problem = {
        message: `${describeValue(error.data)} ${error.message ?? "is too short"}${error.params.limit === 1 ? " (it is empty)" : ""}`,
        fix: schema.description ?? "add at least one entry"
      };
      break;
    case "const":
      problem = {
        message: `${describeValue(error.data)} is not valid here`,
        fix: `write ${JSON.stringify(error.params.allowedValue)}`
      };
      break;
    default:
      problem = {
        message: `${describeValue(error.data)} ${error.message ?? "is not valid"}`,
        fix: schema.description ?? "see the configuration reference"
      };
  }
  const offset = source.positions?.get(pointer);
  const position = offset !== void 0 && offset >= 0 && source.text ? lineColumn(source.text, offset) : {};
  return { field: dotted(pointer), ...problem, ...position };
}
function withoutBranchNoise(errors) {
  const unions = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").map((e) => e.schemaPath);
  return errors.filter(
    (e) => !unions.some(
      (u) => e.schemaPath !== u && e.schemaPath.startsWith(u.replace(/\/(oneOf|anyOf)$/, "/$1/"))
    )
  );
}
function schemaProblems(schema, data, source) {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  const problems = withoutBranchNoise(validate.errors ?? []).map((e) => toProblem(e, source)).filter((p) => p !== void 0);
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.field}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function problemsError(problems, source, what) {
  const lines = problems.map(
    (p) => `  - ${p.line ? `line ${p.line}, ` : ""}${p.field}: ${p.message}. Fix: ${p.fix.replace(/\.$/, "")}.`
  );
  return new InputError(
    `${what} has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:
${lines.join("\n")}`,
    { file: source.file }
  );
}
function assertValid(schema, data, source, what) {
  const problems = schemaProblems(schema, data, source);
  if (problems.length > 0) throw problemsError(problems, source, what);
}

// src/config/load.ts
function parseConfig(text, file) {
  const data = parseYaml(text, file) ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(
      'the configuration must be a YAML mapping (keys such as "gate:", "leakage:", "board:")',
      {
        file,
        fix: 'start the file with a top-level key, e.g. "gate:"'
      }
    );
  }
  assertValid(sprintlab_config_schema_default, data, { file, text, positions: yamlPositions(text) }, "the configuration");
  return data;
}
async function loadConfigFile(path, shown = path) {
  const text = await readTextFile(
    path,
    "configuration file",
    `create ${DEFAULT_CONFIG_PATH} (see the README's configuration reference) or pass the path of yours`,
    shown
  );
  return parseConfig(text, shown);
}

export {
  sprintlab_config_schema_default,
  readTextFile,
  nearest,
  lineColumn,
  schemaProblems,
  assertValid,
  parseConfig,
  loadConfigFile
};
