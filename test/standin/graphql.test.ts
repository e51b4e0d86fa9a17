import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHub, type GitHub } from '../../src/github/client.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { graphqlSchemaLoadMs } from '../support/standin-graphql.js';
import { responseShapeErrors } from '../support/standin-response-check.js';
import type { ProjectRecord } from '../support/standin-state.js';

let gh: StandIn;
let client: GitHub;
let project: ProjectRecord;

const COLUMNS = ['Backlog', 'Hypothesis', 'Experiment', 'Evaluation', 'Iteration', 'Production', 'Killed'];

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: ['acme/models'] });
  client = createGitHub({ token: 'ghs_test', baseUrl: gh.url, retries: 1 });
  project = gh.state.addProject({
    owner: 'acme',
    ownerType: 'Organization',
    number: 3,
    title: 'ML board',
    fields: [
      { name: 'Status', type: 'single_select', options: COLUMNS },
      {
        name: 'Sprint',
        type: 'iteration',
        iterations: [{ title: 'Sprint 12', startDate: '2026-11-16', duration: 14 }],
        completedIterations: [{ title: 'Sprint 11', startDate: '2026-11-02', duration: 14 }],
      },
    ],
  });
});
afterAll(() => gh.close());
beforeEach(() => gh.resetRecords());

const BOARD = /* GraphQL */ `
  query Board($login: String!, $number: Int!, $after: String) {
    organization(login: $login) {
      projectV2(number: $number) {
        id
        title
        field(name: "Status") {
          ... on ProjectV2SingleSelectField { id name options { id name } }
        }
        fields(first: 20) {
          nodes {
            ... on ProjectV2FieldCommon { id name dataType }
            ... on ProjectV2IterationField { configuration { iterations { id title startDate duration } } }
          }
        }
        items(first: 50, after: $after) {
          nodes {
            id
            content { ... on Issue { number title state } }
            fieldValueByName(name: "Status") { ... on ProjectV2ItemFieldSingleSelectValue { name optionId } }
            sprint: fieldValueByName(name: "Sprint") { ... on ProjectV2ItemFieldIterationValue { title iterationId } }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`;

