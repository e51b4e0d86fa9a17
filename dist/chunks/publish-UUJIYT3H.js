import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  artifactMismatch,
  deniedWrites,
  postGateReport,
  pullHeadSha,
  reviveReportNumbers
} from "./chunk-GAPBDFU7.js";
import {
  readEvent,
  workflowRunOf
} from "./chunk-WBS5LJ4R.js";
import {
  renderGateMarkdown
} from "./chunk-JCBSV2NF.js";
import "./chunk-EVR6WTBQ.js";
import "./chunk-Z6Y7D5CL.js";
import {
  createGitHub
} from "./chunk-T427DO23.js";
import "./chunk-NUXY54RL.js";
import {
  workspaceFile
} from "./chunk-GS2HNZYB.js";
import "./chunk-MI43LEGC.js";
import "./chunk-Z5MP7C47.js";
import "./chunk-A6CPINGI.js";
import {
  assertValid
} from "./chunk-AWAPHEWI.js";
import "./chunk-6VVURFHU.js";
import {
  ExitCode,
  InputError
} from "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";

// src/action/commands/publish.ts
import { resolve } from "node:path";

// src/io/gate-artifact.ts
import { readFile } from "node:fs/promises";

// schemas/gate-artifact.schema.json
var gate_artifact_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://sprintlab.dev/schemas/gate-artifact.schema.json",
  title: "Sprintlab gate artifact (sprintlab.gate-artifact/v1)",
  description: "What the gate on a fork pull request hands to the publishing workflow: the pull request it graded and the sprintlab.gate-report/v1 it computed.",
  type: "object",
  required: [
    "format",
    "pull_request",
    "report"
  ],
  additionalProperties: false,
  properties: {
    format: {
      const: "sprintlab.gate-artifact/v1"
    },
    pull_request: {
      type: "object",
      required: [
        "number",
        "head_sha"
      ],
      additionalProperties: false,
      properties: {
        number: {
          type: "integer",
          minimum: 1
        },
        head_sha: {
          type: "string",
          pattern: "^[0-9a-f]{40}$"
        }
      }
    },
    report: {
      $ref: "#/definitions/report"
    }
  },
  definitions: {
    status: {
      enum: [
        "pass",
        "warn",
        "fail",
        "insufficient_data"
      ]
    },
    text: {
      type: "string",
      maxLength: 1e4
    },
    number: {
      type: [
        "number",
        "null"
      ]
    },
    sideStats: {
      type: "object",
      required: [
        "n",
        "mean",
        "std"
      ],
      properties: {
        n: {
          type: "integer",
          minimum: 0
        },
        mean: {
          $ref: "#/definitions/number"
        },
        std: {
          $ref: "#/definitions/number"
        }
      }
    },
    side: {
      type: "object",
      required: [
        "n_runs",
        "source"
      ],
      properties: {
        ref: {
          type: "string",
          maxLength: 100
        },
        n_runs: {
          type: "integer",
          minimum: 0
        },
        source: {
          $ref: "#/definitions/text"
        },
        sha256: {
          type: "string",
          maxLength: 64
        },
        model: {
          $ref: "#/definitions/text"
        },
        dataset: {
          type: "object",
          required: [
            "name"
          ],
          properties: {
            name: {
              $ref: "#/definitions/text"
            },
            version: {
              $ref: "#/definitions/text"
            }
          }
        }
      }
    },
    check: {
      type: "object",
      required: [
        "id",
        "kind",
        "status",
        "blocking",
        "message"
      ],
      properties: {
        id: {
          $ref: "#/definitions/text"
        },
        kind: {
          enum: [
            "threshold",
            "regression",
            "slice",
            "golden",
            "consistency",
            "leakage",
            "comparability"
          ]
        },
        status: {
          $ref: "#/definitions/status"
        },
        blocking: {
          type: "boolean"
        },
        metric: {
          $ref: "#/definitions/text"
        },
        slice: {
          $ref: "#/definitions/text"
        },
        baseline: {
          $ref: "#/definitions/sideStats"
        },
        candidate: {
          $ref: "#/definitions/sideStats"
        },
        delta: {
          $ref: "#/definitions/number"
        },
        margin: {
          $ref: "#/definitions/number"
        },
        improvement: {
          type: "boolean"
        },
        message: {
          $ref: "#/definitions/text"
        },
        flips: {
          type: "array",
          items: {
            type: "object",
            required: [
              "id",
              "seeds"
            ],
            properties: {
              id: {
                $ref: "#/definitions/text"
              },
              seeds: {
                type: "array",
                items: {
                  $ref: "#/definitions/text"
                }
              }
            }
          }
        },
        test: {
          type: "object",
          required: [
            "alternative",
            "p_value",
            "p_improvement"
          ],
          properties: {
            alternative: {
              enum: [
                "less",
                "greater"
              ]
            },
            p_value: {
              $ref: "#/definitions/number"
            },
            p_adjusted: {
              $ref: "#/definitions/number"
            },
            p_improvement: {
              $ref: "#/definitions/number"
            },
            p_improvement_adjusted: {
              $ref: "#/definitions/number"
            }
          }
        },
        threshold: {
          type: "object",
          properties: {
            min: {
              $ref: "#/definitions/number"
            },
            max: {
              $ref: "#/definitions/number"
            }
          }
        }
      }
    },
    report: {
      type: "object",
      required: [
        "format",
        "verdict",
        "baseline",
        "candidate",
        "alpha",
        "correction",
        "checks",
        "notes"
      ],
      properties: {
        format: {
          const: "sprintlab.gate-report/v1"
        },
        verdict: {
          $ref: "#/definitions/status"
        },
        baseline: {
          $ref: "#/definitions/side"
        },
        candidate: {
          $ref: "#/definitions/side"
        },
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1
        },
        correction: {
          enum: [
            "holm",
            "none"
          ]
        },
        checks: {
          type: "array",
          items: {
            $ref: "#/definitions/check"
          }
        },
        notes: {
          type: "array",
          items: {
            $ref: "#/definitions/text"
          }
        },
        config: {
          type: "object",
          required: [
            "path",
            "used"
          ],
          properties: {
            path: {
              $ref: "#/definitions/text"
            },
            used: {
              enum: [
                "base",
                "checkout"
              ]
            },
            base_ref: {
              type: "string",
              maxLength: 100
            },
            base_sha256: {
              type: "string",
              maxLength: 64
            },
            checkout_sha256: {
              type: "string",
              maxLength: 64
            },
            changed: {
              type: "array",
              items: {
                $ref: "#/definitions/text"
              }
            }
          }
        }
      }
    }
  }
};

