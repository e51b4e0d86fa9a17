/**
 * GraphQL for the weekly status report. One search page returns 100 tracked issues with just what the
 * report needs: the form body, labels, milestone and the first few comments (the app posts its sticky
 * experiment log first, so it is almost always among them).
 */

/** Comments fetched per issue in the search; issues whose log is further down get a second look. */
export const FIRST_COMMENTS = 3;

export const STATUS_ISSUES_QUERY = /* GraphQL */ `
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
`;

/** The later comments of issues whose experiment log was not among the first ones, 50 issues a call. */
export const ISSUE_COMMENTS_QUERY = /* GraphQL */ `
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
`;

export const MILESTONES_QUERY = /* GraphQL */ `
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
`;

const iterationField = /* GraphQL */ `
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
`;

export const ORG_ITERATIONS_QUERY = /* GraphQL */ `
  query SprintlabOrgIterations($owner: String!, $number: Int!, $field: String!) {
    organization(login: $owner) {
      projectV2(number: $number) {
        ${iterationField}
      }
    }
  }
`;

export const USER_ITERATIONS_QUERY = /* GraphQL */ `
  query SprintlabUserIterations($owner: String!, $number: Int!, $field: String!) {
    user(login: $owner) {
      projectV2(number: $number) {
        ${iterationField}
      }
    }
  }
`;

export interface IterationValue {
  title: string;
  startDate: string;
  duration: number;
}

/** A comment with its author's kind: only a bot (the app) writes the experiment log. */
export interface CommentNode {
  body: string;
  author: { __typename: string } | null;
}

export interface SearchIssueNode {
  id: string;
  number: number;
  title: string;
  url: string;
  state: 'OPEN' | 'CLOSED';
  stateReason: 'COMPLETED' | 'NOT_PLANNED' | 'REOPENED' | 'DUPLICATE' | null;
  createdAt: string;
  closedAt: string | null;
  body: string;
  labels: { nodes: { name: string }[] } | null;
  milestone: { title: string; dueOn: string | null } | null;
  comments: { totalCount: number; nodes: CommentNode[] };
  projectItems?: { nodes: { fieldValueByName: Partial<IterationValue> | null }[] };
}

export interface StatusIssuesResult {
  search: {
    issueCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: (SearchIssueNode | Record<string, never>)[];
  };
}

export interface IssueCommentsResult {
  nodes: ({ id: string; comments: { nodes: CommentNode[] } } | null)[];
}

export interface MilestonesResult {
  repository: { milestones: { nodes: { title: string; dueOn: string | null }[] } } | null;
}

export interface IterationsResult {
  organization?: { projectV2: { field: IterationFieldShape | null } | null } | null;
  user?: { projectV2: { field: IterationFieldShape | null } | null } | null;
}

interface IterationFieldShape {
  configuration?: { iterations: IterationValue[]; completedIterations: IterationValue[] };
}
