import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  withoutTrailingZeros
} from "./chunk-MI43LEGC.js";
import {
  escapeCell,
  escapeText,
  hiddenBlock,
  quoteBlock
} from "./chunk-A6CPINGI.js";

// src/core/render/status.ts
var STATUS_BLOCK = "status-report";
var LIST_CAP = 25;
var TABLE_CAP = 15;
var LEARNING_CHARS = 600;
function formatValue(v) {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return "0";
  return String(Number(v.toPrecision(4)));
}
var pct = (r) => `${Math.round(r * 100)} %`;
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var signed = (v) => `${v >= 0 ? "+" : "\u2212"}${String(Number(Math.abs(v).toPrecision(3)))}`;
var issueLink = (i) => `[#${i.number}](${i.url}) ${escapeCell(i.title)}`;
var shortLink = (i) => `[#${i.number}](${i.url})`;
function linkList(refs, cap = LIST_CAP, link = shortLink) {
  if (refs.length === 0) return "\u2014";
  const shown = refs.slice(0, cap).map(link).join(", ");
  return refs.length > cap ? `${shown} and ${refs.length - cap} more` : shown;
}
function sprints(n) {
  if (n < 0.5) return "this sprint";
  const k = Math.round(n);
  return `~${plural(k, "sprint")}`;
}
var perSprint = (fit, goal) => `${signed(goal === "minimize" ? -fit.improvementPerSprint : fit.improvementPerSprint)} per sprint`;
function etaText(f, horizon, goal = "maximize") {
  switch (f.status) {
    case "reached":
      return "target reached";
    case "insufficient_data":
      return `trend: insufficient data (${f.reason})`;
    case "stalled":
      return f.reason === "flat_or_falling" ? `stalled: flat or ${goal === "minimize" ? "rising" : "falling"} (${perSprint(f.fit, goal)})` : `stalled: at ${perSprint(f.fit, goal)} the target is over ${horizon} sprints away`;
    case "on_track": {
      const point = sprints(f.eta);
      if (f.etaLow === void 0) return `target in ${point} (range needs 3 sprints of data)`;
      const low = Math.floor(f.etaLow);
      if (f.etaHigh === void 0) {
        return low === 0 ? `target in ${point}, but the range is too wide to call (this sprint to over ${horizon})` : `target in ${point}, likely ${low} or more (over ${horizon} at the slow end)`;
      }
      const high = Math.max(Math.ceil(f.etaHigh), low, 1);
      return low === 0 ? `target in ${point}, likely within ${plural(high, "sprint")}` : `target in ${point}, likely ${low}\u2013${high}`;
    }
  }
}
function healthMark(h) {
  return h.health === "healthy" ? "\u2705 healthy" : h.health === "low" ? "\u26A0\uFE0F below range" : h.health === "high" ? "\u26A0\uFE0F above range" : "\u2014";
}
function summaryLine(r, horizon) {
  const t = r.targets[0];
  const s = r.thisSprint;
  const sprintPart = `this sprint: ${s.promoted.length} promoted, ${s.killed.length} killed, ${s.iterated.length} iterated, ${s.active.length} active`;
  if (!t)
    return `**No targets tracked yet** (add \`report.targets\` to .github/sprintlab.yml) \xB7 ${sprintPart}`;
  const metric = escapeText(t.target.metric);
  const best = t.best ? `**${metric} ${formatValue(t.best.value)}** (best, ${shortLink(t.best.issue)})` : `**${metric}: no values logged yet**`;
  const slope = t.forecast.status === "on_track" || t.forecast.status === "reached" && t.forecast.fit ? ` \xB7 ${perSprint(t.forecast.status === "on_track" ? t.forecast.fit : t.forecast.fit, t.target.goal)}` : "";
  return `${best} vs target **${formatValue(t.target.target)}**${slope} \xB7 ${etaText(t.forecast, horizon, t.target.goal)} \xB7 ${sprintPart}`;
}
function businessLine(r) {
  const b = r.business;
  if (!b) return void 0;
  const unit = escapeText(b.unit);
  const gain = `${signed(b.gainPoints)} points over the baseline \u2248 **${formatValue(Math.round(b.gainValue))} ${unit}**`;
  const rest = b.remainingPoints > 0 ? `; reaching the target would add \u2248 ${formatValue(Math.round(b.remainingValue))} more` : "";
  return `Business impact: ${gain}${rest} (1 point = ${formatValue(b.point)}).`;
}
function mermaidNumber(v) {
  const text = formatValue(v);
  if (!/e/i.test(text)) return text;
  if (Math.abs(v) >= 1e21) return BigInt(Number(v.toPrecision(4))).toString();
  const digits = Math.min(100, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(v)))));
  return withoutTrailingZeros(Number(v.toPrecision(4)).toFixed(digits));
}
function axisBound(v, direction) {
  if (v === 0 || !Number.isFinite(v)) return mermaidNumber(v);
  const exponent = Math.floor(Math.log10(Math.abs(v))) - 3;
  const power = 10 ** Math.abs(exponent);
  const steps = exponent < 0 ? v * power : v / power;
  const nearest = Math.round(steps);
  const whole = Math.abs(steps - nearest) <= 1e-9 * Math.abs(steps) ? nearest : direction === "down" ? Math.floor(steps) : Math.ceil(steps);
  return mermaidNumber(exponent < 0 ? whole / power : whole * power);
}
function mermaidText(text) {
  return text.replace(/["`\\]/g, "").replace(/[\r\n]+/g, " ");
}
function trendChart(t, names) {
  const first = t.perSprint.findIndex(Boolean);
  if (first < 0) return void 0;
  const labels = names.slice(first);
  const values = [];
  let last = t.perSprint[first].value;
  for (const b of t.perSprint.slice(first)) {
    if (b) last = b.value;
    values.push(last);
  }
  const all = [...values, t.target.target];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.05 || 1;
  const metric = mermaidText(t.target.metric);
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${metric}: best per sprint vs target ${mermaidNumber(t.target.target)}"`,
    `  x-axis [${labels.map((l) => `"${mermaidText(l)}"`).join(", ")}]`,
    `  y-axis "${metric}" ${axisBound(lo - pad, "down")} --> ${axisBound(hi + pad, "up")}`,
    `  line [${values.map(mermaidNumber).join(", ")}]`,
    `  line [${labels.map(() => mermaidNumber(t.target.target)).join(", ")}]`,
    "```"
  ].join("\n");
}
function outcomesChart(r) {
  const o = r.outcomes;
  if (o.killed + o.promoted + o.iterated === 0) return void 0;
  const slices = [
    ["Killed", o.killed],
    ["Promoted", o.promoted],
    ["Iterated", o.iterated]
  ].filter(([, n]) => n > 0);
  return [
    "```mermaid",
    `pie title Decisions over the last ${plural(r.sprints.length, "sprint")}`,
    ...slices.map(([label, n]) => `  "${label}" : ${n}`),
    "```"
  ].join("\n");
}
function renderStatus(r, o) {
  const out = [];
  const push = (...lines) => out.push(...lines);
  push(hiddenBlock(STATUS_BLOCK, { week: o.week, sprint: r.sprint.name }));
  push(`> ${summaryLine(r, o.horizon)}`);
  const business = businessLine(r);
  if (business) push(">", `> ${business}`);
  push(
    "",
    `Sprint **${escapeCell(r.sprint.name)}** (${r.sprint.start.slice(0, 10)} to ${dayBefore(r.sprint.end)}) \xB7 ${escapeText(r.repository)}`
  );
  push("", "## What we learned", "");
  if (r.learnings.length === 0) push("No kills or promotions this sprint, so no new learnings.");
  for (const l of r.learnings.slice(0, LIST_CAP)) {
    const verb = l.kind === "kill" ? "Killed" : l.kind === "promote" ? "Promoted" : "Iterated";
    push(`- **${verb}** ${issueLink(l.issue)}`);
    if (l.learnings) {
      const text = l.learnings.length > LEARNING_CHARS ? `${l.learnings.slice(0, LEARNING_CHARS)}\u2026` : l.learnings;
      push(quoteBlock(text).replace(/^/gm, "  "));
    } else push("  _no learnings recorded_");
  }
  if (r.learnings.length > LIST_CAP)
    push(`- and ${r.learnings.length - LIST_CAP} more decisions this sprint`);
  const s = r.thisSprint;
  push("", "## Experiments this sprint", "", "| | count | experiments |", "| --- | ---: | --- |");
  push(`| Promoted | ${s.promoted.length} | ${linkList(s.promoted)} |`);
  push(`| Killed | ${s.killed.length} | ${linkList(s.killed)} |`);
  push(`| Iterated | ${s.iterated.length} | ${linkList(s.iterated)} |`);
  push(`| Started | ${s.started.length} | ${linkList(s.started)} |`);
  push(`| Active | ${s.active.length} | ${linkList(s.active)} |`);
  const window = `last ${plural(r.sprints.length, "sprint")}`;
  const decided = r.outcomes.killed + r.outcomes.promoted + r.outcomes.iterated;
  const thisSprintDecisions = r.decisions.at(-1);
  const throughput = thisSprintDecisions ? thisSprintDecisions.killed + thisSprintDecisions.promoted : 0;
  const average = r.decisions.reduce((a, c2) => a + c2.killed + c2.promoted, 0) / Math.max(1, r.decisions.length);
  const range = (x) => `${Math.round(x.min * 100)}\u2013${Math.round(x.max * 100)} %`;
  push("", "## Flow", "", "| measure | value | healthy range | |", "| --- | --- | --- | --- |");
  push(
    `| Kill rate (${window}) | ${r.killRate.rate === void 0 ? "\u2014" : `${pct(r.killRate.rate)} (${r.outcomes.killed} of ${decided} decisions)`} | ${range(r.healthy.killRate)} | ${healthMark(r.killRate)} |`
  );
  push(
    `| Promotion rate (${window}) | ${r.promotionRate.rate === void 0 ? "\u2014" : `${pct(r.promotionRate.rate)} (${r.outcomes.promoted} of ${decided})`} | ${range(r.healthy.promotionRate)} | ${healthMark(r.promotionRate)} |`
  );
  push(
    `| Throughput (kills + promotions) | ${throughput} this sprint, ${average.toFixed(1)} per sprint on average | | |`
  );
  const c = r.cycleTime;
  push(
    `| Cycle time, Hypothesis to decision | ${c.n ? `median ${c.medianDays.toFixed(1)} days, p90 ${c.p90Days.toFixed(1)} days (${plural(c.n, "decision")})` : "\u2014"} | | |`
  );
  push(
    `| Explore / exploit (active or decided this sprint) | ${r.exploreExploit.explore} / ${r.exploreExploit.exploit}${r.exploreExploit.unspecified ? ` (${r.exploreExploit.unspecified} unspecified)` : ""} | | |`
  );
  push(
    `| Data readiness (ready on time / planned) | ${r.data.rate === void 0 ? "\u2014 (no data task due in the window)" : `${pct(r.data.rate)} (${r.data.readyOnTime} of ${r.data.planned})`} | | |`
  );
  push("", "## WIP", "", "| column | experiments | limit | |", "| --- | ---: | ---: | --- |");
  for (const w of r.wip)
    push(
      `| ${w.column} | ${w.count} | ${w.limit ?? "\u2014"} | ${w.over ? "\u26A0\uFE0F over the limit" : w.limit === void 0 ? "" : "\u2705"} |`
    );
  push("", "## Time boxes overrun", "");
  if (r.timeBoxes.length === 0) push("None: every active experiment is within its time box.");
  else {
    push("| experiment | decision was due | days over |", "| --- | --- | ---: |");
    for (const t of r.timeBoxes.slice(0, TABLE_CAP))
      push(`| ${issueLink(t.issue)} | ${t.timeBox} | ${Math.floor(t.daysOver)} |`);
    if (r.timeBoxes.length > TABLE_CAP) push(`| and ${r.timeBoxes.length - TABLE_CAP} more | | |`);
  }
  const cu = r.compute;
  push("", "## Compute", "");
  push(
    `${formatValue(cu.totalUsed)} GPU-hours used${cu.totalBudget ? ` of ${formatValue(cu.totalBudget)} budgeted (${pct(cu.totalUsed / cu.totalBudget)})` : ""}, ${formatValue(cu.usedThisSprint)} this sprint.`
  );
  if (cu.rows.length) {
    push(
      "",
      "| experiment | used (GPU-h) | budget (GPU-h) | used / budget |",
      "| --- | ---: | ---: | ---: |"
    );
    for (const row of cu.rows.slice(0, TABLE_CAP)) {
      const ratio = row.ratio === void 0 ? "\u2014" : `${pct(row.ratio)}${row.ratio > 2 ? " \u26D4" : row.ratio > 1 ? " \u26A0\uFE0F" : ""}`;
      push(
        `| ${issueLink(row.issue)} | ${formatValue(row.usedGpuHours)} | ${row.budgetGpuHours === void 0 ? "\u2014" : formatValue(row.budgetGpuHours)} | ${ratio} |`
      );
    }
    if (cu.rows.length > TABLE_CAP) push(`| and ${cu.rows.length - TABLE_CAP} more | | | |`);
  }
  push("", "## Risks and blockers", "");
  if (r.risks.length === 0) push("No risks or blockers flagged.");
  for (const risk of r.risks.slice(0, LIST_CAP))
    push(`- \u26A0\uFE0F ${escapeCell(risk.text)}${risk.issues.length ? `: ${linkList(risk.issues, 10)}` : ""}`);
  if (r.risks.length > LIST_CAP) push(`- and ${r.risks.length - LIST_CAP} more`);
  const byKind = countBy(r.blockers.map((b) => b.kind));
  if (r.blockers.length)
    push(
      "",
      `Blockers by kind: ${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(", ")}.`
    );
  if (r.data.inProgress.length) {
    push(
      "",
      `Data tasks in progress: ${r.data.inProgress.slice(0, LIST_CAP).map((d) => `${shortLink(d.issue)}${d.stage ? ` (${d.stage})` : ""}`).join(
        ", "
      )}${r.data.inProgress.length > LIST_CAP ? ` and ${r.data.inProgress.length - LIST_CAP} more` : ""}.`
    );
  }
  push("", "## Trend", "");
  if (r.targets.length === 0)
    push("No targets tracked. Add `report.targets` (metric, goal, target) to .github/sprintlab.yml.");
  const names = r.sprints.map((x) => x.name);
  for (const t of r.targets) {
    push(`### ${escapeText(t.target.metric)} (${t.target.goal}, target ${formatValue(t.target.target)})`, "");
    push(
      `${etaText(t.forecast, o.horizon, t.target.goal)}.${t.best ? ` Best so far ${formatValue(t.best.value)} in ${issueLink(t.best.issue)}.` : ""}`,
      ""
    );
    push(
      `| sprint | ${names.map(escapeCell).join(" | ")} |`,
      `| --- | ${names.map(() => "---:").join(" | ")} |`
    );
    push(
      `| best | ${t.perSprint.map((b) => b ? `${formatValue(b.value)} (${shortLink(b.issue)})` : "\u2014").join(" | ")} |`,
      ""
    );
    const chart = trendChart(t, names);
    if (chart) push(chart, "");
  }
  const pie = outcomesChart(r);
  if (pie) {
    push("### Outcomes", "", pie, "");
    push(
      `| decisions | ${names.map(escapeCell).join(" | ")} |`,
      `| --- | ${names.map(() => "---:").join(" | ")} |`
    );
    for (const [label, key] of [
      ["killed", "killed"],
      ["promoted", "promoted"],
      ["iterated", "iterated"]
    ]) {
      push(`| ${label} | ${r.decisions.map((d) => d[key]).join(" | ")} |`);
    }
    push("");
  }
  const footer = [
    `Generated by Sprintlab from ${plural(r.counts.experiments, "experiment")} and ${plural(r.counts.dataTasks, "data task")} at ${r.generatedAt.slice(0, 16).replace("T", " ")} UTC.`
  ];
  if (o.previous) footer.push(`Previous report: [#${o.previous.number}](${o.previous.url}).`);
  footer.push("Re-running the workflow updates this issue.");
  if (out.at(-1) !== "") push("");
  push("---", `<sub>${footer.join(" ")}</sub>`, "");
  return out.join("\n");
}
function dayBefore(iso) {
  return new Date(Date.parse(iso) - 864e5).toISOString().slice(0, 10);
}
function countBy(keys) {
  const out = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

export {
  STATUS_BLOCK,
  renderStatus
};
