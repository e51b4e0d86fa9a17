import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  assertValid,
  parseYaml,
  yamlPositions
} from "./chunk-AWAPHEWI.js";
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

// src/io/read-text.ts
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
  DEFAULT_CONFIG_PATH,
  parseConfig,
  loadConfigFile
};
