import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  supersededComment
} from "./chunk-REO5NMMP.js";
import {
  STATUS_BLOCK,
  statusSettings,
  weeklyStatus
} from "./chunk-TOAAIXCN.js";
import {
  dataTaskForm,
  experimentForm,
  parseForm,
  parseIssueRefs,
  resolveTimeBox
} from "./chunk-425R65P7.js";
import {
  RECORD_BLOCK,
  decodeRecord
} from "./chunk-MPQUN4AU.js";
import {
  stageLabel
} from "./chunk-W5RFCYNX.js";
import {
  COLUMNS,
  DATA_STAGES
} from "./chunk-FZNVJ5GC.js";
import {
  stickyMarker
} from "./chunk-Z6Y7D5CL.js";
import {
  httpStatus
} from "./chunk-NUXY54RL.js";
import {
  readHiddenBlock
} from "./chunk-A6CPINGI.js";

// src/core/report/status-issue.ts
var weekOf = (issue) => {
  const block = readHiddenBlock(issue.body, STATUS_BLOCK);
  return typeof block === "object" && block !== null && "week" in block ? String(block.week) : void 0;
};
function findWeekIssue(issues, week, title) {
  return issues.find((i) => weekOf(i) === week) ?? issues.find((i) => i.title === title);
}
function previousIssue(issues, current) {
  return issues.find((i) => i.number !== current?.number);
}
function planStatusIssue(input) {
  const { existing, title, body } = input;
  let issue;
  if (!existing) issue = { kind: "create", title, body, label: input.label };
  else if (existing.body === body && existing.title === title && existing.state === "open")
    issue = { kind: "unchanged", number: existing.number, url: existing.url };
  else issue = { kind: "update", number: existing.number, url: existing.url, title, body };
  const close = input.others.filter((old) => old.number !== existing?.number && old.state === "open").map((old) => old.number);
  return { issue, close };
}

// src/github/status/status-issue.ts
async function listStatusIssues(gh, ref, label) {
  const { data } = await gh.rest.issues.listForRepo({
    ...ref,
    labels: label,
    state: "all",
    sort: "created",
    direction: "desc",
    per_page: 100
  });
  return data.filter((i) => !i.pull_request).map((i) => ({
    number: i.number,
    url: i.html_url,
    title: i.title,
    state: i.state === "open" ? "open" : "closed",
    body: i.body ?? ""
  }));
}
async function applyStatusIssuePlan(gh, ref, plan) {
  const write = plan.issue;
  let issue;
  if (write.kind === "create") {
    const { data } = await gh.rest.issues.create({
      ...ref,
      title: write.title,
      body: write.body,
      labels: [write.label]
    });
    issue = { number: data.number, url: data.html_url };
  } else {
    issue = { number: write.number, url: write.url };
    if (write.kind === "update")
      await gh.rest.issues.update({
        ...ref,
        issue_number: write.number,
        title: write.title,
        body: write.body,
        state: "open"
      });
  }
  for (const old of plan.close) {
    await gh.rest.issues.createComment({ ...ref, issue_number: old, body: supersededComment(issue) });
    await gh.rest.issues.update({ ...ref, issue_number: old, state: "closed", state_reason: "completed" });
  }
  const action = write.kind === "create" ? "created" : write.kind === "update" ? "updated" : "unchanged";
  return { issue, action, closed: plan.close };
}

// src/github/status/status-issues.graphql.ts
var FIRST_COMMENTS = 3;
var STATUS_ISSUES_QUERY = (
  /* GraphQL */
  `
  query SprintlabStatusIssues($q: String!, $after: String, $comments: Int!, $iterationField: String!, $withIteration: Boolean!) {
    search(type: ISSUE, query: $q, first: 100, after: $after) {
      issueCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ... on Issue {
          id
          number
          title
          url
          state
          stateReason
          createdAt
          closedAt
          body
          labels(first: 30) {
            nodes {
              name
            }
          }
          milestone {
            title
            dueOn
          }
          comments(first: $comments) {
            totalCount
            nodes {
              body
              author {
                __typename
              }
            }
          }
          projectItems(first: 5) @include(if: $withIteration) {
            nodes {
              fieldValueByName(name: $iterationField) {
                ... on ProjectV2ItemFieldIterationValue {
                  title
                  startDate
                  duration
                }
              }
            }
          }
        }
      }
    }
  }
`
);
var ISSUE_COMMENTS_QUERY = (
  /* GraphQL */
  `
  query SprintlabIssueComments($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Issue {
        id
        comments(first: 100) {
          nodes {
            body
            author {
              __typename
            }
          }
        }
      }
    }
  }
`
);
var MILESTONES_QUERY = (
  /* GraphQL */
  `
  query SprintlabMilestones($owner: String!, $repo: String!) {
    repository(owner: $owner, name: $repo) {
      milestones(first: 100, orderBy: { field: DUE_DATE, direction: DESC }) {
        nodes {
          title
          dueOn
        }
      }
    }
  }
`
);
var iterationField = (
  /* GraphQL */
  `
  field(name: $field) {
    ... on ProjectV2IterationField {
      configuration {
        iterations {
          title
          startDate
          duration
        }
        completedIterations {
          title
          startDate
          duration
        }
      }
    }
  }
`
);
var ORG_ITERATIONS_QUERY = (
  /* GraphQL */
  `
  query SprintlabOrgIterations($owner: String!, $number: Int!, $field: String!) {
    organization(login: $owner) {
      projectV2(number: $number) {
        ${iterationField}
      }
    }
  }
`
);
var USER_ITERATIONS_QUERY = (
  /* GraphQL */
  `
  query SprintlabUserIterations($owner: String!, $number: Int!, $field: String!) {
    user(login: $owner) {
      projectV2(number: $number) {
        ${iterationField}
      }
    }
  }
`
);

