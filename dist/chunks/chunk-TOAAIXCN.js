import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  boardSettings
} from "./chunk-W5RFCYNX.js";
import {
  COLUMNS
} from "./chunk-FZNVJ5GC.js";
import {
  require_lib38 as require_lib,
  withoutTrailingZeros
} from "./chunk-HBPMXEOA.js";
import {
  escapeCell,
  escapeText,
  hiddenBlock,
  quoteBlock
} from "./chunk-A6CPINGI.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-2ULE7GJX.js";
import {
  __toESM
} from "./chunk-4KYKJDKG.js";

// src/core/render/status-format.ts
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
var HEALTH_MARKS = {
  healthy: "\u2705 healthy",
  low: "\u26A0\uFE0F below range",
  high: "\u26A0\uFE0F above range",
  no_data: "\u2014"
};
var healthMark = (h) => HEALTH_MARKS[h.health];

// src/core/render/status-charts.ts
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

// src/core/render/status-sections.ts
function section(heading, fill) {
  const out = ["", `## ${heading}`, ""];
  fill((...lines) => out.push(...lines));
  return out;
}
function learningsSection(r) {
  return section("What we learned", (push) => {
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
  });
}
function thisSprintSection(r) {
  const s = r.thisSprint;
  return section("Experiments this sprint", (push) => {
    push("| | count | experiments |", "| --- | ---: | --- |");
    push(`| Promoted | ${s.promoted.length} | ${linkList(s.promoted)} |`);
    push(`| Killed | ${s.killed.length} | ${linkList(s.killed)} |`);
    push(`| Iterated | ${s.iterated.length} | ${linkList(s.iterated)} |`);
    push(`| Started | ${s.started.length} | ${linkList(s.started)} |`);
    push(`| Active | ${s.active.length} | ${linkList(s.active)} |`);
  });
}
function flowSection(r) {
  const window = `last ${plural(r.sprints.length, "sprint")}`;
  const decided = r.outcomes.killed + r.outcomes.promoted + r.outcomes.iterated;
  const thisSprintDecisions = r.decisions.at(-1);
  const throughput = thisSprintDecisions ? thisSprintDecisions.killed + thisSprintDecisions.promoted : 0;
  const average = r.decisions.reduce((a, c) => a + c.killed + c.promoted, 0) / Math.max(1, r.decisions.length);
  const range = (x) => `${Math.round(x.min * 100)}\u2013${Math.round(x.max * 100)} %`;
  return section("Flow", (push) => {
    push("| measure | value | healthy range | |", "| --- | --- | --- | --- |");
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
  });
}
function wipSection(r) {
  return section("WIP", (push) => {
    push("| column | experiments | limit | |", "| --- | ---: | ---: | --- |");
    for (const w of r.wip)
      push(
        `| ${w.column} | ${w.count} | ${w.limit ?? "\u2014"} | ${w.over ? "\u26A0\uFE0F over the limit" : w.limit === void 0 ? "" : "\u2705"} |`
      );
  });
}
function timeBoxSection(r) {
  return section("Time boxes overrun", (push) => {
    if (r.timeBoxes.length === 0) push("None: every active experiment is within its time box.");
    else {
      push("| experiment | decision was due | days over |", "| --- | --- | ---: |");
      for (const t of r.timeBoxes.slice(0, TABLE_CAP))
        push(`| ${issueLink(t.issue)} | ${t.timeBox} | ${Math.floor(t.daysOver)} |`);
      if (r.timeBoxes.length > TABLE_CAP) push(`| and ${r.timeBoxes.length - TABLE_CAP} more | | |`);
    }
  });
}
function computeSection(r) {
  const cu = r.compute;
  return section("Compute", (push) => {
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
  });
}
function risksSection(r) {
  return section("Risks and blockers", (push) => {
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
  });
}
function trendSection(r, o) {
  return section("Trend", (push) => {
    if (r.targets.length === 0)
      push(`No targets tracked. Add \`report.targets\` (metric, goal, target) to ${DEFAULT_CONFIG_PATH}.`);
    const names = r.sprints.map((x) => x.name);
    for (const t of r.targets) {
      push(
        `### ${escapeText(t.target.metric)} (${t.target.goal}, target ${formatValue(t.target.target)})`,
        ""
      );
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
  });
}
var STATUS_SECTIONS = [
  learningsSection,
  thisSprintSection,
  flowSection,
  wipSection,
  timeBoxSection,
  computeSection,
  risksSection,
  trendSection
];
function countBy(keys) {
  const out = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

// src/core/render/status.ts
var STATUS_BLOCK = "status-report";
function summaryLine(r, horizon) {
  const t = r.targets[0];
  const s = r.thisSprint;
  const sprintPart = `this sprint: ${s.promoted.length} promoted, ${s.killed.length} killed, ${s.iterated.length} iterated, ${s.active.length} active`;
  if (!t)
    return `**No targets tracked yet** (add \`report.targets\` to ${DEFAULT_CONFIG_PATH}) \xB7 ${sprintPart}`;
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
  for (const section2 of STATUS_SECTIONS) push(...section2(r, o));
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

// src/core/report/sprints.ts
var DAY = 864e5;
function isoWeek(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return { year: d.getUTCFullYear(), week: Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7) };
}
function isoWeekName(date) {
  const { year, week } = isoWeek(date);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
function mondayOf(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() || 7) - 1));
  return d;
}
function isoWeekSprints(now, count) {
  const monday = mondayOf(now).getTime();
  const sprints2 = [];
  for (let i = count - 1; i >= 0; i--) {
    const start = new Date(monday - i * 7 * DAY);
    sprints2.push({
      name: isoWeekName(start),
      start: start.toISOString(),
      end: new Date(start.getTime() + 7 * DAY).toISOString()
    });
  }
  return sprints2;
}
function milestoneSprints(milestones, now, count) {
  const dated = milestones.filter((m) => Boolean(m.dueOn)).map((m) => ({ title: m.title, end: dayStart(new Date(m.dueOn)) + DAY })).sort((a, b) => a.end - b.end);
  const sprints2 = dated.map((m, i) => {
    const previous = dated[i - 1];
    const next = dated[i + 1];
    const start = previous ? previous.end : m.end - (next ? next.end - m.end : 14 * DAY);
    return { name: m.title, start: new Date(start).toISOString(), end: new Date(m.end).toISOString() };
  });
  return upToCurrent(sprints2, now, count);
}
function iterationSprints(iterations, now, count) {
  const sprints2 = iterations.map((it) => {
    const start = dayStart(new Date(it.startDate));
    return {
      name: it.title,
      start: new Date(start).toISOString(),
      end: new Date(start + it.duration * DAY).toISOString()
    };
  }).sort((a, b) => a.start.localeCompare(b.start));
  return upToCurrent(sprints2, now, count);
}
function upToCurrent(sprints2, now, count) {
  const t = now.getTime();
  const started = sprints2.filter((s) => Date.parse(s.start) <= t);
  return started.slice(Math.max(0, started.length - count));
}
function dayStart(d) {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
function sprintIndex(sprints2, at) {
  if (!at) return -1;
  const t = Date.parse(at);
  if (Number.isNaN(t)) return -1;
  return sprints2.findIndex((s) => Date.parse(s.start) <= t && t < Date.parse(s.end));
}

// src/core/report/metrics.ts
var DAY2 = 864e5;
var ACTIVE_COLUMNS = ["Experiment", "Evaluation", "Iteration"];
var CLOSED_COLUMNS = ["Production", "Killed"];
var refOf = (i) => ({ number: i.number, title: i.title, url: i.url });
function currentColumn(i) {
  if (i.column) return i.column;
  const last = i.record.history.at(-1);
  if (last) return last.column;
  return i.kind === "experiment" && i.state === "open" ? "Hypothesis" : void 0;
}
function terminalDecision(i) {
  return i.record.decisions.filter((d) => d.kind === "kill" || d.kind === "promote").at(-1);
}
function enteredColumn(i, column) {
  return i.record.history.find((h) => h.column === column)?.at;
}
function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function decisionsPerSprint(issues, sprints2) {
  const counts = sprints2.map(() => ({ killed: 0, promoted: 0, iterated: 0 }));
  for (const i of issues) {
    for (const d of i.record.decisions) {
      const c = counts[sprintIndex(sprints2, d.at)];
      if (!c) continue;
      if (d.kind === "kill") c.killed++;
      else if (d.kind === "promote") c.promoted++;
      else c.iterated++;
    }
  }
  return counts;
}
function outcomesInWindow(experiments, sprints2) {
  const counts = { killed: 0, promoted: 0, iterated: 0 };
  for (const e of experiments) {
    const last = e.record.decisions.filter((d) => sprintIndex(sprints2, d.at) >= 0).at(-1);
    if (!last) continue;
    if (last.kind === "kill") counts.killed++;
    else if (last.kind === "promote") counts.promoted++;
    else counts.iterated++;
  }
  return counts;
}
function rateHealth(part, whole, range) {
  if (whole === 0) return { health: "no_data" };
  const rate = part / whole;
  return { rate, health: rate < range.min ? "low" : rate > range.max ? "high" : "healthy" };
}
function cycleTime(experiments, sprints2) {
  const days = [];
  for (const e of experiments) {
    const d = terminalDecision(e);
    if (!d || sprintIndex(sprints2, d.at) < 0) continue;
    const start = Date.parse(enteredColumn(e, "Hypothesis") ?? e.createdAt);
    days.push((Date.parse(d.at) - start) / DAY2);
  }
  days.sort((a, b) => a - b);
  if (days.length === 0) return { n: 0 };
  return { n: days.length, medianDays: quantile(days, 0.5), p90Days: quantile(days, 0.9) };
}
function wip(experiments, limits, columns) {
  return columns.map((column) => {
    const count = experiments.filter((e) => e.state === "open" && currentColumn(e) === column).length;
    const limit = limits[column];
    return {
      column,
      count,
      ...limit === void 0 ? {} : { limit },
      over: limit !== void 0 && count > limit
    };
  });
}
function timeBoxOverruns(experiments, now) {
  const out = [];
  for (const e of experiments) {
    const column = currentColumn(e);
    const end = e.form.timeBox ? Date.parse(e.form.timeBox.slice(0, 10)) + DAY2 : Number.NaN;
    if (!column || !ACTIVE_COLUMNS.includes(column) || e.state !== "open" || Number.isNaN(end)) continue;
    if (now.getTime() > end)
      out.push({
        issue: refOf(e),
        timeBox: e.form.timeBox.slice(0, 10),
        daysOver: (now.getTime() - end) / DAY2
      });
  }
  return out.sort((a, b) => b.daysOver - a.daysOver);
}
function computeUse(experiments, sprints2) {
  const current = sprints2.at(-1);
  const rows = [];
  let usedThisSprint = 0;
  for (const e of experiments) {
    let used = 0;
    let inWindow = e.record.decisions.some((d) => sprintIndex(sprints2, d.at) >= 0);
    for (const entry of e.record.log) {
      const h = entry.gpuHours ?? 0;
      used += h;
      if (sprintIndex(sprints2, entry.at) >= 0) inWindow = true;
      if (current && sprintIndex([current], entry.at) === 0) usedThisSprint += h;
    }
    const budget = e.form.budgetGpuHours;
    const active = e.state === "open" && ACTIVE_COLUMNS.includes(currentColumn(e));
    if (!(active || inWindow) || used === 0 && !budget) continue;
    rows.push({
      issue: refOf(e),
      usedGpuHours: used,
      ...budget ? { budgetGpuHours: budget, ratio: used / budget } : {}
    });
  }
  rows.sort((a, b) => (b.ratio ?? -1) - (a.ratio ?? -1) || b.usedGpuHours - a.usedGpuHours);
  return {
    rows,
    totalUsed: rows.reduce((s, r) => s + r.usedGpuHours, 0),
    totalBudget: rows.reduce((s, r) => s + (r.budgetGpuHours ?? 0), 0),
    usedThisSprint
  };
}
function dataReadiness(dataTasks, sprints2, now) {
  const windowStart = sprints2[0] ? Date.parse(sprints2[0].start) : Number.NEGATIVE_INFINITY;
  let planned = 0;
  let readyOnTime = 0;
  const late = [];
  const inProgress = [];
  for (const t of dataTasks) {
    const d = t.data ?? {};
    if (!d.readyAt && t.state === "open")
      inProgress.push({
        issue: refOf(t),
        ...d.stage ? { stage: d.stage } : {},
        ...d.due ? { due: d.due } : {}
      });
    if (!d.due) continue;
    const dueEnd = Date.parse(d.due.slice(0, 10)) + DAY2;
    const onTime = Boolean(d.readyAt && Date.parse(d.readyAt) < dueEnd);
    if (Number.isNaN(dueEnd) || dueEnd <= windowStart || dueEnd > now.getTime() && !onTime) continue;
    planned++;
    if (onTime) readyOnTime++;
    else late.push(refOf(t));
  }
  return { planned, readyOnTime, ...planned ? { rate: readyOnTime / planned } : {}, late, inProgress };
}
function blockers(experiments, dataTasks) {
  const open = new Map(
    experiments.filter((e) => e.state === "open" && !CLOSED_COLUMNS.includes(currentColumn(e))).map((e) => [e.number, e])
  );
  const items = [];
  for (const e of open.values()) {
    for (const b of e.record.blockers) items.push({ issue: refOf(e), kind: b.kind, text: b.text });
  }
  for (const t of dataTasks) {
    if (t.state !== "open" || t.data?.readyAt || t.data?.stage === "Ready") continue;
    for (const n of t.data?.blocks ?? []) {
      const e = open.get(n);
      if (e && !e.record.blockers.some((b) => b.text.includes(`#${t.number}`))) {
        items.push({ issue: refOf(e), kind: "data", text: `waiting for data: ${t.title}`, by: refOf(t) });
      }
    }
  }
  return items;
}

// src/core/report/forecast.ts
var import_stats_base_dists_t_cdf = __toESM(require_lib(), 1);
function leastSquares(points) {
  const n = points.length;
  const xMean = points.reduce((s, p) => s + p.x, 0) / n;
  const yMean = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - xMean) ** 2;
    sxy += (p.x - xMean) * (p.y - yMean);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = yMean - slope * xMean;
  const sse = points.reduce((s, p) => s + (p.y - intercept - slope * p.x) ** 2, 0);
  return { slope, intercept, sxx, xMean, sse };
}
function tQuantile(p, df) {
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if ((0, import_stats_base_dists_t_cdf.default)(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
function forecast(points, o) {
  const n = points.length;
  const sign = o.goal === "maximize" ? 1 : -1;
  const ys = points.map((p) => sign * p.y);
  const target = sign * o.target;
  if (n > 0 && Math.max(...ys) >= target) {
    const best = sign * Math.max(...ys);
    return { status: "reached", n, best, ...n >= 2 ? { fit: fitOf(points, sign) } : {} };
  }
  if (n < 2) {
    return {
      status: "insufficient_data",
      n,
      reason: n === 0 ? "no values logged" : "only one sprint with values"
    };
  }
  if (new Set(points.map((p) => p.x)).size < 2) {
    return { status: "insufficient_data", n, reason: "all values fall in one sprint" };
  }
  const fit = fitOf(points, sign);
  if (fit.improvementPerSprint <= 0) return { status: "stalled", n, fit, reason: "flat_or_falling" };
  const mirrored = points.map((p) => ({ x: p.x, y: sign * p.y }));
  const ls = leastSquares(mirrored);
  const line = (x) => ls.intercept + ls.slope * x;
  const eta = (target - ls.intercept) / ls.slope - o.xNow;
  if (eta > o.horizon) return { status: "stalled", n, fit, reason: "beyond_horizon", eta };
  if (n < 3) return { status: "on_track", n, fit, eta, confidence: o.confidence };
  const t = tQuantile((1 + o.confidence) / 2, n - 2);
  const s = Math.sqrt(ls.sse / (n - 2));
  const halfWidth = (x) => t * s * Math.sqrt(1 + 1 / n + (x - ls.xMean) ** 2 / ls.sxx);
  const etaLow = firstCrossing((x) => line(x) + halfWidth(x) - target, o.xNow, o.horizon);
  const etaHigh = firstCrossing((x) => line(x) - halfWidth(x) - target, o.xNow, o.horizon);
  return {
    status: "on_track",
    n,
    fit,
    eta,
    ...etaLow === void 0 ? {} : { etaLow },
    ...etaHigh === void 0 ? {} : { etaHigh },
    confidence: o.confidence
  };
}
function fitOf(points, sign) {
  const ls = leastSquares(points);
  const n = points.length;
  const fit = { n, slope: ls.slope, intercept: ls.intercept, improvementPerSprint: sign * ls.slope };
  if (n >= 3 && ls.sxx > 0) {
    fit.residualStd = Math.sqrt(ls.sse / (n - 2));
    fit.slopeStdErr = fit.residualStd / Math.sqrt(ls.sxx);
  }
  return fit;
}
function firstCrossing(f, x0, horizon) {
  if (f(x0) >= 0) return 0;
  const step = 1 / 64;
  for (let k = 1; k * step <= horizon; k++) {
    const hi = x0 + k * step;
    if (f(hi) >= 0) {
      let lo = hi - step;
      let up = hi;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + up) / 2;
        if (f(mid) >= 0) up = mid;
        else lo = mid;
      }
      return up - x0;
    }
  }
  return void 0;
}

// src/core/report/targets.ts
function trackedTargets(settings, experiments) {
  if (settings.targets.length > 0) return settings.targets;
  const byMetric = /* @__PURE__ */ new Map();
  const newestFirst = [...experiments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const e of newestFirst) {
    const { metric, goal, target, baseline } = e.form;
    if (!metric || !goal || target === void 0 || byMetric.has(metric)) continue;
    byMetric.set(metric, { metric, goal, target, ...baseline === void 0 ? {} : { baseline } });
  }
  return [...byMetric.values()];
}
var better = (goal, a, b) => goal === "maximize" ? a > b : a < b;
function targetTrend(target, experiments, sprints2, settings) {
  const perSprint2 = sprints2.map(() => void 0);
  const consider = (e, at, metrics) => {
    const value = metrics?.[target.metric];
    if (typeof value !== "number" || !Number.isFinite(value)) return;
    const i = sprintIndex(sprints2, at);
    if (i < 0) return;
    const current = perSprint2[i];
    if (!current || better(target.goal, value, current.value)) perSprint2[i] = { value, issue: refOf(e) };
  };
  for (const e of experiments) {
    for (const entry of e.record.log) consider(e, entry.at, entry.metrics);
    for (const gate of e.record.gates) consider(e, gate.at, gate.metrics);
  }
  let best;
  for (const b of perSprint2) if (b && (!best || better(target.goal, b.value, best.value))) best = b;
  const points = perSprint2.flatMap((b, x) => b ? [{ x, y: b.value }] : []);
  return {
    target,
    perSprint: perSprint2,
    ...best ? { best } : {},
    forecast: forecast(points, {
      goal: target.goal,
      target: target.target,
      xNow: sprints2.length - 1,
      confidence: settings.forecast.confidence,
      horizon: settings.forecast.horizon
    })
  };
}
function businessImpact(trend, settings) {
  const b = settings.business;
  const { baseline, target, goal } = trend.target;
  if (!b || baseline === void 0 || !trend.best) return void 0;
  const point = b.point ?? (Math.abs(target) <= 1 && Math.abs(baseline) <= 1 ? 0.01 : 1);
  const sign = goal === "maximize" ? 1 : -1;
  const gainPoints = sign * (trend.best.value - baseline) / point;
  const remainingPoints = Math.max(0, sign * (target - trend.best.value) / point);
  return {
    unit: b.unit,
    point,
    gainPoints,
    gainValue: gainPoints * b.perPoint,
    remainingPoints,
    remainingValue: remainingPoints * b.perPoint
  };
}

// src/core/report/status-report.ts
function buildStatusReport({ repository, issues, sprints: sprints2, settings, now }) {
  const sprint = sprints2.at(-1);
  if (!sprint) throw new Error("buildStatusReport needs at least one sprint");
  const experiments = issues.filter((i) => i.kind === "experiment");
  const dataTasks = issues.filter((i) => i.kind === "data-task");
  const current = [sprint];
  const inThisSprint = (at) => sprintIndex(current, at) === 0;
  const learnings = [];
  const thisSprint = {
    killed: [],
    promoted: [],
    iterated: [],
    started: [],
    active: []
  };
  for (const e of experiments) {
    for (const d of e.record.decisions) {
      if (!inThisSprint(d.at)) continue;
      const list = d.kind === "kill" ? thisSprint.killed : d.kind === "promote" ? thisSprint.promoted : thisSprint.iterated;
      if (list.at(-1)?.number !== e.number) list.push(refOf(e));
      if (d.kind !== "iterate" || d.learnings)
        learnings.push({
          issue: refOf(e),
          kind: d.kind,
          at: d.at,
          ...d.learnings ? { learnings: d.learnings } : {}
        });
    }
    if (e.record.history.some((h) => h.column === "Experiment" && inThisSprint(h.at)))
      thisSprint.started.push(refOf(e));
    const column = currentColumn(e);
    if (column && ACTIVE_COLUMNS.includes(column) && e.state === "open") thisSprint.active.push(refOf(e));
  }
  learnings.sort((a, b) => a.at.localeCompare(b.at));
  const decisions = decisionsPerSprint(experiments, sprints2);
  const outcomes = outcomesInWindow(experiments, sprints2);
  const decided = outcomes.killed + outcomes.promoted + outcomes.iterated;
  const killRate = rateHealth(outcomes.killed, decided, settings.healthy.killRate);
  const promotionRate = rateHealth(outcomes.promoted, decided, settings.healthy.promotionRate);
  const targets = trackedTargets(settings, experiments).map(
    (t) => targetTrend(t, experiments, sprints2, settings)
  );
  const business = targets[0] ? businessImpact(targets[0], settings) : void 0;
  const wipRows = wip(
    experiments,
    settings.wip,
    COLUMNS.filter((c) => c !== "Killed" && c !== "Backlog")
  );
  const timeBoxes = timeBoxOverruns(experiments, now);
  const compute = computeUse(experiments, sprints2);
  const data = dataReadiness(dataTasks, sprints2, now);
  const blockerItems = blockers(experiments, dataTasks);
  const exploreExploit = { explore: 0, exploit: 0, unspecified: 0 };
  for (const e of experiments) {
    const column = currentColumn(e);
    const live = column && ACTIVE_COLUMNS.includes(column) && e.state === "open";
    const decidedNow = e.record.decisions.some((d) => inThisSprint(d.at));
    if (!live && !decidedNow) continue;
    exploreExploit[e.form.mode ?? "unspecified"]++;
  }
  const risks = [];
  for (const row of wipRows) {
    if (row.over) {
      const over = experiments.filter((e) => currentColumn(e) === row.column).map(refOf);
      risks.push({
        kind: "wip",
        text: `${row.column} holds ${row.count} experiments, over its WIP limit of ${row.limit}`,
        issues: over
      });
    }
  }
  if (timeBoxes.length) {
    risks.push({
      kind: "time_box",
      text: `${timeBoxes.length} experiment${timeBoxes.length === 1 ? "" : "s"} past the time box ${timeBoxes.length === 1 ? "needs" : "need"} a decision`,
      issues: timeBoxes.map((t) => t.issue)
    });
  }
  const overBudget = compute.rows.filter((r) => (r.ratio ?? 0) > 1);
  if (overBudget.length) {
    const doubled = overBudget.filter((r) => (r.ratio ?? 0) > 2).length;
    risks.push({
      kind: "compute",
      text: `${overBudget.length} experiment${overBudget.length === 1 ? "" : "s"} over the compute budget${doubled ? ` (${doubled} over twice the budget, a kill criterion)` : ""}`,
      issues: overBudget.map((r) => r.issue)
    });
  }
  for (const t of targets) {
    if (t.forecast.status === "stalled") {
      risks.push({
        kind: "forecast",
        text: `${t.target.metric} is not on course for ${t.target.target}: the trend is ${t.forecast.reason === "flat_or_falling" ? "flat or falling" : `too slow (over ${settings.forecast.horizon} sprints)`}`,
        issues: []
      });
    }
  }
  if (killRate.health === "low" || killRate.health === "high") {
    risks.push({
      kind: "kill_rate",
      text: killRate.health === "low" ? "kill rate below the healthy range: are weak ideas being dropped early enough?" : "kill rate above the healthy range: are hypotheses too speculative?",
      issues: []
    });
  }
  if (promotionRate.health === "low" || promotionRate.health === "high") {
    risks.push({
      kind: "promotion_rate",
      text: promotionRate.health === "low" ? "promotion rate below the healthy range: little is reaching production" : "promotion rate above the healthy range: is the bar for production high enough?",
      issues: []
    });
  }
  if (data.late.length)
    risks.push({
      kind: "data",
      text: `${data.late.length} data task${data.late.length === 1 ? "" : "s"} not ready by the planned date`,
      issues: data.late
    });
  for (const b of blockerItems)
    risks.push({
      kind: "blocker",
      text: `${b.kind} blocker: ${b.text}`,
      issues: b.by ? [b.issue, b.by] : [b.issue]
    });
  return {
    repository,
    generatedAt: now.toISOString(),
    sprint,
    sprints: [...sprints2],
    targets,
    ...business ? { business } : {},
    learnings,
    thisSprint,
    decisions,
    outcomes,
    killRate,
    promotionRate,
    healthy: settings.healthy,
    cycleTime: cycleTime(experiments, sprints2),
    wip: wipRows,
    timeBoxes,
    compute,
    data,
    blockers: blockerItems,
    exploreExploit,
    risks,
    counts: {
      experiments: experiments.length,
      dataTasks: dataTasks.length,
      mlEngineering: issues.length - experiments.length - dataTasks.length
    }
  };
}

// src/core/report/weekly.ts
function resolveSprints(settings, now, sources) {
  const resolved = sprintWindow(settings, now, sources);
  const last = resolved.sprints.at(-1);
  if (resolved.note || !last || Date.parse(last.end) > now.getTime()) return resolved;
  const ended = new Date(Date.parse(last.end) - 864e5).toISOString().slice(0, 10);
  return {
    ...resolved,
    note: `the last sprint, "${last.name}", ended on ${ended} and no later one has started, so this sprint's figures are that sprint's: add the next milestone or iteration`
  };
}
function sprintWindow(settings, now, sources) {
  const count = settings.sprints.count;
  if (sources.sprints?.length) {
    const started = sources.sprints.filter((s) => Date.parse(s.start) <= now.getTime());
    return { sprints: (started.length ? started : sources.sprints).slice(-count) };
  }
  if (settings.sprints.source === "auto") {
    const fromBoard = iterationSprints(sources.iterations ?? [], now, count);
    if (fromBoard.length) return { sprints: fromBoard };
    const fromMilestones = milestoneSprints(sources.milestones ?? [], now, count);
    return { sprints: fromMilestones.length ? fromMilestones : isoWeekSprints(now, count) };
  }
  if (settings.sprints.source === "iteration") {
    const sprints2 = iterationSprints(sources.iterations ?? [], now, count);
    if (sprints2.length) return { sprints: sprints2 };
    return {
      sprints: isoWeekSprints(now, count),
      note: `the board has no "${settings.sprints.field}" iterations yet, so sprints are ISO weeks`
    };
  }
  if (settings.sprints.source === "milestones") {
    const sprints2 = milestoneSprints(sources.milestones ?? [], now, count);
    if (sprints2.length) return { sprints: sprints2 };
    return {
      sprints: isoWeekSprints(now, count),
      note: "no milestone with a due date has started yet, so sprints are ISO weeks"
    };
  }
  return { sprints: isoWeekSprints(now, count) };
}
function weeklyStatus(input) {
  const resolved = resolveSprints(input.settings, input.now, input.sources);
  const { sprints: sprints2 } = resolved;
  const note = [input.sources.problem, resolved.note].filter(Boolean).join("; ") || void 0;
  const report = buildStatusReport({
    repository: input.repository,
    issues: input.issues,
    sprints: sprints2,
    settings: input.settings,
    now: input.now
  });
  const week = isoWeekName(input.now);
  let markdown = renderStatus(report, {
    week,
    horizon: input.settings.forecast.horizon,
    ...input.previous ? { previous: input.previous } : {}
  });
  if (note) markdown = markdown.replace(/\n---\n<sub>/, () => `
Note: ${escapeText(note)}.

---
<sub>`);
  return { week, title: `${input.settings.title} ${week}`, report, markdown, ...note ? { note } : {} };
}

// src/core/report/settings.ts
var DEFAULT_HEALTHY = {
  killRate: { min: 0.6, max: 0.8 },
  promotionRate: { min: 0.1, max: 0.3 }
};
function reportSettings(report, board) {
  const r = report ?? {};
  return {
    targets: (r.targets ?? []).map((t) => ({ ...t })),
    healthy: {
      killRate: {
        min: r.healthy?.kill_rate?.min ?? DEFAULT_HEALTHY.killRate.min,
        max: r.healthy?.kill_rate?.max ?? DEFAULT_HEALTHY.killRate.max
      },
      promotionRate: {
        min: r.healthy?.promotion_rate?.min ?? DEFAULT_HEALTHY.promotionRate.min,
        max: r.healthy?.promotion_rate?.max ?? DEFAULT_HEALTHY.promotionRate.max
      }
    },
    sprints: {
      source: r.sprints?.source ?? "auto",
      field: r.sprints?.field ?? "Iteration",
      count: r.sprints?.count ?? 8
    },
    forecast: { confidence: r.forecast?.confidence ?? 0.8, horizon: r.forecast?.horizon ?? 26 },
    ...r.business ? {
      business: {
        perPoint: r.business.per_point,
        unit: r.business.unit,
        ...r.business.point ? { point: r.business.point } : {}
      }
    } : {},
    wip: { ...board?.wip ?? {} },
    label: r.label ?? "sprint-status",
    title: r.title ?? "Sprint status"
  };
}

// src/flows/status/settings.ts
function statusSettings(config) {
  const board = boardSettings(config?.board);
  return { board, report: reportSettings(config?.report, board) };
}

export {
  STATUS_BLOCK,
  weeklyStatus,
  statusSettings
};
