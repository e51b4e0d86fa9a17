import type { CommentNode } from '../sticky-comment.js';

/**
 * One query for everything an event needs to know about an issue: the issue itself, Sprintlab's
 * sticky comments (the record lives there), its card on the board, and, only when the event needs
 * them, WIP counts and open data tasks. One call instead of four keeps a webhook cheap.
 */
/** The issue fields every Sprintlab read needs: the snapshot a plan is made from and its sticky comments. */
const ISSUE_FIELDS = /* GraphQL */ `
  fragment SprintlabIssueFields on Issue {
    id
    number
    title
    body
    state
    createdAt
    labels(first: 50) {
      nodes {
        name
      }
    }
    comments(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        databaseId
        body
        author {
          __typename
        }
      }
    }
  }
`;

export const ISSUE_STATE_QUERY = /* GraphQL */ `
  ${ISSUE_FIELDS}
  query SprintlabIssueState(
    $owner: String!
    $repo: String!
    $number: Int!
    $field: String!
    $wipQuery: String!
    $withWipSearch: Boolean!
    $projectId: ID!
    $withProjectItems: Boolean!
    $withDataTasks: Boolean!
    $withCardFields: Boolean!
    $withCard: Boolean!
  ) {
    repository(owner: $owner, name: $repo) {
      issue(number: $number) {
        ...SprintlabIssueFields
        projectItems(first: 20) @include(if: $withCard) {
          nodes {
            id
            project {
              id
            }
            fieldValueByName(name: $field) {
              ... on ProjectV2ItemFieldSingleSelectValue {
                name
              }
            }
            fieldValues(first: 30) @include(if: $withCardFields) {
              nodes {
                ... on ProjectV2ItemFieldTextValue {
                  text
                  field {
                    ... on ProjectV2FieldCommon {
                      name
                    }
                  }
                }
                ... on ProjectV2ItemFieldNumberValue {
                  number
                  field {
                    ... on ProjectV2FieldCommon {
                      name
                    }
                  }
                }
                ... on ProjectV2ItemFieldDateValue {
                  date
                  field {
                    ... on ProjectV2FieldCommon {
                      name
                    }
                  }
                }
                ... on ProjectV2ItemFieldSingleSelectValue {
                  name
                  field {
                    ... on ProjectV2FieldCommon {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
      dataTasks: issues(first: 100, states: [OPEN], labels: ["data-task"]) @include(if: $withDataTasks) {
        nodes {
          number
          body
          labels(first: 50) {
            nodes {
              name
            }
          }
        }
      }
    }
    wip: search(query: $wipQuery, type: ISSUE, first: 1) @include(if: $withWipSearch) {
      issueCount
    }
    board: node(id: $projectId) @include(if: $withProjectItems) {
      ... on ProjectV2 {
        items(first: 100) {
          nodes {
            fieldValueByName(name: $field) {
              ... on ProjectV2ItemFieldSingleSelectValue {
                name
              }
            }
            content {
              ... on Issue {
                number
                state
              }
            }
          }
        }
      }
    }
  }
`;

export interface CardFieldValue {
  text?: string | null;
  number?: number | null;
  date?: string | null;
  name?: string | null;
  field?: { name?: string } | null;
}

export interface IssueStateResult {
  repository: {
    issue: {
      id: string;
      number: number;
      title: string;
      body: string | null;
      state: 'OPEN' | 'CLOSED';
      createdAt: string;
      labels: { nodes: { name: string }[] };
      comments: { pageInfo: { hasNextPage: boolean }; nodes: CommentNode[] };
      /** Only asked for in board mode: a token without project access gets an error for this field. */
      projectItems?: {
        nodes: {
          id: string;
          project: { id: string };
          fieldValueByName: { name?: string | null } | null;
          fieldValues?: { nodes: (CardFieldValue | null)[] };
        }[];
      };
    } | null;
    dataTasks?: { nodes: { number: number; body: string | null; labels: { nodes: { name: string }[] } }[] };
  } | null;
  wip?: { issueCount: number };
  board?: {
    items?: {
      nodes: {
        fieldValueByName: { name?: string | null } | null;
        content: { number?: number; state?: string } | null;
      }[];
    };
  } | null;
}

/** Open experiments, each with its comments, for the scheduled time-box check. */
export const OPEN_EXPERIMENTS_QUERY = /* GraphQL */ `
  ${ISSUE_FIELDS}
  query SprintlabOpenExperiments($owner: String!, $repo: String!, $cursor: String) {
    repository(owner: $owner, name: $repo) {
      issues(first: 50, after: $cursor, states: [OPEN], labels: ["experiment"]) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SprintlabIssueFields
        }
      }
    }
  }
`;

export interface OpenExperimentsResult {
  repository: {
    issues: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: NonNullable<NonNullable<IssueStateResult['repository']>['issue']>[];
    };
  } | null;
}
