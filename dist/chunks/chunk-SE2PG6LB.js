import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  EVENT_ID,
  YAMLException,
  getScalarValue,
  load,
  parseEvents,
  require_ucs2length
} from "./chunk-46SFGO32.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// schemas/sprintlab.config.schema.json
var sprintlab_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://sprintlab.dev/schemas/sprintlab.config.schema.json",
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
        correction: { enum: ["holm", "none"], default: "holm", description: "Multiple-testing correction across all regression and slice tests." },
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
        skip_bad_lines: { type: "boolean", default: false, description: "Skip and count unreadable training rows instead of stopping." }
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
        description: { type: "string" }
      }
    }
  }
};

// src/io/read-text.ts
import { readFile } from "node:fs/promises";
async function readTextFile(path, what, fix, shown = path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(code === "ENOENT" ? `${what} not found` : `cannot read the ${what} (${code})`, {
      file: shown,
      fix
    });
  }
}

// src/config/suggest.ts
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
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://sprintlab.dev/schemas/sprintlab.config.schema.json", "title": "Sprintlab configuration (.github/sprintlab.yml)", "type": "object", "additionalProperties": false, "properties": { "gate": { "description": "The eval gate: what blocks a pull request's merge.", "type": "object", "additionalProperties": false, "properties": { "results": { "type": "string", "description": "Path of the sprintlab.eval/v1 results file, compared between the PR's merge base and head.", "default": "evals/results.json" }, "alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.05, "description": "Significance level of the one-sided regression tests, after correction." }, "correction": { "enum": ["holm", "none"], "default": "holm", "description": "Multiple-testing correction across all regression and slice tests." }, "power": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.8, "description": "Power used to say how many seeds a warned regression would need." }, "metrics": { "type": "object", "description": "Per-metric rules, keyed by the metric's name in the results file.", "additionalProperties": { "$ref": "#/definitions/metricRule" } }, "consistency": { "type": "object", "additionalProperties": false, "properties": { "max_std": { "type": "number", "minimum": 0, "description": "Default largest standard deviation across the candidate's seeds, for the metrics listed in consistency.metrics (default: all gated metrics without their own max_std)." }, "metrics": { "type": "array", "items": { "type": "string" }, "description": "Metrics the consistency check applies to (default: every configured metric)." } } }, "slices": { "type": "object", "additionalProperties": false, "properties": { "min_size": { "type": "integer", "minimum": 1, "default": 30, "description": "Slices with fewer items than this are not tested." }, "max_regression": { "$ref": "#/definitions/margin" }, "metrics": { "type": "array", "items": { "type": "string" }, "description": "Metrics compared per slice (default: every configured metric found in the slices)." } } }, "golden": { "type": "object", "additionalProperties": false, "required": ["ids"], "properties": { "ids": { "type": "string", "description": "File with one golden example id a line (relative to the repository root). Every id must stay correct." }, "max_flips": { "type": "integer", "minimum": 0, "default": 0, "description": "How many golden flips are tolerated." } } }, "paired": { "type": "boolean", "default": true, "description": "Run a paired per-item test when both sides have per-item rows on the same ids." } } }, "leakage": { "description": "Train/eval leakage check: eval items found in training data by id, by normalised text, or as near-duplicates (see README: Leakage).", "type": "object", "additionalProperties": false, "required": ["eval"], "properties": { "train": { "description": "Training data files (.jsonl, .ndjson, .csv, .parquet, .txt) or hash manifests (.manifest), relative to the repository root.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "manifest": { "description": 'Hash manifests of training data that lives elsewhere, built with "sprintlab leakage manifest".', "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "eval": { "type": "string", "minLength": 1, "description": "The eval set (.jsonl, .ndjson, .csv, .parquet or .txt)." }, "key": { "type": "string", "minLength": 1, "default": "id", "description": "Field holding each item's id." }, "text": { "type": "string", "minLength": 1, "default": "text", "description": "Field holding each item's text." }, "near_duplicate": { "description": "Jaccard similarity (over character n-grams of the normalised text) from which a pair counts as a near-duplicate; false turns the check off.", "default": 0.8, "oneOf": [{ "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, { "const": false }] }, "max_ratio": { "type": "number", "minimum": 0, "maximum": 1, "default": 0, "description": "Largest tolerated share of eval items leaked, per kind; above it the check fails." }, "normalisation": { "type": "object", "additionalProperties": false, "description": "How text is normalised before it is compared (a manifest must be built with the same settings).", "properties": { "nfkc": { "type": "boolean", "default": true, "description": "Unicode NFKC: full-width letters, ligatures, superscripts become their plain forms." }, "case_fold": { "type": "boolean", "default": true, "description": "Unicode case folding." }, "collapse_whitespace": { "type": "boolean", "default": true, "description": "Runs of whitespace become one space; ends are trimmed." }, "strip_punctuation": { "type": "boolean", "default": false, "description": "Drop punctuation and symbols (Unicode P and S)." } } }, "shingle_size": { "type": "integer", "minimum": 1, "maximum": 32, "default": 5, "description": "Character n-gram size for near-duplicates." }, "num_perms": { "enum": [16, 32, 64, 128, 256, 512, 1024], "default": 128, "description": "MinHash signature length." }, "skip_bad_lines": { "type": "boolean", "default": false, "description": "Skip and count unreadable training rows instead of stopping." } } }, "board": { "description": "The experiment board (see README: Experiments and the board). Without `project`, columns are shown as `status:*` labels.", "type": "object", "additionalProperties": false, "definitions": { "wipLimit": { "description": "The most open experiments allowed in the column: a number (the board's wip_mode applies), or { limit, mode }.", "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "object", "additionalProperties": false, "required": ["limit"], "properties": { "limit": { "type": "integer", "minimum": 0 }, "mode": { "enum": ["warn", "refuse"] } } }] } }, "properties": { "project": { "type": "string", "pattern": "^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$", "description": "The Projects (v2) board URL, e.g. https://github.com/orgs/acme/projects/3 or https://github.com/users/ada/projects/2." }, "field": { "type": "string", "minLength": 1, "default": "Status", "description": "The single-select field whose options are the columns: Backlog, Hypothesis, Experiment, Evaluation, Iteration, Production, Killed." }, "wip": { "type": "object", "description": "WIP limit per column: the most open experiments allowed in it.", "additionalProperties": false, "properties": { "Backlog": { "$ref": "#/properties/board/definitions/wipLimit" }, "Hypothesis": { "$ref": "#/properties/board/definitions/wipLimit" }, "Experiment": { "$ref": "#/properties/board/definitions/wipLimit" }, "Evaluation": { "$ref": "#/properties/board/definitions/wipLimit" }, "Iteration": { "$ref": "#/properties/board/definitions/wipLimit" }, "Production": { "$ref": "#/properties/board/definitions/wipLimit" }, "Killed": { "$ref": "#/properties/board/definitions/wipLimit" } } }, "wip_mode": { "enum": ["warn", "refuse"], "default": "warn", "description": "Over a WIP limit: `warn` moves the card and flags it (label `over-wip` and a comment); `refuse` leaves it where it is and says why." }, "labels_only": { "type": "boolean", "default": false, "description": "Show columns as `status:*` labels even when a project is set (e.g. while the token cannot reach projects)." }, "time_box": { "type": "object", "additionalProperties": false, "properties": { "ask": { "type": "boolean", "default": true, "description": "On the scheduled run, ask experiments past their time box for a decision (comment and label `time-box-overrun`)." } } }, "min_learnings": { "type": "integer", "minimum": 0, "default": 20, "description": "`/kill` needs at least this many characters of learnings." }, "fields": { "type": "object", "description": 'Board fields kept equal to a value of the experiment, by field name, e.g. { Target: target, Metric: metric, "Time box": time_box }. Number fields take numbers, date fields the time box, text fields anything.', "additionalProperties": { "enum": ["metric", "goal", "baseline", "target", "latest", "budget", "compute_used", "time_box", "mode", "gate"] } } } }, "report": { "description": "The weekly status report (see README: Weekly status).", "type": "object", "additionalProperties": false, "properties": { "targets": { "type": "array", "description": "Metrics tracked against a target, headline first. Without any, each metric named with a target in the experiment forms is tracked.", "items": { "type": "object", "additionalProperties": false, "required": ["metric", "goal", "target"], "properties": { "metric": { "type": "string", "minLength": 1, "description": "The metric's name as logged with /log and in eval results, e.g. accuracy." }, "goal": { "enum": ["maximize", "minimize"], "description": "Which direction is better." }, "target": { "type": "number", "description": "The value that counts as success." }, "baseline": { "type": "number", "description": "The value before the work started; needed for the business translation." }, "name": { "type": "string", "description": "A display name." } } } }, "healthy": { "type": "object", "additionalProperties": false, "description": "Healthy ranges of the decision rates, as fractions (0.6 = 60 %).", "properties": { "kill_rate": { "type": "object", "additionalProperties": false, "properties": { "min": { "type": "number", "minimum": 0, "maximum": 1 }, "max": { "type": "number", "minimum": 0, "maximum": 1 } }, "description": "Share of the experiments decided in the window whose latest decision is a kill (default 0.6 to 0.8)." }, "promotion_rate": { "type": "object", "additionalProperties": false, "properties": { "min": { "type": "number", "minimum": 0, "maximum": 1 }, "max": { "type": "number", "minimum": 0, "maximum": 1 } }, "description": "Share of the experiments decided in the window whose latest decision is a promotion (default 0.1 to 0.3)." } } }, "sprints": { "type": "object", "additionalProperties": false, "properties": { "source": { "enum": ["auto", "iteration", "milestones", "iso-week"], "default": "auto", "description": "Where sprints come from: the board's Iteration field, the repository's milestones (due dates end sprints), or ISO weeks. auto: the Iteration field if the board has iterations, else milestones with due dates, else ISO weeks." }, "field": { "type": "string", "default": "Iteration", "description": "The board's Iteration field (source: iteration)." }, "count": { "type": "integer", "minimum": 2, "maximum": 52, "default": 8, "description": "How many sprints the report looks back over, this one included." } } }, "forecast": { "type": "object", "additionalProperties": false, "properties": { "confidence": { "type": "number", "minimum": 0.5, "maximum": 0.99, "default": 0.8, "description": "Level of the prediction interval that gives the ETA range." }, "horizon": { "type": "integer", "minimum": 1, "maximum": 520, "default": 26, "description": "An ETA further away than this many sprints is reported as stalled." } } }, "business": { "type": "object", "additionalProperties": false, "required": ["per_point", "unit"], "description": "Business translation of the headline target: what one point of it is worth.", "properties": { "per_point": { "type": "number", "description": "Business value of one point, e.g. 160." }, "unit": { "type": "string", "minLength": 1, "description": 'Its unit, e.g. "tickets deflected / week".' }, "point": { "type": "number", "exclusiveMinimum": 0, "description": "Size of one point in metric units (default 0.01 for metrics in [0, 1], else 1)." } } }, "label": { "type": "string", "minLength": 1, "default": "sprint-status", "description": "Label of the weekly status issues." }, "title": { "type": "string", "minLength": 1, "default": "Sprint status", "description": "Title prefix; the ISO week follows it." } } } }, "definitions": { "margin": { "description": `A tolerance: a number in the metric's own units, or a percentage string such as "10%" relative to the baseline mean.`, "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }] }, "metricRule": { "type": "object", "additionalProperties": false, "required": ["goal"], "properties": { "goal": { "enum": ["maximize", "minimize"], "description": "Which direction is better." }, "min": { "type": "number", "description": "The candidate mean must be at least this." }, "max": { "type": "number", "description": "The candidate mean must be at most this." }, "max_regression": { "$ref": "#/definitions/margin" }, "blocking": { "type": "boolean", "default": false, "description": "A safety metric: any threshold breach fails the gate, whatever the statistics say." }, "max_std": { "type": "number", "minimum": 0, "description": "Largest allowed standard deviation across the candidate's seeds, in the metric's units (overrides gate.consistency.max_std)." }, "description": { "type": "string" } } } } };
var schema13 = { "description": `A tolerance: a number in the metric's own units, or a percentage string such as "10%" relative to the baseline mean.`, "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }] };
var schema15 = { "description": "The most open experiments allowed in the column: a number (the board's wip_mode applies), or { limit, mode }.", "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "object", "additionalProperties": false, "required": ["limit"], "properties": { "limit": { "type": "integer", "minimum": 0 }, "mode": { "enum": ["warn", "refuse"] } } }] };
var func2 = Object.prototype.hasOwnProperty;
var func4 = require_ucs2length().default;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["goal"], "properties": { "goal": { "enum": ["maximize", "minimize"], "description": "Which direction is better." }, "min": { "type": "number", "description": "The candidate mean must be at least this." }, "max": { "type": "number", "description": "The candidate mean must be at most this." }, "max_regression": { "$ref": "#/definitions/margin" }, "blocking": { "type": "boolean", "default": false, "description": "A safety metric: any threshold breach fails the gate, whatever the statistics say." }, "max_std": { "type": "number", "minimum": 0, "description": "Largest allowed standard deviation across the candidate's seeds, in the metric's units (overrides gate.consistency.max_std)." }, "description": { "type": "string" } } };
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
      if (!(key0 === "goal" || key0 === "min" || key0 === "max" || key0 === "max_regression" || key0 === "blocking" || key0 === "max_std" || key0 === "description")) {
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
    if (data.description !== void 0) {
      let data6 = data.description;
      if (typeof data6 !== "string") {
        const err13 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$", "u");
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
        if (data0.power !== void 0) {
          let data4 = data0.power;
          if (typeof data4 == "number") {
            if (data4 >= 1 || isNaN(data4)) {
              const err7 = { instancePath: instancePath + "/gate/power", schemaPath: "#/properties/gate/properties/power/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema11.properties.gate.properties.power, data: data4 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data4 <= 0 || isNaN(data4)) {
              const err8 = { instancePath: instancePath + "/gate/power", schemaPath: "#/properties/gate/properties/power/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.gate.properties.power, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/gate/power", schemaPath: "#/properties/gate/properties/power/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gate.properties.power.type, parentSchema: schema11.properties.gate.properties.power, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.metrics !== void 0) {
          let data5 = data0.metrics;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              if (!validate11(data5[key2], { instancePath: instancePath + "/gate/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key2, rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/gate/metrics", schemaPath: "#/properties/gate/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.properties.metrics.type, parentSchema: schema11.properties.gate.properties.metrics, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.consistency !== void 0) {
          let data7 = data0.consistency;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key3 in data7) {
              if (!(key3 === "max_std" || key3 === "metrics")) {
                const err11 = { instancePath: instancePath + "/gate/consistency", schemaPath: "#/properties/gate/properties/consistency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gate.properties.consistency, data: data7 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data7.max_std !== void 0) {
              let data8 = data7.max_std;
              if (typeof data8 == "number") {
                if (data8 < 0 || isNaN(data8)) {
                  const err12 = { instancePath: instancePath + "/gate/consistency/max_std", schemaPath: "#/properties/gate/properties/consistency/properties/max_std/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gate.properties.consistency.properties.max_std, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/gate/consistency/max_std", schemaPath: "#/properties/gate/properties/consistency/properties/max_std/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gate.properties.consistency.properties.max_std.type, parentSchema: schema11.properties.gate.properties.consistency.properties.max_std, data: data8 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data7.metrics !== void 0) {
              let data9 = data7.metrics;
              if (Array.isArray(data9)) {
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data10 = data9[i0];
                  if (typeof data10 !== "string") {
                    const err14 = { instancePath: instancePath + "/gate/consistency/metrics/" + i0, schemaPath: "#/properties/gate/properties/consistency/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gate.properties.consistency.properties.metrics.items.type, parentSchema: schema11.properties.gate.properties.consistency.properties.metrics.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/gate/consistency/metrics", schemaPath: "#/properties/gate/properties/consistency/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gate.properties.consistency.properties.metrics.type, parentSchema: schema11.properties.gate.properties.consistency.properties.metrics, data: data9 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/gate/consistency", schemaPath: "#/properties/gate/properties/consistency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.properties.consistency.type, parentSchema: schema11.properties.gate.properties.consistency, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.slices !== void 0) {
          let data11 = data0.slices;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key4 in data11) {
              if (!(key4 === "min_size" || key4 === "max_regression" || key4 === "metrics")) {
                const err17 = { instancePath: instancePath + "/gate/slices", schemaPath: "#/properties/gate/properties/slices/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gate.properties.slices, data: data11 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data11.min_size !== void 0) {
              let data12 = data11.min_size;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                const err18 = { instancePath: instancePath + "/gate/slices/min_size", schemaPath: "#/properties/gate/properties/slices/properties/min_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.gate.properties.slices.properties.min_size.type, parentSchema: schema11.properties.gate.properties.slices.properties.min_size, data: data12 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (typeof data12 == "number") {
                if (data12 < 1 || isNaN(data12)) {
                  const err19 = { instancePath: instancePath + "/gate/slices/min_size", schemaPath: "#/properties/gate/properties/slices/properties/min_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.gate.properties.slices.properties.min_size, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            }
            if (data11.max_regression !== void 0) {
              let data13 = data11.max_regression;
              const _errs32 = errors;
              let valid8 = false;
              let passing0 = null;
              const _errs33 = errors;
              if (typeof data13 == "number") {
                if (data13 < 0 || isNaN(data13)) {
                  const err20 = { instancePath: instancePath + "/gate/slices/max_regression", schemaPath: "#/definitions/margin/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13.oneOf[0], data: data13 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/gate/slices/max_regression", schemaPath: "#/definitions/margin/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema13.oneOf[0].type, parentSchema: schema13.oneOf[0], data: data13 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              var _valid0 = _errs33 === errors;
              if (_valid0) {
                valid8 = true;
                passing0 = 0;
              }
              const _errs35 = errors;
              if (typeof data13 === "string") {
                if (!pattern0.test(data13)) {
                  const err22 = { instancePath: instancePath + "/gate/slices/max_regression", schemaPath: "#/definitions/margin/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", parentSchema: schema13.oneOf[1], data: data13 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/gate/slices/max_regression", schemaPath: "#/definitions/margin/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.oneOf[1].type, parentSchema: schema13.oneOf[1], data: data13 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              var _valid0 = _errs35 === errors;
              if (_valid0 && valid8) {
                valid8 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid8 = true;
                  passing0 = 1;
                }
              }
              if (!valid8) {
                const err24 = { instancePath: instancePath + "/gate/slices/max_regression", schemaPath: "#/definitions/margin/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema13.oneOf, parentSchema: schema13, data: data13 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              } else {
                errors = _errs32;
                if (vErrors !== null) {
                  if (_errs32) {
                    vErrors.length = _errs32;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data11.metrics !== void 0) {
              let data14 = data11.metrics;
              if (Array.isArray(data14)) {
                const len1 = data14.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data15 = data14[i1];
                  if (typeof data15 !== "string") {
                    const err25 = { instancePath: instancePath + "/gate/slices/metrics/" + i1, schemaPath: "#/properties/gate/properties/slices/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gate.properties.slices.properties.metrics.items.type, parentSchema: schema11.properties.gate.properties.slices.properties.metrics.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/gate/slices/metrics", schemaPath: "#/properties/gate/properties/slices/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gate.properties.slices.properties.metrics.type, parentSchema: schema11.properties.gate.properties.slices.properties.metrics, data: data14 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/gate/slices", schemaPath: "#/properties/gate/properties/slices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.properties.slices.type, parentSchema: schema11.properties.gate.properties.slices, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0.golden !== void 0) {
          let data16 = data0.golden;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.ids === void 0) {
              const err28 = { instancePath: instancePath + "/gate/golden", schemaPath: "#/properties/gate/properties/golden/required", keyword: "required", params: { missingProperty: "ids" }, message: "must have required property 'ids'", schema: schema11.properties.gate.properties.golden.required, parentSchema: schema11.properties.gate.properties.golden, data: data16 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key5 in data16) {
              if (!(key5 === "ids" || key5 === "max_flips")) {
                const err29 = { instancePath: instancePath + "/gate/golden", schemaPath: "#/properties/gate/properties/golden/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gate.properties.golden, data: data16 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data16.ids !== void 0) {
              let data17 = data16.ids;
              if (typeof data17 !== "string") {
                const err30 = { instancePath: instancePath + "/gate/golden/ids", schemaPath: "#/properties/gate/properties/golden/properties/ids/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gate.properties.golden.properties.ids.type, parentSchema: schema11.properties.gate.properties.golden.properties.ids, data: data17 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data16.max_flips !== void 0) {
              let data18 = data16.max_flips;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
                const err31 = { instancePath: instancePath + "/gate/golden/max_flips", schemaPath: "#/properties/gate/properties/golden/properties/max_flips/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.gate.properties.golden.properties.max_flips.type, parentSchema: schema11.properties.gate.properties.golden.properties.max_flips, data: data18 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (typeof data18 == "number") {
                if (data18 < 0 || isNaN(data18)) {
                  const err32 = { instancePath: instancePath + "/gate/golden/max_flips", schemaPath: "#/properties/gate/properties/golden/properties/max_flips/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gate.properties.golden.properties.max_flips, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/gate/golden", schemaPath: "#/properties/gate/properties/golden/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.properties.golden.type, parentSchema: schema11.properties.gate.properties.golden, data: data16 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data0.paired !== void 0) {
          let data19 = data0.paired;
          if (typeof data19 !== "boolean") {
            const err34 = { instancePath: instancePath + "/gate/paired", schemaPath: "#/properties/gate/properties/paired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.gate.properties.paired.type, parentSchema: schema11.properties.gate.properties.paired, data: data19 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gate.type, parentSchema: schema11.properties.gate, data: data0 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.leakage !== void 0) {
      let data20 = data.leakage;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.eval === void 0) {
          const err36 = { instancePath: instancePath + "/leakage", schemaPath: "#/properties/leakage/required", keyword: "required", params: { missingProperty: "eval" }, message: "must have required property 'eval'", schema: schema11.properties.leakage.required, parentSchema: schema11.properties.leakage, data: data20 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key6 in data20) {
          if (!func2.call(schema11.properties.leakage.properties, key6)) {
            const err37 = { instancePath: instancePath + "/leakage", schemaPath: "#/properties/leakage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.leakage, data: data20 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data20.train !== void 0) {
          let data21 = data20.train;
          const _errs54 = errors;
          let valid13 = false;
          let passing1 = null;
          const _errs55 = errors;
          if (typeof data21 === "string") {
            if (func4(data21) < 1) {
              const err38 = { instancePath: instancePath + "/leakage/train", schemaPath: "#/properties/leakage/properties/train/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.train.oneOf[0], data: data21 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/leakage/train", schemaPath: "#/properties/leakage/properties/train/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.train.oneOf[0].type, parentSchema: schema11.properties.leakage.properties.train.oneOf[0], data: data21 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          var _valid1 = _errs55 === errors;
          if (_valid1) {
            valid13 = true;
            passing1 = 0;
          }
          const _errs57 = errors;
          if (Array.isArray(data21)) {
            if (data21.length < 1) {
              const err40 = { instancePath: instancePath + "/leakage/train", schemaPath: "#/properties/leakage/properties/train/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.leakage.properties.train.oneOf[1], data: data21 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            const len2 = data21.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data22 = data21[i2];
              if (typeof data22 === "string") {
                if (func4(data22) < 1) {
                  const err41 = { instancePath: instancePath + "/leakage/train/" + i2, schemaPath: "#/properties/leakage/properties/train/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.train.oneOf[1].items, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/leakage/train/" + i2, schemaPath: "#/properties/leakage/properties/train/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.train.oneOf[1].items.type, parentSchema: schema11.properties.leakage.properties.train.oneOf[1].items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/leakage/train", schemaPath: "#/properties/leakage/properties/train/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.leakage.properties.train.oneOf[1].type, parentSchema: schema11.properties.leakage.properties.train.oneOf[1], data: data21 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          var _valid1 = _errs57 === errors;
          if (_valid1 && valid13) {
            valid13 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid13 = true;
              passing1 = 1;
            }
          }
          if (!valid13) {
            const err44 = { instancePath: instancePath + "/leakage/train", schemaPath: "#/properties/leakage/properties/train/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.leakage.properties.train.oneOf, parentSchema: schema11.properties.leakage.properties.train, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          } else {
            errors = _errs54;
            if (vErrors !== null) {
              if (_errs54) {
                vErrors.length = _errs54;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data20.manifest !== void 0) {
          let data23 = data20.manifest;
          const _errs62 = errors;
          let valid16 = false;
          let passing2 = null;
          const _errs63 = errors;
          if (typeof data23 === "string") {
            if (func4(data23) < 1) {
              const err45 = { instancePath: instancePath + "/leakage/manifest", schemaPath: "#/properties/leakage/properties/manifest/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[0], data: data23 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/leakage/manifest", schemaPath: "#/properties/leakage/properties/manifest/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.manifest.oneOf[0].type, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[0], data: data23 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          var _valid2 = _errs63 === errors;
          if (_valid2) {
            valid16 = true;
            passing2 = 0;
          }
          const _errs65 = errors;
          if (Array.isArray(data23)) {
            if (data23.length < 1) {
              const err47 = { instancePath: instancePath + "/leakage/manifest", schemaPath: "#/properties/leakage/properties/manifest/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[1], data: data23 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            const len3 = data23.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data24 = data23[i3];
              if (typeof data24 === "string") {
                if (func4(data24) < 1) {
                  const err48 = { instancePath: instancePath + "/leakage/manifest/" + i3, schemaPath: "#/properties/leakage/properties/manifest/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[1].items, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/leakage/manifest/" + i3, schemaPath: "#/properties/leakage/properties/manifest/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.manifest.oneOf[1].items.type, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[1].items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/leakage/manifest", schemaPath: "#/properties/leakage/properties/manifest/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.leakage.properties.manifest.oneOf[1].type, parentSchema: schema11.properties.leakage.properties.manifest.oneOf[1], data: data23 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var _valid2 = _errs65 === errors;
          if (_valid2 && valid16) {
            valid16 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid16 = true;
              passing2 = 1;
            }
          }
          if (!valid16) {
            const err51 = { instancePath: instancePath + "/leakage/manifest", schemaPath: "#/properties/leakage/properties/manifest/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.leakage.properties.manifest.oneOf, parentSchema: schema11.properties.leakage.properties.manifest, data: data23 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          } else {
            errors = _errs62;
            if (vErrors !== null) {
              if (_errs62) {
                vErrors.length = _errs62;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data20.eval !== void 0) {
          let data25 = data20.eval;
          if (typeof data25 === "string") {
            if (func4(data25) < 1) {
              const err52 = { instancePath: instancePath + "/leakage/eval", schemaPath: "#/properties/leakage/properties/eval/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.eval, data: data25 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/leakage/eval", schemaPath: "#/properties/leakage/properties/eval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.eval.type, parentSchema: schema11.properties.leakage.properties.eval, data: data25 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data20.key !== void 0) {
          let data26 = data20.key;
          if (typeof data26 === "string") {
            if (func4(data26) < 1) {
              const err54 = { instancePath: instancePath + "/leakage/key", schemaPath: "#/properties/leakage/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.key, data: data26 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/leakage/key", schemaPath: "#/properties/leakage/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.key.type, parentSchema: schema11.properties.leakage.properties.key, data: data26 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data20.text !== void 0) {
          let data27 = data20.text;
          if (typeof data27 === "string") {
            if (func4(data27) < 1) {
              const err56 = { instancePath: instancePath + "/leakage/text", schemaPath: "#/properties/leakage/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.leakage.properties.text, data: data27 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/leakage/text", schemaPath: "#/properties/leakage/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.leakage.properties.text.type, parentSchema: schema11.properties.leakage.properties.text, data: data27 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data20.near_duplicate !== void 0) {
          let data28 = data20.near_duplicate;
          const _errs76 = errors;
          let valid19 = false;
          let passing3 = null;
          const _errs77 = errors;
          if (typeof data28 == "number") {
            if (data28 > 1 || isNaN(data28)) {
              const err58 = { instancePath: instancePath + "/leakage/near_duplicate", schemaPath: "#/properties/leakage/properties/near_duplicate/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.leakage.properties.near_duplicate.oneOf[0], data: data28 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data28 <= 0 || isNaN(data28)) {
              const err59 = { instancePath: instancePath + "/leakage/near_duplicate", schemaPath: "#/properties/leakage/properties/near_duplicate/oneOf/0/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.leakage.properties.near_duplicate.oneOf[0], data: data28 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/leakage/near_duplicate", schemaPath: "#/properties/leakage/properties/near_duplicate/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.leakage.properties.near_duplicate.oneOf[0].type, parentSchema: schema11.properties.leakage.properties.near_duplicate.oneOf[0], data: data28 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          var _valid3 = _errs77 === errors;
          if (_valid3) {
            valid19 = true;
            passing3 = 0;
          }
          const _errs79 = errors;
          if (false !== data28) {
            const err61 = { instancePath: instancePath + "/leakage/near_duplicate", schemaPath: "#/properties/leakage/properties/near_duplicate/oneOf/1/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant", schema: false, parentSchema: schema11.properties.leakage.properties.near_duplicate.oneOf[1], data: data28 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          var _valid3 = _errs79 === errors;
          if (_valid3 && valid19) {
            valid19 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid19 = true;
              passing3 = 1;
            }
          }
          if (!valid19) {
            const err62 = { instancePath: instancePath + "/leakage/near_duplicate", schemaPath: "#/properties/leakage/properties/near_duplicate/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.leakage.properties.near_duplicate.oneOf, parentSchema: schema11.properties.leakage.properties.near_duplicate, data: data28 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          } else {
            errors = _errs76;
            if (vErrors !== null) {
              if (_errs76) {
                vErrors.length = _errs76;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data20.max_ratio !== void 0) {
          let data29 = data20.max_ratio;
          if (typeof data29 == "number") {
            if (data29 > 1 || isNaN(data29)) {
              const err63 = { instancePath: instancePath + "/leakage/max_ratio", schemaPath: "#/properties/leakage/properties/max_ratio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.leakage.properties.max_ratio, data: data29 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data29 < 0 || isNaN(data29)) {
              const err64 = { instancePath: instancePath + "/leakage/max_ratio", schemaPath: "#/properties/leakage/properties/max_ratio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.leakage.properties.max_ratio, data: data29 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/leakage/max_ratio", schemaPath: "#/properties/leakage/properties/max_ratio/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.leakage.properties.max_ratio.type, parentSchema: schema11.properties.leakage.properties.max_ratio, data: data29 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data20.normalisation !== void 0) {
          let data30 = data20.normalisation;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            for (const key7 in data30) {
              if (!(key7 === "nfkc" || key7 === "case_fold" || key7 === "collapse_whitespace" || key7 === "strip_punctuation")) {
                const err66 = { instancePath: instancePath + "/leakage/normalisation", schemaPath: "#/properties/leakage/properties/normalisation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.leakage.properties.normalisation, data: data30 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data30.nfkc !== void 0) {
              let data31 = data30.nfkc;
              if (typeof data31 !== "boolean") {
                const err67 = { instancePath: instancePath + "/leakage/normalisation/nfkc", schemaPath: "#/properties/leakage/properties/normalisation/properties/nfkc/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.leakage.properties.normalisation.properties.nfkc.type, parentSchema: schema11.properties.leakage.properties.normalisation.properties.nfkc, data: data31 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data30.case_fold !== void 0) {
              let data32 = data30.case_fold;
              if (typeof data32 !== "boolean") {
                const err68 = { instancePath: instancePath + "/leakage/normalisation/case_fold", schemaPath: "#/properties/leakage/properties/normalisation/properties/case_fold/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.leakage.properties.normalisation.properties.case_fold.type, parentSchema: schema11.properties.leakage.properties.normalisation.properties.case_fold, data: data32 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data30.collapse_whitespace !== void 0) {
              let data33 = data30.collapse_whitespace;
              if (typeof data33 !== "boolean") {
                const err69 = { instancePath: instancePath + "/leakage/normalisation/collapse_whitespace", schemaPath: "#/properties/leakage/properties/normalisation/properties/collapse_whitespace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.leakage.properties.normalisation.properties.collapse_whitespace.type, parentSchema: schema11.properties.leakage.properties.normalisation.properties.collapse_whitespace, data: data33 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data30.strip_punctuation !== void 0) {
              let data34 = data30.strip_punctuation;
              if (typeof data34 !== "boolean") {
                const err70 = { instancePath: instancePath + "/leakage/normalisation/strip_punctuation", schemaPath: "#/properties/leakage/properties/normalisation/properties/strip_punctuation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.leakage.properties.normalisation.properties.strip_punctuation.type, parentSchema: schema11.properties.leakage.properties.normalisation.properties.strip_punctuation, data: data34 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/leakage/normalisation", schemaPath: "#/properties/leakage/properties/normalisation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.leakage.properties.normalisation.type, parentSchema: schema11.properties.leakage.properties.normalisation, data: data30 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data20.shingle_size !== void 0) {
          let data35 = data20.shingle_size;
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
            const err72 = { instancePath: instancePath + "/leakage/shingle_size", schemaPath: "#/properties/leakage/properties/shingle_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.leakage.properties.shingle_size.type, parentSchema: schema11.properties.leakage.properties.shingle_size, data: data35 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (typeof data35 == "number") {
            if (data35 > 32 || isNaN(data35)) {
              const err73 = { instancePath: instancePath + "/leakage/shingle_size", schemaPath: "#/properties/leakage/properties/shingle_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema11.properties.leakage.properties.shingle_size, data: data35 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data35 < 1 || isNaN(data35)) {
              const err74 = { instancePath: instancePath + "/leakage/shingle_size", schemaPath: "#/properties/leakage/properties/shingle_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.leakage.properties.shingle_size, data: data35 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          }
        }
        if (data20.num_perms !== void 0) {
          let data36 = data20.num_perms;
          if (!(data36 === 16 || data36 === 32 || data36 === 64 || data36 === 128 || data36 === 256 || data36 === 512 || data36 === 1024)) {
            const err75 = { instancePath: instancePath + "/leakage/num_perms", schemaPath: "#/properties/leakage/properties/num_perms/enum", keyword: "enum", params: { allowedValues: schema11.properties.leakage.properties.num_perms.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.leakage.properties.num_perms.enum, parentSchema: schema11.properties.leakage.properties.num_perms, data: data36 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data20.skip_bad_lines !== void 0) {
          let data37 = data20.skip_bad_lines;
          if (typeof data37 !== "boolean") {
            const err76 = { instancePath: instancePath + "/leakage/skip_bad_lines", schemaPath: "#/properties/leakage/properties/skip_bad_lines/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.leakage.properties.skip_bad_lines.type, parentSchema: schema11.properties.leakage.properties.skip_bad_lines, data: data37 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/leakage", schemaPath: "#/properties/leakage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.leakage.type, parentSchema: schema11.properties.leakage, data: data20 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.board !== void 0) {
      let data38 = data.board;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key8 in data38) {
          if (!(key8 === "project" || key8 === "field" || key8 === "wip" || key8 === "wip_mode" || key8 === "labels_only" || key8 === "time_box" || key8 === "min_learnings" || key8 === "fields")) {
            const err78 = { instancePath: instancePath + "/board", schemaPath: "#/properties/board/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.board, data: data38 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data38.project !== void 0) {
          let data39 = data38.project;
          if (typeof data39 === "string") {
            if (!pattern2.test(data39)) {
              const err79 = { instancePath: instancePath + "/board/project", schemaPath: "#/properties/board/properties/project/pattern", keyword: "pattern", params: { pattern: "^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$" }, message: 'must match pattern "^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$"', schema: "^https://[^/]+/(orgs|users)/[A-Za-z0-9-]+/projects/[0-9]+/?(views/[0-9]+/?)?$", parentSchema: schema11.properties.board.properties.project, data: data39 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = { instancePath: instancePath + "/board/project", schemaPath: "#/properties/board/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.board.properties.project.type, parentSchema: schema11.properties.board.properties.project, data: data39 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data38.field !== void 0) {
          let data40 = data38.field;
          if (typeof data40 === "string") {
            if (func4(data40) < 1) {
              const err81 = { instancePath: instancePath + "/board/field", schemaPath: "#/properties/board/properties/field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.board.properties.field, data: data40 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/board/field", schemaPath: "#/properties/board/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.board.properties.field.type, parentSchema: schema11.properties.board.properties.field, data: data40 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data38.wip !== void 0) {
          let data41 = data38.wip;
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            for (const key9 in data41) {
              if (!(key9 === "Backlog" || key9 === "Hypothesis" || key9 === "Experiment" || key9 === "Evaluation" || key9 === "Iteration" || key9 === "Production" || key9 === "Killed")) {
                const err83 = { instancePath: instancePath + "/board/wip", schemaPath: "#/properties/board/properties/wip/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.board.properties.wip, data: data41 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data41.Backlog !== void 0) {
              let data42 = data41.Backlog;
              const _errs110 = errors;
              let valid24 = false;
              let passing4 = null;
              const _errs111 = errors;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
                const err84 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data42 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              if (typeof data42 == "number") {
                if (data42 < 0 || isNaN(data42)) {
                  const err85 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[0], data: data42 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              }
              var _valid4 = _errs111 === errors;
              if (_valid4) {
                valid24 = true;
                passing4 = 0;
              }
              const _errs113 = errors;
              if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                if (data42.limit === void 0) {
                  const err86 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema15.oneOf[1].required, parentSchema: schema15.oneOf[1], data: data42 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                for (const key10 in data42) {
                  if (!(key10 === "limit" || key10 === "mode")) {
                    const err87 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.oneOf[1], data: data42 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data42.limit !== void 0) {
                  let data43 = data42.limit;
                  if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                    const err88 = { instancePath: instancePath + "/board/wip/Backlog/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[1].properties.limit.type, parentSchema: schema15.oneOf[1].properties.limit, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                  if (typeof data43 == "number") {
                    if (data43 < 0 || isNaN(data43)) {
                      const err89 = { instancePath: instancePath + "/board/wip/Backlog/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[1].properties.limit, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  }
                }
                if (data42.mode !== void 0) {
                  let data44 = data42.mode;
                  if (!(data44 === "warn" || data44 === "refuse")) {
                    const err90 = { instancePath: instancePath + "/board/wip/Backlog/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema15.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema15.oneOf[1].properties.mode.enum, parentSchema: schema15.oneOf[1].properties.mode, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
              } else {
                const err91 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data42 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
              var _valid4 = _errs113 === errors;
              if (_valid4 && valid24) {
                valid24 = false;
                passing4 = [passing4, 1];
              } else {
                if (_valid4) {
                  valid24 = true;
                  passing4 = 1;
                }
              }
              if (!valid24) {
                const err92 = { instancePath: instancePath + "/board/wip/Backlog", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data42 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              } else {
                errors = _errs110;
                if (vErrors !== null) {
                  if (_errs110) {
                    vErrors.length = _errs110;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data41.Hypothesis !== void 0) {
              let data45 = data41.Hypothesis;
              const _errs121 = errors;
              let valid27 = false;
              let passing5 = null;
              const _errs122 = errors;
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
                const err93 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data45 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              if (typeof data45 == "number") {
                if (data45 < 0 || isNaN(data45)) {
                  const err94 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[0], data: data45 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
              var _valid5 = _errs122 === errors;
              if (_valid5) {
                valid27 = true;
                passing5 = 0;
              }
              const _errs124 = errors;
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (data45.limit === void 0) {
                  const err95 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema15.oneOf[1].required, parentSchema: schema15.oneOf[1], data: data45 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                for (const key11 in data45) {
                  if (!(key11 === "limit" || key11 === "mode")) {
                    const err96 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.oneOf[1], data: data45 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data45.limit !== void 0) {
                  let data46 = data45.limit;
                  if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
                    const err97 = { instancePath: instancePath + "/board/wip/Hypothesis/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[1].properties.limit.type, parentSchema: schema15.oneOf[1].properties.limit, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                  if (typeof data46 == "number") {
                    if (data46 < 0 || isNaN(data46)) {
                      const err98 = { instancePath: instancePath + "/board/wip/Hypothesis/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[1].properties.limit, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                  }
                }
                if (data45.mode !== void 0) {
                  let data47 = data45.mode;
                  if (!(data47 === "warn" || data47 === "refuse")) {
                    const err99 = { instancePath: instancePath + "/board/wip/Hypothesis/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema15.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema15.oneOf[1].properties.mode.enum, parentSchema: schema15.oneOf[1].properties.mode, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
              } else {
                const err100 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data45 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
              var _valid5 = _errs124 === errors;
              if (_valid5 && valid27) {
                valid27 = false;
                passing5 = [passing5, 1];
              } else {
                if (_valid5) {
                  valid27 = true;
                  passing5 = 1;
                }
              }
              if (!valid27) {
                const err101 = { instancePath: instancePath + "/board/wip/Hypothesis", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data45 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              } else {
                errors = _errs121;
                if (vErrors !== null) {
                  if (_errs121) {
                    vErrors.length = _errs121;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data41.Experiment !== void 0) {
              let data48 = data41.Experiment;
              const _errs132 = errors;
              let valid30 = false;
              let passing6 = null;
              const _errs133 = errors;
              if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)))) {
                const err102 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data48 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
              if (typeof data48 == "number") {
                if (data48 < 0 || isNaN(data48)) {
                  const err103 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[0], data: data48 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              }
              var _valid6 = _errs133 === errors;
              if (_valid6) {
                valid30 = true;
                passing6 = 0;
              }
              const _errs135 = errors;
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48.limit === void 0) {
                  const err104 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema15.oneOf[1].required, parentSchema: schema15.oneOf[1], data: data48 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
                for (const key12 in data48) {
                  if (!(key12 === "limit" || key12 === "mode")) {
                    const err105 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.oneOf[1], data: data48 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data48.limit !== void 0) {
                  let data49 = data48.limit;
                  if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
                    const err106 = { instancePath: instancePath + "/board/wip/Experiment/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[1].properties.limit.type, parentSchema: schema15.oneOf[1].properties.limit, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                  if (typeof data49 == "number") {
                    if (data49 < 0 || isNaN(data49)) {
                      const err107 = { instancePath: instancePath + "/board/wip/Experiment/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[1].properties.limit, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                }
                if (data48.mode !== void 0) {
                  let data50 = data48.mode;
                  if (!(data50 === "warn" || data50 === "refuse")) {
                    const err108 = { instancePath: instancePath + "/board/wip/Experiment/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema15.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema15.oneOf[1].properties.mode.enum, parentSchema: schema15.oneOf[1].properties.mode, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
              } else {
                const err109 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data48 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
              var _valid6 = _errs135 === errors;
              if (_valid6 && valid30) {
                valid30 = false;
                passing6 = [passing6, 1];
              } else {
                if (_valid6) {
                  valid30 = true;
                  passing6 = 1;
                }
              }
              if (!valid30) {
                const err110 = { instancePath: instancePath + "/board/wip/Experiment", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data48 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              } else {
                errors = _errs132;
                if (vErrors !== null) {
                  if (_errs132) {
                    vErrors.length = _errs132;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data41.Evaluation !== void 0) {
              let data51 = data41.Evaluation;
              const _errs143 = errors;
              let valid33 = false;
              let passing7 = null;
              const _errs144 = errors;
              if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)))) {
                const err111 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data51 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
              if (typeof data51 == "number") {
                if (data51 < 0 || isNaN(data51)) {
                  const err112 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[0], data: data51 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              }
              var _valid7 = _errs144 === errors;
              if (_valid7) {
                valid33 = true;
                passing7 = 0;
              }
              const _errs146 = errors;
              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                if (data51.limit === void 0) {
                  const err113 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema15.oneOf[1].required, parentSchema: schema15.oneOf[1], data: data51 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
                for (const key13 in data51) {
                  if (!(key13 === "limit" || key13 === "mode")) {
                    const err114 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.oneOf[1], data: data51 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data51.limit !== void 0) {
                  let data52 = data51.limit;
                  if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)))) {
                    const err115 = { instancePath: instancePath + "/board/wip/Evaluation/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[1].properties.limit.type, parentSchema: schema15.oneOf[1].properties.limit, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                  if (typeof data52 == "number") {
                    if (data52 < 0 || isNaN(data52)) {
                      const err116 = { instancePath: instancePath + "/board/wip/Evaluation/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[1].properties.limit, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  }
                }
                if (data51.mode !== void 0) {
                  let data53 = data51.mode;
                  if (!(data53 === "warn" || data53 === "refuse")) {
                    const err117 = { instancePath: instancePath + "/board/wip/Evaluation/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema15.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema15.oneOf[1].properties.mode.enum, parentSchema: schema15.oneOf[1].properties.mode, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
              } else {
                const err118 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data51 };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
              var _valid7 = _errs146 === errors;
              if (_valid7 && valid33) {
                valid33 = false;
                passing7 = [passing7, 1];
              } else {
                if (_valid7) {
                  valid33 = true;
                  passing7 = 1;
                }
              }
              if (!valid33) {
                const err119 = { instancePath: instancePath + "/board/wip/Evaluation", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data51 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              } else {
                errors = _errs143;
                if (vErrors !== null) {
                  if (_errs143) {
                    vErrors.length = _errs143;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data41.Iteration !== void 0) {
              let data54 = data41.Iteration;
              const _errs154 = errors;
              let valid36 = false;
              let passing8 = null;
              const _errs155 = errors;
              if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)))) {
                const err120 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data54 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
              if (typeof data54 == "number") {
                if (data54 < 0 || isNaN(data54)) {
                  const err121 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[0], data: data54 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              }
              var _valid8 = _errs155 === errors;
              if (_valid8) {
                valid36 = true;
                passing8 = 0;
              }
              const _errs157 = errors;
              if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                if (data54.limit === void 0) {
                  const err122 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema15.oneOf[1].required, parentSchema: schema15.oneOf[1], data: data54 };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
                for (const key14 in data54) {
                  if (!(key14 === "limit" || key14 === "mode")) {
                    const err123 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.oneOf[1], data: data54 };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
                if (data54.limit !== void 0) {
                  let data55 = data54.limit;
                  if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)))) {
                    const err124 = { instancePath: instancePath + "/board/wip/Iteration/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[1].properties.limit.type, parentSchema: schema15.oneOf[1].properties.limit, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                  if (typeof data55 == "number") {
                    if (data55 < 0 || isNaN(data55)) {
                      const err125 = { instancePath: instancePath + "/board/wip/Iteration/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[1].properties.limit, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                  }
                }
                if (data54.mode !== void 0) {
                  let data56 = data54.mode;
                  if (!(data56 === "warn" || data56 === "refuse")) {
                    const err126 = { instancePath: instancePath + "/board/wip/Iteration/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema15.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema15.oneOf[1].properties.mode.enum, parentSchema: schema15.oneOf[1].properties.mode, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
              } else {
                const err127 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data54 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
              var _valid8 = _errs157 === errors;
              if (_valid8 && valid36) {
                valid36 = false;
                passing8 = [passing8, 1];
              } else {
                if (_valid8) {
                  valid36 = true;
                  passing8 = 1;
                }
              }
              if (!valid36) {
                const err128 = { instancePath: instancePath + "/board/wip/Iteration", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data54 };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              } else {
                errors = _errs154;
                if (vErrors !== null) {
                  if (_errs154) {
                    vErrors.length = _errs154;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data41.Production !== void 0) {
              let data57 = data41.Production;
              const _errs165 = errors;
              let valid39 = false;
              let passing9 = null;
              const _errs166 = errors;
              if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)))) {
                const err129 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data57 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
              if (typeof data57 == "number") {
                if (data57 < 0 || isNaN(data57)) {
                  const err130 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[0], data: data57 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
              var _valid9 = _errs166 === errors;
              if (_valid9) {
                valid39 = true;
                passing9 = 0;
              }
              const _errs168 = errors;
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                if (data57.limit === void 0) {
                  const err131 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema15.oneOf[1].required, parentSchema: schema15.oneOf[1], data: data57 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
                for (const key15 in data57) {
                  if (!(key15 === "limit" || key15 === "mode")) {
                    const err132 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.oneOf[1], data: data57 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data57.limit !== void 0) {
                  let data58 = data57.limit;
                  if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)))) {
                    const err133 = { instancePath: instancePath + "/board/wip/Production/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[1].properties.limit.type, parentSchema: schema15.oneOf[1].properties.limit, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                  if (typeof data58 == "number") {
                    if (data58 < 0 || isNaN(data58)) {
                      const err134 = { instancePath: instancePath + "/board/wip/Production/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[1].properties.limit, data: data58 };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                  }
                }
                if (data57.mode !== void 0) {
                  let data59 = data57.mode;
                  if (!(data59 === "warn" || data59 === "refuse")) {
                    const err135 = { instancePath: instancePath + "/board/wip/Production/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema15.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema15.oneOf[1].properties.mode.enum, parentSchema: schema15.oneOf[1].properties.mode, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
              } else {
                const err136 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data57 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
              var _valid9 = _errs168 === errors;
              if (_valid9 && valid39) {
                valid39 = false;
                passing9 = [passing9, 1];
              } else {
                if (_valid9) {
                  valid39 = true;
                  passing9 = 1;
                }
              }
              if (!valid39) {
                const err137 = { instancePath: instancePath + "/board/wip/Production", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data57 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              } else {
                errors = _errs165;
                if (vErrors !== null) {
                  if (_errs165) {
                    vErrors.length = _errs165;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data41.Killed !== void 0) {
              let data60 = data41.Killed;
              const _errs176 = errors;
              let valid42 = false;
              let passing10 = null;
              const _errs177 = errors;
              if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)))) {
                const err138 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[0].type, parentSchema: schema15.oneOf[0], data: data60 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
              if (typeof data60 == "number") {
                if (data60 < 0 || isNaN(data60)) {
                  const err139 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[0], data: data60 };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              }
              var _valid10 = _errs177 === errors;
              if (_valid10) {
                valid42 = true;
                passing10 = 0;
              }
              const _errs179 = errors;
              if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                if (data60.limit === void 0) {
                  const err140 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema15.oneOf[1].required, parentSchema: schema15.oneOf[1], data: data60 };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
                for (const key16 in data60) {
                  if (!(key16 === "limit" || key16 === "mode")) {
                    const err141 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.oneOf[1], data: data60 };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                }
                if (data60.limit !== void 0) {
                  let data61 = data60.limit;
                  if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)))) {
                    const err142 = { instancePath: instancePath + "/board/wip/Killed/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.oneOf[1].properties.limit.type, parentSchema: schema15.oneOf[1].properties.limit, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                  if (typeof data61 == "number") {
                    if (data61 < 0 || isNaN(data61)) {
                      const err143 = { instancePath: instancePath + "/board/wip/Killed/limit", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15.oneOf[1].properties.limit, data: data61 };
                      if (vErrors === null) {
                        vErrors = [err143];
                      } else {
                        vErrors.push(err143);
                      }
                      errors++;
                    }
                  }
                }
                if (data60.mode !== void 0) {
                  let data62 = data60.mode;
                  if (!(data62 === "warn" || data62 === "refuse")) {
                    const err144 = { instancePath: instancePath + "/board/wip/Killed/mode", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/properties/mode/enum", keyword: "enum", params: { allowedValues: schema15.oneOf[1].properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema15.oneOf[1].properties.mode.enum, parentSchema: schema15.oneOf[1].properties.mode, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
              } else {
                const err145 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.oneOf[1].type, parentSchema: schema15.oneOf[1], data: data60 };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
              var _valid10 = _errs179 === errors;
              if (_valid10 && valid42) {
                valid42 = false;
                passing10 = [passing10, 1];
              } else {
                if (_valid10) {
                  valid42 = true;
                  passing10 = 1;
                }
              }
              if (!valid42) {
                const err146 = { instancePath: instancePath + "/board/wip/Killed", schemaPath: "#/properties/board/definitions/wipLimit/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema15.oneOf, parentSchema: schema15, data: data60 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              } else {
                errors = _errs176;
                if (vErrors !== null) {
                  if (_errs176) {
                    vErrors.length = _errs176;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err147 = { instancePath: instancePath + "/board/wip", schemaPath: "#/properties/board/properties/wip/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.board.properties.wip.type, parentSchema: schema11.properties.board.properties.wip, data: data41 };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
        if (data38.wip_mode !== void 0) {
          let data63 = data38.wip_mode;
          if (!(data63 === "warn" || data63 === "refuse")) {
            const err148 = { instancePath: instancePath + "/board/wip_mode", schemaPath: "#/properties/board/properties/wip_mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.board.properties.wip_mode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.board.properties.wip_mode.enum, parentSchema: schema11.properties.board.properties.wip_mode, data: data63 };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        if (data38.labels_only !== void 0) {
          let data64 = data38.labels_only;
          if (typeof data64 !== "boolean") {
            const err149 = { instancePath: instancePath + "/board/labels_only", schemaPath: "#/properties/board/properties/labels_only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.board.properties.labels_only.type, parentSchema: schema11.properties.board.properties.labels_only, data: data64 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
        }
        if (data38.time_box !== void 0) {
          let data65 = data38.time_box;
          if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            for (const key17 in data65) {
              if (!(key17 === "ask")) {
                const err150 = { instancePath: instancePath + "/board/time_box", schemaPath: "#/properties/board/properties/time_box/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.board.properties.time_box, data: data65 };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data65.ask !== void 0) {
              let data66 = data65.ask;
              if (typeof data66 !== "boolean") {
                const err151 = { instancePath: instancePath + "/board/time_box/ask", schemaPath: "#/properties/board/properties/time_box/properties/ask/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.board.properties.time_box.properties.ask.type, parentSchema: schema11.properties.board.properties.time_box.properties.ask, data: data66 };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
          } else {
            const err152 = { instancePath: instancePath + "/board/time_box", schemaPath: "#/properties/board/properties/time_box/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.board.properties.time_box.type, parentSchema: schema11.properties.board.properties.time_box, data: data65 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
        }
        if (data38.min_learnings !== void 0) {
          let data67 = data38.min_learnings;
          if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)))) {
            const err153 = { instancePath: instancePath + "/board/min_learnings", schemaPath: "#/properties/board/properties/min_learnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.board.properties.min_learnings.type, parentSchema: schema11.properties.board.properties.min_learnings, data: data67 };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
          if (typeof data67 == "number") {
            if (data67 < 0 || isNaN(data67)) {
              const err154 = { instancePath: instancePath + "/board/min_learnings", schemaPath: "#/properties/board/properties/min_learnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.board.properties.min_learnings, data: data67 };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          }
        }
        if (data38.fields !== void 0) {
          let data68 = data38.fields;
          if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
            for (const key18 in data68) {
              let data69 = data68[key18];
              if (!(data69 === "metric" || data69 === "goal" || data69 === "baseline" || data69 === "target" || data69 === "latest" || data69 === "budget" || data69 === "compute_used" || data69 === "time_box" || data69 === "mode" || data69 === "gate")) {
                const err155 = { instancePath: instancePath + "/board/fields/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/board/properties/fields/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.board.properties.fields.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.board.properties.fields.additionalProperties.enum, parentSchema: schema11.properties.board.properties.fields.additionalProperties, data: data69 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
          } else {
            const err156 = { instancePath: instancePath + "/board/fields", schemaPath: "#/properties/board/properties/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.board.properties.fields.type, parentSchema: schema11.properties.board.properties.fields, data: data68 };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
      } else {
        const err157 = { instancePath: instancePath + "/board", schemaPath: "#/properties/board/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.board.type, parentSchema: schema11.properties.board, data: data38 };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data70 = data.report;
      if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
        for (const key19 in data70) {
          if (!(key19 === "targets" || key19 === "healthy" || key19 === "sprints" || key19 === "forecast" || key19 === "business" || key19 === "label" || key19 === "title")) {
            const err158 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report, data: data70 };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
        if (data70.targets !== void 0) {
          let data71 = data70.targets;
          if (Array.isArray(data71)) {
            const len4 = data71.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data72 = data71[i4];
              if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                if (data72.metric === void 0) {
                  const err159 = { instancePath: instancePath + "/report/targets/" + i4, schemaPath: "#/properties/report/properties/targets/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema11.properties.report.properties.targets.items.required, parentSchema: schema11.properties.report.properties.targets.items, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                }
                if (data72.goal === void 0) {
                  const err160 = { instancePath: instancePath + "/report/targets/" + i4, schemaPath: "#/properties/report/properties/targets/items/required", keyword: "required", params: { missingProperty: "goal" }, message: "must have required property 'goal'", schema: schema11.properties.report.properties.targets.items.required, parentSchema: schema11.properties.report.properties.targets.items, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
                if (data72.target === void 0) {
                  const err161 = { instancePath: instancePath + "/report/targets/" + i4, schemaPath: "#/properties/report/properties/targets/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema11.properties.report.properties.targets.items.required, parentSchema: schema11.properties.report.properties.targets.items, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
                for (const key20 in data72) {
                  if (!(key20 === "metric" || key20 === "goal" || key20 === "target" || key20 === "baseline" || key20 === "name")) {
                    const err162 = { instancePath: instancePath + "/report/targets/" + i4, schemaPath: "#/properties/report/properties/targets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.targets.items, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err162];
                    } else {
                      vErrors.push(err162);
                    }
                    errors++;
                  }
                }
                if (data72.metric !== void 0) {
                  let data73 = data72.metric;
                  if (typeof data73 === "string") {
                    if (func4(data73) < 1) {
                      const err163 = { instancePath: instancePath + "/report/targets/" + i4 + "/metric", schemaPath: "#/properties/report/properties/targets/items/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.report.properties.targets.items.properties.metric, data: data73 };
                      if (vErrors === null) {
                        vErrors = [err163];
                      } else {
                        vErrors.push(err163);
                      }
                      errors++;
                    }
                  } else {
                    const err164 = { instancePath: instancePath + "/report/targets/" + i4 + "/metric", schemaPath: "#/properties/report/properties/targets/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.targets.items.properties.metric.type, parentSchema: schema11.properties.report.properties.targets.items.properties.metric, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                }
                if (data72.goal !== void 0) {
                  let data74 = data72.goal;
                  if (!(data74 === "maximize" || data74 === "minimize")) {
                    const err165 = { instancePath: instancePath + "/report/targets/" + i4 + "/goal", schemaPath: "#/properties/report/properties/targets/items/properties/goal/enum", keyword: "enum", params: { allowedValues: schema11.properties.report.properties.targets.items.properties.goal.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.report.properties.targets.items.properties.goal.enum, parentSchema: schema11.properties.report.properties.targets.items.properties.goal, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                }
                if (data72.target !== void 0) {
                  let data75 = data72.target;
                  if (!(typeof data75 == "number")) {
                    const err166 = { instancePath: instancePath + "/report/targets/" + i4 + "/target", schemaPath: "#/properties/report/properties/targets/items/properties/target/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.targets.items.properties.target.type, parentSchema: schema11.properties.report.properties.targets.items.properties.target, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err166];
                    } else {
                      vErrors.push(err166);
                    }
                    errors++;
                  }
                }
                if (data72.baseline !== void 0) {
                  let data76 = data72.baseline;
                  if (!(typeof data76 == "number")) {
                    const err167 = { instancePath: instancePath + "/report/targets/" + i4 + "/baseline", schemaPath: "#/properties/report/properties/targets/items/properties/baseline/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.targets.items.properties.baseline.type, parentSchema: schema11.properties.report.properties.targets.items.properties.baseline, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
                if (data72.name !== void 0) {
                  let data77 = data72.name;
                  if (typeof data77 !== "string") {
                    const err168 = { instancePath: instancePath + "/report/targets/" + i4 + "/name", schemaPath: "#/properties/report/properties/targets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.targets.items.properties.name.type, parentSchema: schema11.properties.report.properties.targets.items.properties.name, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                }
              } else {
                const err169 = { instancePath: instancePath + "/report/targets/" + i4, schemaPath: "#/properties/report/properties/targets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.targets.items.type, parentSchema: schema11.properties.report.properties.targets.items, data: data72 };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
          } else {
            const err170 = { instancePath: instancePath + "/report/targets", schemaPath: "#/properties/report/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.report.properties.targets.type, parentSchema: schema11.properties.report.properties.targets, data: data71 };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
        }
        if (data70.healthy !== void 0) {
          let data78 = data70.healthy;
          if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
            for (const key21 in data78) {
              if (!(key21 === "kill_rate" || key21 === "promotion_rate")) {
                const err171 = { instancePath: instancePath + "/report/healthy", schemaPath: "#/properties/report/properties/healthy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.healthy, data: data78 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data78.kill_rate !== void 0) {
              let data79 = data78.kill_rate;
              if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                for (const key22 in data79) {
                  if (!(key22 === "min" || key22 === "max")) {
                    const err172 = { instancePath: instancePath + "/report/healthy/kill_rate", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate, data: data79 };
                    if (vErrors === null) {
                      vErrors = [err172];
                    } else {
                      vErrors.push(err172);
                    }
                    errors++;
                  }
                }
                if (data79.min !== void 0) {
                  let data80 = data79.min;
                  if (typeof data80 == "number") {
                    if (data80 > 1 || isNaN(data80)) {
                      const err173 = { instancePath: instancePath + "/report/healthy/kill_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.min, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                    if (data80 < 0 || isNaN(data80)) {
                      const err174 = { instancePath: instancePath + "/report/healthy/kill_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.min, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                  } else {
                    const err175 = { instancePath: instancePath + "/report/healthy/kill_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.min.type, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.min, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                }
                if (data79.max !== void 0) {
                  let data81 = data79.max;
                  if (typeof data81 == "number") {
                    if (data81 > 1 || isNaN(data81)) {
                      const err176 = { instancePath: instancePath + "/report/healthy/kill_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.max, data: data81 };
                      if (vErrors === null) {
                        vErrors = [err176];
                      } else {
                        vErrors.push(err176);
                      }
                      errors++;
                    }
                    if (data81 < 0 || isNaN(data81)) {
                      const err177 = { instancePath: instancePath + "/report/healthy/kill_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.max, data: data81 };
                      if (vErrors === null) {
                        vErrors = [err177];
                      } else {
                        vErrors.push(err177);
                      }
                      errors++;
                    }
                  } else {
                    const err178 = { instancePath: instancePath + "/report/healthy/kill_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.max.type, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate.properties.max, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
              } else {
                const err179 = { instancePath: instancePath + "/report/healthy/kill_rate", schemaPath: "#/properties/report/properties/healthy/properties/kill_rate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.healthy.properties.kill_rate.type, parentSchema: schema11.properties.report.properties.healthy.properties.kill_rate, data: data79 };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
            if (data78.promotion_rate !== void 0) {
              let data82 = data78.promotion_rate;
              if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                for (const key23 in data82) {
                  if (!(key23 === "min" || key23 === "max")) {
                    const err180 = { instancePath: instancePath + "/report/healthy/promotion_rate", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                if (data82.min !== void 0) {
                  let data83 = data82.min;
                  if (typeof data83 == "number") {
                    if (data83 > 1 || isNaN(data83)) {
                      const err181 = { instancePath: instancePath + "/report/healthy/promotion_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.min, data: data83 };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                    }
                    if (data83 < 0 || isNaN(data83)) {
                      const err182 = { instancePath: instancePath + "/report/healthy/promotion_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.min, data: data83 };
                      if (vErrors === null) {
                        vErrors = [err182];
                      } else {
                        vErrors.push(err182);
                      }
                      errors++;
                    }
                  } else {
                    const err183 = { instancePath: instancePath + "/report/healthy/promotion_rate/min", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.min.type, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.min, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err183];
                    } else {
                      vErrors.push(err183);
                    }
                    errors++;
                  }
                }
                if (data82.max !== void 0) {
                  let data84 = data82.max;
                  if (typeof data84 == "number") {
                    if (data84 > 1 || isNaN(data84)) {
                      const err184 = { instancePath: instancePath + "/report/healthy/promotion_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.max, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err184];
                      } else {
                        vErrors.push(err184);
                      }
                      errors++;
                    }
                    if (data84 < 0 || isNaN(data84)) {
                      const err185 = { instancePath: instancePath + "/report/healthy/promotion_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.max, data: data84 };
                      if (vErrors === null) {
                        vErrors = [err185];
                      } else {
                        vErrors.push(err185);
                      }
                      errors++;
                    }
                  } else {
                    const err186 = { instancePath: instancePath + "/report/healthy/promotion_rate/max", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.max.type, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate.properties.max, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err186];
                    } else {
                      vErrors.push(err186);
                    }
                    errors++;
                  }
                }
              } else {
                const err187 = { instancePath: instancePath + "/report/healthy/promotion_rate", schemaPath: "#/properties/report/properties/healthy/properties/promotion_rate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.healthy.properties.promotion_rate.type, parentSchema: schema11.properties.report.properties.healthy.properties.promotion_rate, data: data82 };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
          } else {
            const err188 = { instancePath: instancePath + "/report/healthy", schemaPath: "#/properties/report/properties/healthy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.healthy.type, parentSchema: schema11.properties.report.properties.healthy, data: data78 };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
        if (data70.sprints !== void 0) {
          let data85 = data70.sprints;
          if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
            for (const key24 in data85) {
              if (!(key24 === "source" || key24 === "field" || key24 === "count")) {
                const err189 = { instancePath: instancePath + "/report/sprints", schemaPath: "#/properties/report/properties/sprints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.sprints, data: data85 };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
            }
            if (data85.source !== void 0) {
              let data86 = data85.source;
              if (!(data86 === "auto" || data86 === "iteration" || data86 === "milestones" || data86 === "iso-week")) {
                const err190 = { instancePath: instancePath + "/report/sprints/source", schemaPath: "#/properties/report/properties/sprints/properties/source/enum", keyword: "enum", params: { allowedValues: schema11.properties.report.properties.sprints.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.report.properties.sprints.properties.source.enum, parentSchema: schema11.properties.report.properties.sprints.properties.source, data: data86 };
                if (vErrors === null) {
                  vErrors = [err190];
                } else {
                  vErrors.push(err190);
                }
                errors++;
              }
            }
            if (data85.field !== void 0) {
              let data87 = data85.field;
              if (typeof data87 !== "string") {
                const err191 = { instancePath: instancePath + "/report/sprints/field", schemaPath: "#/properties/report/properties/sprints/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.sprints.properties.field.type, parentSchema: schema11.properties.report.properties.sprints.properties.field, data: data87 };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            if (data85.count !== void 0) {
              let data88 = data85.count;
              if (!(typeof data88 == "number" && (!(data88 % 1) && !isNaN(data88)))) {
                const err192 = { instancePath: instancePath + "/report/sprints/count", schemaPath: "#/properties/report/properties/sprints/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.report.properties.sprints.properties.count.type, parentSchema: schema11.properties.report.properties.sprints.properties.count, data: data88 };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
              if (typeof data88 == "number") {
                if (data88 > 52 || isNaN(data88)) {
                  const err193 = { instancePath: instancePath + "/report/sprints/count", schemaPath: "#/properties/report/properties/sprints/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52", schema: 52, parentSchema: schema11.properties.report.properties.sprints.properties.count, data: data88 };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
                if (data88 < 2 || isNaN(data88)) {
                  const err194 = { instancePath: instancePath + "/report/sprints/count", schemaPath: "#/properties/report/properties/sprints/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema11.properties.report.properties.sprints.properties.count, data: data88 };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err195 = { instancePath: instancePath + "/report/sprints", schemaPath: "#/properties/report/properties/sprints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.sprints.type, parentSchema: schema11.properties.report.properties.sprints, data: data85 };
            if (vErrors === null) {
              vErrors = [err195];
            } else {
              vErrors.push(err195);
            }
            errors++;
          }
        }
        if (data70.forecast !== void 0) {
          let data89 = data70.forecast;
          if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
            for (const key25 in data89) {
              if (!(key25 === "confidence" || key25 === "horizon")) {
                const err196 = { instancePath: instancePath + "/report/forecast", schemaPath: "#/properties/report/properties/forecast/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.forecast, data: data89 };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
            }
            if (data89.confidence !== void 0) {
              let data90 = data89.confidence;
              if (typeof data90 == "number") {
                if (data90 > 0.99 || isNaN(data90)) {
                  const err197 = { instancePath: instancePath + "/report/forecast/confidence", schemaPath: "#/properties/report/properties/forecast/properties/confidence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.99 }, message: "must be <= 0.99", schema: 0.99, parentSchema: schema11.properties.report.properties.forecast.properties.confidence, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err197];
                  } else {
                    vErrors.push(err197);
                  }
                  errors++;
                }
                if (data90 < 0.5 || isNaN(data90)) {
                  const err198 = { instancePath: instancePath + "/report/forecast/confidence", schemaPath: "#/properties/report/properties/forecast/properties/confidence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.5 }, message: "must be >= 0.5", schema: 0.5, parentSchema: schema11.properties.report.properties.forecast.properties.confidence, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err198];
                  } else {
                    vErrors.push(err198);
                  }
                  errors++;
                }
              } else {
                const err199 = { instancePath: instancePath + "/report/forecast/confidence", schemaPath: "#/properties/report/properties/forecast/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.forecast.properties.confidence.type, parentSchema: schema11.properties.report.properties.forecast.properties.confidence, data: data90 };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            }
            if (data89.horizon !== void 0) {
              let data91 = data89.horizon;
              if (!(typeof data91 == "number" && (!(data91 % 1) && !isNaN(data91)))) {
                const err200 = { instancePath: instancePath + "/report/forecast/horizon", schemaPath: "#/properties/report/properties/forecast/properties/horizon/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.report.properties.forecast.properties.horizon.type, parentSchema: schema11.properties.report.properties.forecast.properties.horizon, data: data91 };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
              if (typeof data91 == "number") {
                if (data91 > 520 || isNaN(data91)) {
                  const err201 = { instancePath: instancePath + "/report/forecast/horizon", schemaPath: "#/properties/report/properties/forecast/properties/horizon/maximum", keyword: "maximum", params: { comparison: "<=", limit: 520 }, message: "must be <= 520", schema: 520, parentSchema: schema11.properties.report.properties.forecast.properties.horizon, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                }
                if (data91 < 1 || isNaN(data91)) {
                  const err202 = { instancePath: instancePath + "/report/forecast/horizon", schemaPath: "#/properties/report/properties/forecast/properties/horizon/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.report.properties.forecast.properties.horizon, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err202];
                  } else {
                    vErrors.push(err202);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err203 = { instancePath: instancePath + "/report/forecast", schemaPath: "#/properties/report/properties/forecast/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.forecast.type, parentSchema: schema11.properties.report.properties.forecast, data: data89 };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
        }
        if (data70.business !== void 0) {
          let data92 = data70.business;
          if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
            if (data92.per_point === void 0) {
              const err204 = { instancePath: instancePath + "/report/business", schemaPath: "#/properties/report/properties/business/required", keyword: "required", params: { missingProperty: "per_point" }, message: "must have required property 'per_point'", schema: schema11.properties.report.properties.business.required, parentSchema: schema11.properties.report.properties.business, data: data92 };
              if (vErrors === null) {
                vErrors = [err204];
              } else {
                vErrors.push(err204);
              }
              errors++;
            }
            if (data92.unit === void 0) {
              const err205 = { instancePath: instancePath + "/report/business", schemaPath: "#/properties/report/properties/business/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: schema11.properties.report.properties.business.required, parentSchema: schema11.properties.report.properties.business, data: data92 };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
            for (const key26 in data92) {
              if (!(key26 === "per_point" || key26 === "unit" || key26 === "point")) {
                const err206 = { instancePath: instancePath + "/report/business", schemaPath: "#/properties/report/properties/business/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.report.properties.business, data: data92 };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
            }
            if (data92.per_point !== void 0) {
              let data93 = data92.per_point;
              if (!(typeof data93 == "number")) {
                const err207 = { instancePath: instancePath + "/report/business/per_point", schemaPath: "#/properties/report/properties/business/properties/per_point/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.business.properties.per_point.type, parentSchema: schema11.properties.report.properties.business.properties.per_point, data: data93 };
                if (vErrors === null) {
                  vErrors = [err207];
                } else {
                  vErrors.push(err207);
                }
                errors++;
              }
            }
            if (data92.unit !== void 0) {
              let data94 = data92.unit;
              if (typeof data94 === "string") {
                if (func4(data94) < 1) {
                  const err208 = { instancePath: instancePath + "/report/business/unit", schemaPath: "#/properties/report/properties/business/properties/unit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.report.properties.business.properties.unit, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err208];
                  } else {
                    vErrors.push(err208);
                  }
                  errors++;
                }
              } else {
                const err209 = { instancePath: instancePath + "/report/business/unit", schemaPath: "#/properties/report/properties/business/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.business.properties.unit.type, parentSchema: schema11.properties.report.properties.business.properties.unit, data: data94 };
                if (vErrors === null) {
                  vErrors = [err209];
                } else {
                  vErrors.push(err209);
                }
                errors++;
              }
            }
            if (data92.point !== void 0) {
              let data95 = data92.point;
              if (typeof data95 == "number") {
                if (data95 <= 0 || isNaN(data95)) {
                  const err210 = { instancePath: instancePath + "/report/business/point", schemaPath: "#/properties/report/properties/business/properties/point/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.report.properties.business.properties.point, data: data95 };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
              } else {
                const err211 = { instancePath: instancePath + "/report/business/point", schemaPath: "#/properties/report/properties/business/properties/point/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.report.properties.business.properties.point.type, parentSchema: schema11.properties.report.properties.business.properties.point, data: data95 };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
          } else {
            const err212 = { instancePath: instancePath + "/report/business", schemaPath: "#/properties/report/properties/business/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.properties.business.type, parentSchema: schema11.properties.report.properties.business, data: data92 };
            if (vErrors === null) {
              vErrors = [err212];
            } else {
              vErrors.push(err212);
            }
            errors++;
          }
        }
        if (data70.label !== void 0) {
          let data96 = data70.label;
          if (typeof data96 === "string") {
            if (func4(data96) < 1) {
              const err213 = { instancePath: instancePath + "/report/label", schemaPath: "#/properties/report/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.report.properties.label, data: data96 };
              if (vErrors === null) {
                vErrors = [err213];
              } else {
                vErrors.push(err213);
              }
              errors++;
            }
          } else {
            const err214 = { instancePath: instancePath + "/report/label", schemaPath: "#/properties/report/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.label.type, parentSchema: schema11.properties.report.properties.label, data: data96 };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
        }
        if (data70.title !== void 0) {
          let data97 = data70.title;
          if (typeof data97 === "string") {
            if (func4(data97) < 1) {
              const err215 = { instancePath: instancePath + "/report/title", schemaPath: "#/properties/report/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.report.properties.title, data: data97 };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
          } else {
            const err216 = { instancePath: instancePath + "/report/title", schemaPath: "#/properties/report/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.report.properties.title.type, parentSchema: schema11.properties.report.properties.title, data: data97 };
            if (vErrors === null) {
              vErrors = [err216];
            } else {
              vErrors.push(err216);
            }
            errors++;
          }
        }
      } else {
        const err217 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.report.type, parentSchema: schema11.properties.report, data: data70 };
        if (vErrors === null) {
          vErrors = [err217];
        } else {
          vErrors.push(err217);
        }
        errors++;
      }
    }
  } else {
    const err218 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err218];
    } else {
      vErrors.push(err218);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var schema1 = validate13;
var schema22 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://sprintlab.dev/schemas/eval-results.schema.json", "title": "Sprintlab eval results (sprintlab.eval/v1)", "description": 'One JSON object: {"format": "sprintlab.eval/v1", "runs": [{"seed": 1, "metrics": {"accuracy": 0.91}}]}.', "type": "object", "required": ["format", "runs"], "properties": { "format": { "const": "sprintlab.eval/v1", "description": 'Set "format": "sprintlab.eval/v1".' }, "model": { "type": "string", "description": "The model or system evaluated." }, "dataset": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "version": { "type": "string", "description": "A content hash or version tag; results on different versions are not comparable." } } }, "runs": { "type": "array", "minItems": 1, "description": 'One entry per seed: add at least one run such as {"seed": 1, "metrics": {"accuracy": 0.91}}.', "items": { "type": "object", "required": ["seed", "metrics"], "properties": { "seed": { "type": ["integer", "string"], "description": "The seed of this run (unique within the file)." }, "metrics": { "type": "object", "minProperties": 1, "description": 'Metric name -> finite number, e.g. {"accuracy": 0.91}.', "additionalProperties": { "type": "number" } }, "slices": { "type": "object", "description": "Slice name -> {n, metrics}.", "additionalProperties": { "type": "object", "required": ["metrics"], "properties": { "n": { "type": "integer", "minimum": 0, "description": "Number of eval items in the slice." }, "metrics": { "type": "object", "additionalProperties": { "type": "number" } } } } }, "examples": { "type": "string", "description": "Path, relative to the results file, of a JSONL file with one row per eval item." } } } } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.runs === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'", schema: schema22.required, parentSchema: schema22, data };
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
        const err2 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "sprintlab.eval/v1" }, message: "must be equal to constant", schema: "sprintlab.eval/v1", parentSchema: schema22.properties.format, data: data0 };
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
        const err3 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.model.type, parentSchema: schema22.properties.model, data: data1 };
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
          const err4 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema22.properties.dataset.required, parentSchema: schema22.properties.dataset, data: data2 };
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
            const err5 = { instancePath: instancePath + "/dataset/name", schemaPath: "#/properties/dataset/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.dataset.properties.name.type, parentSchema: schema22.properties.dataset.properties.name, data: data3 };
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
            const err6 = { instancePath: instancePath + "/dataset/version", schemaPath: "#/properties/dataset/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.dataset.properties.version.type, parentSchema: schema22.properties.dataset.properties.version, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.dataset.type, parentSchema: schema22.properties.dataset, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.runs !== void 0) {
      let data5 = data.runs;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err8 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22.properties.runs, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.seed === void 0) {
              const err9 = { instancePath: instancePath + "/runs/" + i0, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "seed" }, message: "must have required property 'seed'", schema: schema22.properties.runs.items.required, parentSchema: schema22.properties.runs.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data6.metrics === void 0) {
              const err10 = { instancePath: instancePath + "/runs/" + i0, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema22.properties.runs.items.required, parentSchema: schema22.properties.runs.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data6.seed !== void 0) {
              let data7 = data6.seed;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7))) && typeof data7 !== "string") {
                const err11 = { instancePath: instancePath + "/runs/" + i0 + "/seed", schemaPath: "#/properties/runs/items/properties/seed/type", keyword: "type", params: { type: schema22.properties.runs.items.properties.seed.type }, message: "must be integer,string", schema: schema22.properties.runs.items.properties.seed.type, parentSchema: schema22.properties.runs.items.properties.seed, data: data7 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data6.metrics !== void 0) {
              let data8 = data6.metrics;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (Object.keys(data8).length < 1) {
                  const err12 = { instancePath: instancePath + "/runs/" + i0 + "/metrics", schemaPath: "#/properties/runs/items/properties/metrics/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema22.properties.runs.items.properties.metrics, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                for (const key0 in data8) {
                  let data9 = data8[key0];
                  if (!(typeof data9 == "number")) {
                    const err13 = { instancePath: instancePath + "/runs/" + i0 + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runs/items/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema22.properties.runs.items.properties.metrics.additionalProperties.type, parentSchema: schema22.properties.runs.items.properties.metrics.additionalProperties, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/runs/" + i0 + "/metrics", schemaPath: "#/properties/runs/items/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.runs.items.properties.metrics.type, parentSchema: schema22.properties.runs.items.properties.metrics, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data6.slices !== void 0) {
              let data10 = data6.slices;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key1 in data10) {
                  let data11 = data10[key1];
                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    if (data11.metrics === void 0) {
                      const err15 = { instancePath: instancePath + "/runs/" + i0 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema22.properties.runs.items.properties.slices.additionalProperties.required, parentSchema: schema22.properties.runs.items.properties.slices.additionalProperties, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                    if (data11.n !== void 0) {
                      let data12 = data11.n;
                      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                        const err16 = { instancePath: instancePath + "/runs/" + i0 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/n", schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema22.properties.runs.items.properties.slices.additionalProperties.properties.n.type, parentSchema: schema22.properties.runs.items.properties.slices.additionalProperties.properties.n, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                      if (typeof data12 == "number") {
                        if (data12 < 0 || isNaN(data12)) {
                          const err17 = { instancePath: instancePath + "/runs/" + i0 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/n", schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema22.properties.runs.items.properties.slices.additionalProperties.properties.n, data: data12 };
                          if (vErrors === null) {
                            vErrors = [err17];
                          } else {
                            vErrors.push(err17);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data11.metrics !== void 0) {
                      let data13 = data11.metrics;
                      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                        for (const key2 in data13) {
                          let data14 = data13[key2];
                          if (!(typeof data14 == "number")) {
                            const err18 = { instancePath: instancePath + "/runs/" + i0 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema22.properties.runs.items.properties.slices.additionalProperties.properties.metrics.additionalProperties.type, parentSchema: schema22.properties.runs.items.properties.slices.additionalProperties.properties.metrics.additionalProperties, data: data14 };
                            if (vErrors === null) {
                              vErrors = [err18];
                            } else {
                              vErrors.push(err18);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err19 = { instancePath: instancePath + "/runs/" + i0 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/metrics", schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.runs.items.properties.slices.additionalProperties.properties.metrics.type, parentSchema: schema22.properties.runs.items.properties.slices.additionalProperties.properties.metrics, data: data13 };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/runs/" + i0 + "/slices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runs/items/properties/slices/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.runs.items.properties.slices.additionalProperties.type, parentSchema: schema22.properties.runs.items.properties.slices.additionalProperties, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/runs/" + i0 + "/slices", schemaPath: "#/properties/runs/items/properties/slices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.runs.items.properties.slices.type, parentSchema: schema22.properties.runs.items.properties.slices, data: data10 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data6.examples !== void 0) {
              let data15 = data6.examples;
              if (typeof data15 !== "string") {
                const err22 = { instancePath: instancePath + "/runs/" + i0 + "/examples", schemaPath: "#/properties/runs/items/properties/examples/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.runs.items.properties.examples.type, parentSchema: schema22.properties.runs.items.properties.examples, data: data15 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/runs/" + i0, schemaPath: "#/properties/runs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.runs.items.type, parentSchema: schema22.properties.runs.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.runs.type, parentSchema: schema22.properties.runs, data: data5 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var byId = { "https://sprintlab.dev/schemas/sprintlab.config.schema.json": schema0, "https://sprintlab.dev/schemas/eval-results.schema.json": schema1 };
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
    case "type": {
      const types = String(error.params.type).split(",");
      const words = source.positions ? YAML_TYPE_WORDS : JSON_TYPE_WORDS;
      problem = {
        message: `expected ${types.join(" or ")}, found ${describeValue(error.data)}`,
        fix: `write ${types.map((t) => words[t] ?? t).join(" or ")} here${schema.description ? `: ${lowerFirst(schema.description.replace(/\.$/, ""))}` : ""}`
      };
      break;
    }
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
    case "anyOf":
      problem = {
        message: `${describeValue(error.data)} is not valid here`,
        fix: schema.description ?? "see the configuration reference"
      };
      break;
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
var DEFAULT_CONFIG_PATH = ".github/sprintlab.yml";
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
  DEFAULT_CONFIG_PATH,
  parseConfig,
  loadConfigFile
};
