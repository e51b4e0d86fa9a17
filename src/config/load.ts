import schema from '../../schemas/sprintlab.config.schema.json' with { type: 'json' };
import { DEFAULT_CONFIG_PATH } from '../core/contracts.js';
import { InputError } from '../core/errors.js';
import { readTextFile } from '../io/files/read-text.js';
import type { SprintlabConfig } from './types.js';
import { assertValid } from './validate.js';
import { parseYaml, yamlPositions } from './yaml.js';

export { DEFAULT_CONFIG_PATH };

/** Parses and validates the text of a Sprintlab config file. `file` is only used in messages. */
export function parseConfig(text: string, file: string): SprintlabConfig {
  const data = parseYaml(text, file) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(
      'the configuration must be a YAML mapping (keys such as "gate:", "leakage:", "board:")',
      {
        file,
        fix: 'start the file with a top-level key, e.g. "gate:"',
      },
    );
  }
  assertValid(schema, data, { file, text, positions: yamlPositions(text) }, 'the configuration');
  return data as SprintlabConfig;
}

/** Reads and validates a config file; a missing file is an InputError that says how to create one. */
export async function loadConfigFile(path: string, shown = path): Promise<SprintlabConfig> {
  const text = await readTextFile(
    path,
    'configuration file',
    `create ${DEFAULT_CONFIG_PATH} (see the README's configuration reference) or pass the path of yours`,
    shown,
  );
  return parseConfig(text, shown);
}

export { schema as configSchema };