// src/github/status/status-read.ts
var LOG_MARKER = stickyMarker("experiment-log");
var RECORD_MARKER = `<!-- sprintlab:${RECORD_BLOCK} `;
var SEARCH_CAP = 1e3;
async function readTrackedIssues(gh, ref, options = {}) {
  const out = [];
  for (const kind of ["experiment", "data-task"]) {
    const nodes = await searchAll(gh, `repo:${ref.owner}/${ref.repo} is:issue label:${kind}`, options);
    const bodies = await recordComments(gh, nodes);
    for (const node of nodes) out.push(snapshotOf(node, kind, bodies.get(node.id), options));
  }
  return out.sort((a, b) => a.number - b.number);
}
async function searchAll(gh, base, options) {
  const seen = /* @__PURE__ */ new Map();
  let since;
  for (; ; ) {
    const q = `${base} sort:created-asc${since ? ` created:>=${since}` : ""}`;
    let after = null;
    let fetched = 0;
    let hasNext = true;
    let last;
    let total = 0;
    while (hasNext) {
      const page = await gh.graphql(STATUS_ISSUES_QUERY, {
        q,
        after,
        comments: FIRST_COMMENTS,
        iterationField: options.iterationField ?? "Iteration",
        withIteration: Boolean(options.iterationField)
      });
      for (const node of page.search.nodes) {
        if (!isIssue(node)) continue;
        seen.set(node.number, node);
        last = node.createdAt;
      }
      fetched += page.search.nodes.length;
      total = page.search.issueCount;
      hasNext = page.search.pageInfo.hasNextPage && Boolean(page.search.pageInfo.endCursor);
      after = page.search.pageInfo.endCursor;
    }
    if (fetched >= total || fetched < SEARCH_CAP || !last || last === since) break;
    since = last.replace(/\.\d{3}Z$/, "Z");
  }
  return [...seen.values()];
}
var isIssue = (node) => "number" in node;
async function recordComments(gh, nodes) {
  const missing = nodes.filter(
    (n) => n.comments.totalCount > n.comments.nodes.length && !findLog(n.comments.nodes)
  );
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i < missing.length; i += 50) {
    const ids = missing.slice(i, i + 50).map((n) => n.id);
    const result = await gh.graphql(ISSUE_COMMENTS_QUERY, { ids });
    for (const node of result.nodes) if (node) out.set(node.id, node.comments.nodes);
  }
  return out;
}
function findLog(comments) {
  const bodies = comments.filter((c) => c.author?.__typename === "Bot").map((c) => c.body);
  return bodies.find((b) => b.includes(LOG_MARKER) && b.includes(RECORD_MARKER)) ?? bodies.find((b) => b.includes(RECORD_MARKER));
}
function columnFromLabels(labels) {
  return COLUMNS.find((c) => labels.includes(`status:${c.toLowerCase()}`));
}
function experimentFormOf(body, createdAt) {
  const { values } = parseForm(experimentForm, body);
  const text = (id) => {
    const v = values[id];
    const s = typeof v === "string" ? v : Array.isArray(v) ? v[0] : void 0;
    return s?.trim() || void 0;
  };
  const num = (id) => {
    const s = text(id);
    const n = s === void 0 ? Number.NaN : Number(s);
    return Number.isFinite(n) ? n : void 0;
  };
  const goal = text("goal");
  const mode = text("mode");
  const timeBoxText = text("time_box");
  const timeBox = timeBoxText ? resolveTimeBox(timeBoxText, new Date(createdAt)) : void 0;
  const form = {};
  const metric = text("metric");
  if (metric) form.metric = metric;
  if (goal === "maximize" || goal === "minimize") form.goal = goal;
  const baseline = num("baseline");
  if (baseline !== void 0) form.baseline = baseline;
  const target = num("target");
  if (target !== void 0) form.target = target;
  const budget = num("budget");
  if (budget !== void 0 && budget > 0) form.budgetGpuHours = budget;
  if (timeBox) form.timeBox = timeBox;
  if (mode === "explore" || mode === "exploit") form.mode = mode;
  return form;
}
function snapshotOf(node, kind, later, options) {
  const labels = (node.labels?.nodes ?? []).map((l) => l.name);
  const record = decodeRecord(findLog([...node.comments.nodes, ...later ?? []]));
  const column = record.history.at(-1)?.column ?? columnFromLabels(labels);
  const iteration = options.iterationField ? node.projectItems?.nodes.map((i) => i.fieldValueByName).find((v) => v?.title && v.startDate) : void 0;
  const snapshot = {
    number: node.number,
    title: node.title,
    url: node.url,
    kind,
    state: node.state === "OPEN" ? "open" : "closed",
    createdAt: node.createdAt,
    ...node.closedAt ? { closedAt: node.closedAt } : {},
    labels,
    ...column ? { column } : {},
    form: kind === "experiment" ? experimentFormOf(node.body, node.createdAt) : {},
    record,
    ...iteration?.title ? { sprint: iteration.title } : node.milestone ? { sprint: node.milestone.title } : {}
  };
  if (kind === "data-task") {
    const { values } = parseForm(dataTaskForm, node.body);
    const formStage = typeof values.stage === "string" ? values.stage : Array.isArray(values.stage) ? values.stage[0] : void 0;
    const stage = record.stages?.at(-1)?.stage ?? DATA_STAGES.find((st) => labels.includes(stageLabel(st))) ?? (DATA_STAGES.includes(formStage ?? "") ? formStage : void 0);
    const readyAt = record.stages?.find((s) => s.stage === "Ready")?.at ?? (node.state === "CLOSED" && node.stateReason === "COMPLETED" ? node.closedAt ?? void 0 : void 0);
    const due = iterationEnd(iteration) ?? node.milestone?.dueOn ?? void 0;
    const blocks = parseIssueRefs(
      typeof values.blocking_experiments === "string" ? values.blocking_experiments : void 0
    );
    snapshot.data = {
      ...stage ? { stage } : {},
      ...due ? { due } : {},
      ...readyAt ? { readyAt } : {},
      blocks
    };
  }
  return snapshot;
}
function iterationEnd(it) {
  if (!it?.startDate || !it.duration) return void 0;
  return new Date(Date.parse(it.startDate) + (it.duration - 1) * 864e5).toISOString().slice(0, 10);
}
async function readMilestones(gh, ref) {
  const result = await gh.graphql(MILESTONES_QUERY, { owner: ref.owner, repo: ref.repo });
  return result.repository?.milestones.nodes ?? [];
}
async function readIterations(gh, project, field) {
  const query = project.ownerType === "organization" ? ORG_ITERATIONS_QUERY : USER_ITERATIONS_QUERY;
  const result = await gh.graphql(query, {
    owner: project.owner,
    number: project.number,
    field
  });
  const config = (project.ownerType === "organization" ? result.organization : result.user)?.projectV2?.field?.configuration;
  return config ? [...config.completedIterations, ...config.iterations] : [];
}

