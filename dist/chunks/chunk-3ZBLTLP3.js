import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  kindVerdict,
  skippedMessage,
  skippedVerdict
} from "./chunk-M7BJJRNN.js";
import {
  escapeCell
} from "./chunk-A6CPINGI.js";

// src/core/render/leakage.ts
var TITLE = {
  exact_id: "Same id",
  exact_content: "Same normalised text",
  near_duplicate: "Near-duplicate"
};
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var pct = (r) => `${Number((r * 100).toPrecision(3))}%`;
function renderLeakageMarkdown(report) {
  const out = [];
  const verdict = report.verdict;
  out.push(`## ${ICON[verdict]} Leakage check: ${verdict}`, "");
  out.push(
    `${report.eval_items.toLocaleString("en-US")} eval items checked against ${report.train_items.toLocaleString("en-US")} training rows (${report.skipped_lines.toLocaleString("en-US")} unreadable rows skipped); allowed leaked ratio per kind: ${pct(report.max_ratio)}.`
  );
  if (skippedVerdict(report) === "fail") out.push("", `${ICON.fail} ${skippedMessage(report)}`);
  out.push("", "| kind | eval items | ratio | status |", "| --- | ---: | ---: | --- |");
  const kinds = ["exact_id", "exact_content", "near_duplicate"];
  for (const kind of kinds) {
    const f = report.findings[kind];
    if (kind === "near_duplicate" && report.findings.near_duplicate.threshold === null) {
      out.push(`| ${TITLE[kind]} | \u2013 | \u2013 | off |`);
      continue;
    }
    const label = kind === "near_duplicate" ? `${TITLE[kind]} (Jaccard \u2265 ${report.findings.near_duplicate.threshold})` : TITLE[kind];
    const status = kindVerdict(f, report.max_ratio);
    out.push(`| ${label} | ${f.count} | ${pct(f.ratio)} | ${ICON[status]} ${status} |`);
  }
  for (const kind of kinds) {
    const f = report.findings[kind];
    if (f.examples.length === 0) continue;
    const near = kind === "near_duplicate";
    out.push(
      "",
      `### ${TITLE[kind]} (${f.examples.length === f.count ? f.count : `first ${f.examples.length} of ${f.count}`})`,
      ""
    );
    out.push(near ? "| eval id | train id | where | similarity |" : "| eval id | train id | where |");
    out.push(near ? "| --- | --- | --- | ---: |" : "| --- | --- | --- |");
    for (const e of f.examples) {
      const cells = [
        escapeCell(e.eval_id),
        e.train_id === null ? "\u2013" : escapeCell(e.train_id),
        escapeCell(`${e.train_file}:${e.train_line}`)
      ];
      if (near) cells.push(e.similarity === void 0 ? "\u2013" : e.similarity.toFixed(3));
      out.push(`| ${cells.join(" | ")} |`);
    }
  }
  if (verdict === "fail") {
    out.push(
      "",
      "Eval items found in the training data make the eval numbers optimistic. Remove the listed rows from the training data (or the items from the eval set), rebuild any manifest, and re-run the check."
    );
  }
  return `${out.join("\n")}
`;
}
var renderLeakageJson = (report) => `${JSON.stringify(report, null, 2)}
`;

export {
  renderLeakageMarkdown,
  renderLeakageJson
};
