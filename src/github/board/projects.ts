import type { ProjectRef } from '../../core/board/settings.js';
import { DEFAULT_CONFIG_PATH } from '../../core/contracts.js';
import type { Column } from '../../core/experiment/record.js';
import type { GitHub } from '../client.js';
import { BoardProblem, graphqlErrorType } from './board-problem.js';
import {
  ADD_ITEM_MUTATION,
  type FieldValueInput,
  ORG_PROJECT_QUERY,
  type ProjectQueryResult,
  USER_PROJECT_QUERY,
  updateCardMutation,
} from './projects.graphql.js';

export interface ProjectIds {
  projectId: string;
  fieldId: string;
  /** Option id by option name. */
  options: Map<string, string>;
  /** Every field of the board by name, for the experiment fields (`board.fields`). */
  fields: Map<string, { id: string; dataType: string; options: Map<string, string> }>;
}

// Project, field and option ids never change under a running process unless someone edits the
// board, so they are looked up once per (project, field); a missing option clears the entry.
const cache = new Map<string, ProjectIds>();
const cacheKey = (ref: ProjectRef, field: string) => `${ref.url}#${field}`;

export const forgetProjectIds = () => cache.clear();

/** The ids of the board, its single-select field and the field's options; cached per process. */
export async function projectIds(gh: GitHub, ref: ProjectRef, field: string): Promise<ProjectIds> {
  const key = cacheKey(ref, field);
  const hit = cache.get(key);
  if (hit) return hit;
  let result: ProjectQueryResult;
  try {
    result = await gh.graphql<ProjectQueryResult>(
      ref.ownerType === 'organization' ? ORG_PROJECT_QUERY : USER_PROJECT_QUERY,
      {
        owner: ref.owner,
        number: ref.number,
        field,
      },
    );
  } catch (error) {
    throw projectProblem(error, ref) ?? error;
  }
  const project = result.organization?.projectV2 ?? result.user?.projectV2;
  if (!project) throw notFound(ref);
  if (!project.field?.id || !project.field.options) {
    throw new BoardProblem(
      `the board "${project.title}" has no single-select field named "${field}"`,
      `add a single-select field "${field}" to the board with the columns as options, or set \`board.field\` in ${DEFAULT_CONFIG_PATH} to the field you use`,
    );
  }
  const ids: ProjectIds = {
    projectId: project.id,
    fieldId: project.field.id,
    options: new Map(project.field.options.map((o) => [o.name, o.id])),
    fields: new Map(
      project.fields.nodes.flatMap((f) =>
        f?.id && f.name && f.dataType
          ? [
              [
                f.name,
                {
                  id: f.id,
                  dataType: f.dataType,
                  options: new Map((f.options ?? []).map((o) => [o.name, o.id])),
                },
              ] as const,
            ]
          : [],
      ),
    ),
  };
  cache.set(key, ids);
  return ids;
}

const notFound = (ref: ProjectRef) =>
  new BoardProblem(
    `the board ${ref.url} was not found`,
    `check \`board.project\` in ${DEFAULT_CONFIG_PATH}, and that the app (or the token) can see the project`,
  );

function projectProblem(error: unknown, ref: ProjectRef): BoardProblem | undefined {
  const type = graphqlErrorType(error);
  if (type === 'NOT_FOUND') return notFound(ref);
  if (type === 'FORBIDDEN')
    return new BoardProblem(
      `Sprintlab may not change the board ${ref.url}`,
      ref.ownerType === 'organization'
        ? 'grant the app "Organization projects: Read and write" (or, in a workflow, pass a token that can write projects: GITHUB_TOKEN cannot)'
        : 'user projects need a token of that user with the `project` scope; GITHUB_TOKEN and app tokens cannot reach them',
    );
  return undefined;
}

/** The option id for a column, or a problem the team can fix on the board. */
export function optionFor(ids: ProjectIds, ref: ProjectRef, field: string, column: Column): string {
  const id =
    ids.options.get(column) ??
    [...ids.options].find(([name]) => name.toLowerCase() === column.toLowerCase())?.[1];
  if (!id) {
    cache.delete(cacheKey(ref, field));
    throw new BoardProblem(
      `the board's "${field}" field has no option "${column}"`,
      `add an option named "${column}" to the "${field}" field on the board (the columns are Backlog, Hypothesis, Experiment, Evaluation, Iteration, Production, Killed)`,
    );
  }
  return id;
}

/** Puts the issue on the board (a no-op at GitHub if it is there already) and returns the card id. */
export async function addCard(
  gh: GitHub,
  ref: ProjectRef,
  projectId: string,
  contentId: string,
): Promise<string> {
  try {
    const r = await gh.graphql<{ addProjectV2ItemById: { item: { id: string } } }>(ADD_ITEM_MUTATION, {
      projectId,
      contentId,
    });
    return r.addProjectV2ItemById.item.id;
  } catch (error) {
    throw projectProblem(error, ref) ?? error;
  }
}

/** One field to set on a card, with the value the field type takes. */
export interface CardUpdate {
  fieldId: string;
  value: FieldValueInput;
}

/**
 * The value input for a board field, or a problem the team can fix (a field that is missing or of a
 * type that cannot hold the value).
 */
export function fieldUpdate(ids: ProjectIds, name: string, value: string | number): CardUpdate {
  const field = ids.fields.get(name);
  if (!field) {
    throw new BoardProblem(
      `the board has no field named "${name}" (listed in \`board.fields\`)`,
      `add a field "${name}" to the board, or remove it from \`board.fields\` in ${DEFAULT_CONFIG_PATH}`,
    );
  }
  switch (field.dataType) {
    case 'NUMBER':
      if (typeof value === 'number') return { fieldId: field.id, value: { number: value } };
      break;
    case 'DATE':
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
        return { fieldId: field.id, value: { date: value } };
      break;
    case 'TEXT':
      return { fieldId: field.id, value: { text: String(value) } };
    case 'SINGLE_SELECT': {
      const option = [...field.options].find(([n]) => n.toLowerCase() === String(value).toLowerCase())?.[1];
      if (option) return { fieldId: field.id, value: { singleSelectOptionId: option } };
      throw new BoardProblem(
        `the board's "${name}" field has no option "${value}"`,
        `add the option "${value}" to "${name}", or make "${name}" a text field`,
      );
    }
  }
  throw new BoardProblem(
    `the board's "${name}" field is a ${field.dataType.toLowerCase().replace('_', '-')} field and cannot hold "${value}"`,
    `make "${name}" a ${typeof value === 'number' ? 'number' : 'text'} field, or remove it from \`board.fields\``,
  );
}

/** Sets the column and other fields of a card in one GraphQL call. */
export async function updateCard(
  gh: GitHub,
  ref: ProjectRef,
  projectId: string,
  itemId: string,
  updates: CardUpdate[],
) {
  if (!updates.length) return;
  const variables: Record<string, unknown> = { projectId, itemId };
  updates.forEach((u, i) => {
    variables[`f${i}`] = u.fieldId;
    variables[`v${i}`] = u.value;
  });
  try {
    await gh.graphql(updateCardMutation(updates.length), variables);
  } catch (error) {
    throw projectProblem(error, ref) ?? error;
  }
}
