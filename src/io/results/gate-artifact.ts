import { readFile } from 'node:fs/promises';
import schema from '../../../schemas/gate-artifact.schema.json' with { type: 'json' };
import { assertValid } from '../../config/validate.js';
import { InputError } from '../../core/errors.js';
import type { GateArtifact } from '../../core/gate/artifact.js';
import { workspaceFile } from '../files/workspace-path.js';

/** The pull request and, at most, a run's results and their per-item rows: far more is not what the gate wrote. */
export const ARTIFACT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Reads and validates the artifact a fork PR's gate run uploaded. Its bytes come from a run of the
 * fork's code: a file that is not JSON is refused without quoting it, and the JSON must match the
 * schema before any of it is used.
 */
export async function readGateArtifact(root: string, path: string): Promise<GateArtifact> {
  const file = await workspaceFile(root, path, { key: 'artifact', maxBytes: ARTIFACT_MAX_BYTES });
  const fix =
    'download the artifact the gate uploaded (actions/download-artifact with run-id) and point "artifact" at its gate-artifact.json';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError('the gate artifact was not found', { file: path, field: 'artifact', fix });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError('the gate artifact is not valid JSON', { file: path, field: 'artifact', fix });
  }
  assertValid(schema, data, { file: path }, 'the gate artifact');
  return data as GateArtifact;
}