interface BoardData {
  organization: {
    projectV2: {
      id: string;
      title: string;
      field: { id: string; name: string; options: { id: string; name: string }[] };
      fields: {
        nodes: {
          id: string;
          name: string;
          dataType: string;
          configuration?: { iterations: { id: string; title: string }[] };
        }[];
      };
      items: {
        nodes: {
          id: string;
          content: { number: number; title: string; state: string };
          fieldValueByName: { name: string; optionId: string } | null;
          sprint: { title: string; iterationId: string } | null;
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
}

describe('GraphQL validated against GitHub schema', () => {
  it('answers an invalid document with GraphQL errors and records a violation', async () => {
    await expect(
      client.graphql('query { repository(owner: "acme", name: "models") { experiments { id } } }'),
    ).rejects.toThrow(/Cannot query field "experiments" on type "Repository"/);
    expect(gh.violations).toEqual([
      expect.objectContaining({ kind: 'graphql', message: expect.stringContaining('experiments') }),
    ]);
    await expect(client.graphql('query {')).rejects.toThrow(/Syntax Error/);
    expect(gh.violations).toHaveLength(2);
    gh.violations.length = 0;
    console.info(`GitHub GraphQL schema build: ${graphqlSchemaLoadMs().toFixed(0)} ms (once per process)`);
  });

  it('flags a real GitHub field the stand-in does not model instead of answering null silently', async () => {
    const data = await client.graphql<{ repository: { nameWithOwner: string; homepageUrl: string | null } }>(
      'query { repository(owner: "acme", name: "models") { nameWithOwner homepageUrl } }',
    );
    expect(data.repository).toEqual({ nameWithOwner: 'acme/models', homepageUrl: null });
    expect(gh.violations).toEqual([
      expect.objectContaining({
        kind: 'unimplemented',
        message: expect.stringContaining('Repository.homepageUrl'),
      }),
    ]);
    gh.violations.length = 0;
  });

  it('enforces first/last on connections like GitHub', async () => {
    await expect(
      client.graphql('query { repository(owner: "acme", name: "models") { issues { totalCount } } }'),
    ).rejects.toThrow(/must provide a `first` or `last`/);
    // Valid against the schema, so not a drift violation: GitHub itself refuses it at run time.
    gh.assertNoViolations();
  });
});

describe('Projects v2', () => {
  it('reads the board, adds an item, moves it between columns and deletes it', async () => {
    const issue = gh.state.addIssue({ title: 'Try QLoRA r=16', labels: ['experiment'] });
    const board = await client.graphql<BoardData>(BOARD, { login: 'acme', number: 3 });
    const p = board.organization.projectV2;
    expect(p.title).toBe('ML board');
    expect(p.field.options.map((o) => o.name)).toEqual(COLUMNS);
    expect(p.fields.nodes.map((f) => `${f.name}:${f.dataType}`)).toEqual([
      'Title:TITLE',
      'Status:SINGLE_SELECT',
      'Sprint:ITERATION',
    ]);
    expect(p.fields.nodes[2]?.configuration?.iterations.map((i) => i.title)).toEqual(['Sprint 12']);
    expect(p.items.nodes).toHaveLength(0);

    const { issueNode } = {
      issueNode: (
        await client.graphql<{ repository: { issue: { id: string } } }>(
          'query($n: Int!) { repository(owner: "acme", name: "models") { issue(number: $n) { id } } }',
          { n: issue.number },
        )
      ).repository.issue,
    };
    const added = await client.graphql<{ addProjectV2ItemById: { item: { id: string } } }>(
      'mutation($p: ID!, $c: ID!) { addProjectV2ItemById(input: { projectId: $p, contentId: $c }) { item { id } } }',
      { p: p.id, c: issueNode.id },
    );
    const itemId = added.addProjectV2ItemById.item.id;
    // Adding the same content again returns the same item, as on GitHub.
    const again = await client.graphql<{ addProjectV2ItemById: { item: { id: string } } }>(
      'mutation($p: ID!, $c: ID!) { addProjectV2ItemById(input: { projectId: $p, contentId: $c }) { item { id } } }',
      { p: p.id, c: issueNode.id },
    );
    expect(again.addProjectV2ItemById.item.id).toBe(itemId);

    const hypothesis = p.field.options.find((o) => o.name === 'Hypothesis')!;
    const sprint = p.fields.nodes[2]!.configuration!.iterations[0]!;
    const MOVE = `mutation($p: ID!, $i: ID!, $f: ID!, $v: ProjectV2FieldValue!) {
      updateProjectV2ItemFieldValue(input: { projectId: $p, itemId: $i, fieldId: $f, value: $v }) { projectV2Item { id } }
    }`;
    await client.graphql(MOVE, {
      p: p.id,
      i: itemId,
      f: p.field.id,
      v: { singleSelectOptionId: hypothesis.id },
    });
    await client.graphql(MOVE, {
      p: p.id,
      i: itemId,
      f: p.fields.nodes[2]!.id,
      v: { iterationId: sprint.id },
    });
    await expect(
      client.graphql(MOVE, { p: p.id, i: itemId, f: p.field.id, v: { singleSelectOptionId: 'nope' } }),
    ).rejects.toThrow(/option Id does not belong/);

    const after = await client.graphql<BoardData>(BOARD, { login: 'acme', number: 3 });
    expect(after.organization.projectV2.items.nodes).toEqual([
      {
        id: itemId,
        content: { number: issue.number, title: 'Try QLoRA r=16', state: 'OPEN' },
        fieldValueByName: { name: 'Hypothesis', optionId: hypothesis.id },
        sprint: { title: 'Sprint 12', iterationId: sprint.id },
      },
    ]);
    expect(gh.state.itemValueByName(project, project.items[0]!, 'Status')).toBe('Hypothesis');

    // The issue side: projectItems with its column, as the app reads it in one call.
    const viaIssue = await client.graphql<{
      repository: {
        issue: {
          projectItems: { nodes: { project: { number: number }; fieldValueByName: { name: string } }[] };
        };
      };
    }>(
      `query($n: Int!) { repository(owner: "acme", name: "models") { issue(number: $n) {
        projectItems(first: 10) { nodes { project { number } fieldValueByName(name: "Status") {
          ... on ProjectV2ItemFieldSingleSelectValue { name } } } } } } }`,
      { n: issue.number },
    );
    expect(viaIssue.repository.issue.projectItems.nodes).toEqual([
      { project: { number: 3 }, fieldValueByName: { name: 'Hypothesis' } },
    ]);

    const node = await client.graphql<{ node: { __typename: string; number: number } }>(
      'query($id: ID!) { node(id: $id) { __typename ... on ProjectV2 { number } } }',
      { id: p.id },
    );
    expect(node.node).toEqual({ __typename: 'ProjectV2', number: 3 });

    await client.graphql(
      'mutation($p: ID!, $i: ID!) { deleteProjectV2Item(input: { projectId: $p, itemId: $i }) { deletedItemId } }',
      {
        p: p.id,
        i: itemId,
      },
    );
    expect(project.items).toHaveLength(0);
    expect(gh.calls({ route: '/graphql' }).map((c) => c.graphql?.rootFields?.join())).toContain(
      'updateProjectV2ItemFieldValue',
    );
    // Two adds, three moves (one refused) and one delete.
    expect(gh.calls({ route: '/graphql', operation: 'mutation' })).toHaveLength(6);
    gh.assertNoViolations();
  });

  it('pages through project items with cursors', async () => {
    const many = gh.state.seedIssues(120, (i) => ({ title: `exp ${i}` }));
    for (const issue of many) gh.state.addProjectItem(project, issue, { Status: i18(issue.number) });
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: BoardData = await client.graphql<BoardData>(BOARD, { login: 'acme', number: 3, after });
      const items = page.organization.projectV2.items;
      seen.push(...items.nodes.map((n) => n.content.number));
      after = items.pageInfo.hasNextPage ? items.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(many.map((i) => i.number));
    expect(gh.calls({ route: '/graphql' })).toHaveLength(3);
    gh.assertNoViolations();
  });

  it('answers NOT_FOUND for a project or owner that does not exist', async () => {
    await expect(client.graphql(BOARD, { login: 'acme', number: 99 })).rejects.toThrow(
      /Could not resolve to a ProjectV2 with the number 99/,
    );
    await expect(client.graphql(BOARD, { login: 'nobody', number: 3 })).rejects.toThrow(
      /Could not resolve to an Organization/,
    );
    gh.assertNoViolations();
  });

  it('serves a user-owned project under user(login)', async () => {
    gh.state.addProject({
      owner: 'octocat',
      ownerType: 'User',
      number: 1,
      fields: [{ name: 'Status', type: 'single_select', options: ['Todo'] }],
    });
    const data = await client.graphql<{ user: { projectV2: { field: { options: { name: string }[] } } } }>(
      `query { user(login: "octocat") { projectV2(number: 1) { field(name: "Status") {
        ... on ProjectV2SingleSelectField { options { name } } } } } }`,
    );
    expect(data.user.projectV2.field.options).toEqual([{ name: 'Todo' }]);
    gh.assertNoViolations();
  });
});

const i18 = (n: number) => COLUMNS[n % COLUMNS.length]!;

describe('issues over GraphQL at scale', () => {
  it('seeds 1000 issues quickly and pages through them with search and repository.issues', async () => {
    const local = await startGitHubStandIn({ repos: ['acme/big'] });
    try {
      const started = performance.now();
      local.state.seedIssues(1000, (i) => ({
        title: `Experiment ${i}`,
        body: `### Hypothesis\n\nidea ${i}`,
        labels: i % 3 === 0 ? ['experiment', 'status:killed'] : ['experiment'],
        state: i % 3 === 0 ? 'closed' : 'open',
        created_at: new Date(Date.UTC(2026, 0, 1) + i * 3600_000),
      }));
      const seedMs = performance.now() - started;
      console.info(`seedIssues(1000): ${seedMs.toFixed(1)} ms`);
      expect(seedMs).toBeLessThan(500);

      const c = createGitHub({ token: 't', baseUrl: local.url, retries: 0 });
      const SEARCH = `query($q: String!, $after: String) {
        search(query: $q, type: ISSUE, first: 100, after: $after) {
          issueCount
          nodes { ... on Issue { number title state closedAt createdAt labels(first: 10) { nodes { name } } comments { totalCount } } }
          pageInfo { hasNextPage endCursor }
        }
      }`;
      type SearchPage = {
        search: {
          issueCount: number;
          nodes: { number: number; state: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      // `comments` without first/last is refused by GitHub, so it must be refused here too.
      await expect(c.graphql<SearchPage>(SEARCH, { q: 'repo:acme/big is:issue' })).rejects.toThrow(
        /first` or `last/,
      );

      const q = SEARCH.replace('comments {', 'comments(first: 0) {');
      const numbers: number[] = [];
      let after: string | null = null;
      let total = 0;
      const t0 = performance.now();
      // Octokit spaces GraphQL calls 1 s apart, so page over the killed third (4 pages), not all 10.
      do {
        const page: SearchPage = await c.graphql<SearchPage>(q, {
          q: 'repo:acme/big is:issue label:status:killed',
          after,
        });
        total = page.search.issueCount;
        numbers.push(...page.search.nodes.map((n) => n.number));
        after = page.search.pageInfo.hasNextPage ? page.search.pageInfo.endCursor : null;
      } while (after);
      console.info(`search over 1000 issues, 4 pages: ${(performance.now() - t0).toFixed(0)} ms`);
      expect(total).toBe(334);
      expect(new Set(numbers).size).toBe(334);
      expect(local.calls({ route: '/graphql', status: 200 })).toHaveLength(5);

      const ISSUES = `query($after: String) { repository(owner: "acme", name: "big") {
        issues(first: 100, after: $after, states: [CLOSED], labels: ["status:killed"]) {
          totalCount nodes { number stateReason } pageInfo { hasNextPage endCursor } } } }`;
      const closed = await c.graphql<{
        repository: { issues: { totalCount: number; nodes: { stateReason: string }[] } };
      }>(ISSUES);
      expect(closed.repository.issues.totalCount).toBe(334);
      expect(closed.repository.issues.nodes[0]?.stateReason).toBe('COMPLETED');
      local.assertNoViolations();
    } finally {
      await local.close();
    }
  });
});

describe('milestones', () => {
  it('serves milestones ordered by due date (undated last) and on issues, over GraphQL and REST', async () => {
    gh.state.addMilestone({ title: 'Sprint 11', dueOn: '2026-11-06', state: 'closed' });
    gh.state.addMilestone({ title: 'Backlog' });
    gh.state.addMilestone({ title: 'Sprint 12', dueOn: '2026-11-20T07:00:00Z' });
    const issue = gh.state.addIssue({ title: 'in sprint', milestone: 'Sprint 12' });
    const data = await client.graphql<{
      repository: {
        milestones: { nodes: { title: string; dueOn: string | null; state: string }[] };
        issue: { milestone: { title: string; dueOn: string } };
      };
    }>(
      `query($n: Int!) { repository(owner: "acme", name: "models") {
        milestones(first: 100, orderBy: { field: DUE_DATE, direction: DESC }) { nodes { title dueOn state } }
        issue(number: $n) { milestone { title dueOn } } } }`,
      { n: issue.number },
    );
    expect(data.repository.milestones.nodes).toEqual([
      { title: 'Sprint 12', dueOn: '2026-11-20T07:00:00Z', state: 'OPEN' },
      { title: 'Sprint 11', dueOn: '2026-11-06T00:00:00Z', state: 'CLOSED' },
      { title: 'Backlog', dueOn: null, state: 'OPEN' },
    ]);
    expect(data.repository.issue.milestone.title).toBe('Sprint 12');
    const { data: open } = await client.rest.issues.listMilestones({ owner: 'acme', repo: 'models' });
    expect(responseShapeErrors(gh.requests)).toEqual([]);
    expect(open.map((m) => [m.title, m.open_issues])).toEqual([
      ['Backlog', 0],
      ['Sprint 12', 1],
    ]);
    gh.assertNoViolations();
  });
});

describe('permissions on GraphQL', () => {
  it('refuses mutations with a read-only token', async () => {
    gh.tokenPermissions.set('ghs_read', 'read');
    const reader = createGitHub({ token: 'ghs_read', baseUrl: gh.url, retries: 0 });
    const issue = gh.state.addIssue({ title: 'x' });
    await expect(
      reader.graphql(
        'mutation($p: ID!, $c: ID!) { addProjectV2ItemById(input: { projectId: $p, contentId: $c }) { item { id } } }',
        {
          p: project.id,
          c: issue.node_id,
        },
      ),
    ).rejects.toThrow(/Resource not accessible by integration/);
  });

  it('retries a GraphQL 502 once', async () => {
    gh.failNext({ route: '/graphql', status: 502 });
    const data = await client.graphql<{ repository: { nameWithOwner: string } }>(
      'query { repository(owner: "acme", name: "models") { nameWithOwner } }',
    );
    expect(data.repository.nameWithOwner).toBe('acme/models');
    expect(gh.calls({ route: '/graphql' }).map((c) => c.status)).toEqual([502, 200]);
  });
});
