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

export const SET_STATUS_MUTATION = /* GraphQL */ `
  mutation SprintlabSetColumn($projectId: ID!, $itemId: ID!, $fieldId: ID!, $optionId: String!) {
    updateProjectV2ItemFieldValue(
      input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: { singleSelectOptionId: $optionId } }
    ) {
      projectV2Item {
        id
      }
    }
  }
`;