// src/github/status/status-run.ts
async function gatherStatusData(gh, ref, settings, project) {
  const source = settings.sprints.source;
  const iterationField2 = (source === "iteration" || source === "auto") && project ? settings.sprints.field : void 0;
  const sources = {};
  if (iterationField2 && project) {
    try {
      sources.iterations = await readIterations(gh, project, iterationField2);
    } catch (error) {
      if (!isAccessProblem(error)) throw error;
      sources.iterations = [];
      sources.problem = `could not read the board ${project.url} (${errorText(error)}); give the workflow a token that can read Projects`;
    }
  }
  if (source === "milestones" || source === "auto" && !sources.iterations?.length)
    sources.milestones = await readMilestones(gh, ref);
  const useIterations = Boolean(iterationField2 && sources.iterations?.length);
  const issues = await readTrackedIssues(gh, ref, useIterations && iterationField2 ? { iterationField: iterationField2 } : {});
  return { issues, sources };
}
function isAccessProblem(error) {
  const status = httpStatus(error);
  if (status === 401 || status === 403 || status === 404) return true;
  return error instanceof Error && error.name === "GraphqlResponseError";
}
function errorText(error) {
  const errors = error.errors;
  const first = errors?.[0]?.message ?? (error instanceof Error ? error.message : String(error));
  return first.replace(/\s+/g, " ").slice(0, 200);
}

// src/flows/status/weekly-status.ts
async function readWeeklyStatus(gh, ref, options) {
  const { board, report: settings } = statusSettings(options.config);
  const { now } = options;
  const repository = `${ref.owner}/${ref.repo}`;
  const { issues, sources } = await gatherStatusData(gh, ref, settings, board.project);
  const statusIssues = options.statusIssues ? await listStatusIssues(gh, ref, settings.label) : [];
  const draft = weeklyStatus({ repository, issues, settings, now, sources });
  const existing = findWeekIssue(statusIssues, draft.week, draft.title);
  const previous = previousIssue(statusIssues, existing);
  const result = previous ? weeklyStatus({
    repository,
    issues,
    settings,
    now,
    sources,
    previous: { number: previous.number, url: previous.url }
  }) : draft;
  const plan = planStatusIssue({
    title: result.title,
    body: result.markdown,
    label: settings.label,
    existing,
    others: statusIssues
  });
  return { repository, issues, result, plan };
}
function publishWeeklyStatus(gh, ref, read) {
  return applyStatusIssuePlan(gh, ref, read.plan);
}

export {
  readWeeklyStatus,
  publishWeeklyStatus
};
