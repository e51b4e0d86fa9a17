/** Projects v2: find the board and its Status field once; add a card; set its column. */
const PROJECT_FIELDS = /* GraphQL */ `
  projectV2(number: $number) {
    id
    title
    field(name: $field) {
      ... on ProjectV2SingleSelectField {
        id
        name
        options {
          id
          name
        }
      }
    }
    fields(first: 50) {
      nodes {
        ... on ProjectV2FieldCommon {
          id
          name
          dataType
        }
        ... on ProjectV2SingleSelectField {
          options {
            id
            name
          }
        }
      }
    }
  }
`;

export const ORG_PROJECT_QUERY = /* GraphQL */ `
  query SprintlabOrgProject($owner: String!, $number: Int!, $field: String!) {
    organization(login: $owner) {
      ${PROJECT_FIELDS}
    }
  }
`;

export const USER_PROJECT_QUERY = /* GraphQL */ `
  query SprintlabUserProject($owner: String!, $number: Int!, $field: String!) {
    user(login: $owner) {
      ${PROJECT_FIELDS}
    }
  }
`;

export interface ProjectQueryResult {
  organization?: { projectV2: ProjectNode | null } | null;
  user?: { projectV2: ProjectNode | null } | null;
}

export interface ProjectNode {
  id: string;
  title: string;
  field: { id?: string; name?: string; options?: { id: string; name: string }[] } | null;
  fields: {
    nodes: ({
      id?: string;
      name?: string;
      dataType?: string;
      options?: { id: string; name: string }[];
    } | null)[];
  };
}

export const ADD_ITEM_MUTATION = /* GraphQL */ `
  mutation SprintlabAddCard($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`;

/**
 * Sets several fields of one card in one call: the column and any experiment fields, each an
 * aliased `updateProjectV2ItemFieldValue` with its own field id and value.
 */
export function updateCardMutation(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$f${i}: ID!, $v${i}: ProjectV2FieldValue!`).join(
    ', ',
  );
  const updates = Array.from(
    { length: count },
    (_, i) =>
      `  u${i}: updateProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $f${i}, value: $v${i} }) {\n    projectV2Item {\n      id\n    }\n  }`,
  ).join('\n');
  return `mutation SprintlabUpdateCard($projectId: ID!, $itemId: ID!, ${vars}) {\n${updates}\n}\n`;
}

/** A field value as the mutation takes it. */
export type FieldValueInput =
  | { text: string }
  | { number: number }
  | { date: string }
  | { singleSelectOptionId: string };