// src/io/gate-artifact.ts
var ARTIFACT_MAX_BYTES = 16 * 1024 * 1024;
async function readGateArtifact(root, path) {
  const file = await workspaceFile(root, path, { key: "artifact", maxBytes: ARTIFACT_MAX_BYTES });
  const fix = 'download the artifact the gate uploaded (actions/download-artifact with run-id) and point "artifact" at its gate-artifact.json';
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new InputError("the gate artifact was not found", { file: path, field: "artifact", fix });
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError("the gate artifact is not valid JSON", { file: path, field: "artifact", fix });
  }
  assertValid(gate_artifact_schema_default, data, { file: path }, "the gate artifact");
  return JSON.parse(text, reviveReportNumbers);
}

// src/action/commands/publish.ts
var DEFAULT_ARTIFACT_PATH = "sprintlab-gate/gate-artifact.json";
var publish = async (ctx) => {
  const run = ctx.eventName === "workflow_run" ? workflowRunOf(readEvent(ctx)) : void 0;
  if (!run) {
    throw new InputError(`command: publish runs on workflow_run events, not "${ctx.eventName || "local"}"`, {
      fix: 'use it in a workflow "on: workflow_run" of the gate workflow (see examples/workflows/eval-gate-publish.yml)'
    });
  }
  const token = ctx.input("github-token").trim();
  if (!ctx.repository || !token) {
    throw new InputError("no github-token (or GITHUB_REPOSITORY) to post the report with", {
      field: "github-token",
      fix: 'keep github-token at its default and grant "pull-requests: write" and "checks: write"'
    });
  }
  const artifactPath = ctx.input("artifact").trim() || DEFAULT_ARTIFACT_PATH;
  const artifact = await readGateArtifact(resolve(ctx.workspace), artifactPath);
  const gh = createGitHub({ token, baseUrl: ctx.apiUrl });
  const pullHead = await pullHeadSha(gh, ctx.repository, artifact.pull_request.number);
  const mismatch = artifactMismatch(artifact, run.headSha, pullHead);
  if (mismatch) {
    throw new InputError(`the gate artifact is not published: ${mismatch}`, {
      file: artifactPath,
      field: "artifact",
      fix: "publish only the artifact of the run that triggered this workflow (actions/download-artifact with run-id: github.event.workflow_run.id)"
    });
  }
  const { report } = artifact;
  const pull = { number: artifact.pull_request.number, headSha: run.headSha };
  const comment = ctx.input("comment").trim() === "" ? true : ctx.booleanInput("comment");
  const outcome = await postGateReport(ctx, { token, comment }, report, pull);
  const denied = outcome && deniedWrites(outcome);
  if (denied) {
    throw new InputError(`the token may not write ${denied}`, {
      field: "github-token",
      fix: 'grant the publishing workflow "pull-requests: write", "issues: write" and "checks: write"'
    });
  }
  ctx.setOutput("verdict", report.verdict);
  const markdown = renderGateMarkdown(report);
  await ctx.summary(markdown);
  ctx.report(markdown);
  return ExitCode.ok;
};
export {
  DEFAULT_ARTIFACT_PATH,
  publish
};
