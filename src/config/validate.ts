import type { ErrorObject } from 'ajv';
import { InputError } from '../core/errors.js';
import { nearest } from '../core/suggest.js';
import { validatorFor } from './validators.js';
import { lineColumn } from './yaml.js';

export interface Problem {
  /** Dotted path of the field, e.g. "gate.metrics.accuracy.max_regression". */
  field: string;
  message: string;
  fix: string;
  line?: number;
  column?: number;
}

export interface SourceInfo {
  file: string;
  text?: string;
  /** JSON pointer -> offset in `text`, when the document came from YAML. */
  positions?: Map<string, number>;
}

const dotted = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.') || '(top level)';

function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

// How to write each JSON Schema type in the file the user edits: YAML speaks of mappings and lists.
const JSON_TYPE_WORDS: Record<string, string> = {
  object: 'a JSON object ({...})',
  array: 'a JSON array ([...])',
  number: 'a number',
  integer: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  null: 'null',
};
const YAML_TYPE_WORDS: Record<string, string> = {
  ...JSON_TYPE_WORDS,
  object: 'a mapping (indented "key: value" lines)',
  array: 'a list ("- item" lines)',
};

const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;

function typeProblem(types: string[], error: ErrorObject, source: SourceInfo): Omit<Problem, 'field'> {
  const { description } = (error.parentSchema ?? {}) as { description?: string };
  const words = source.positions ? YAML_TYPE_WORDS : JSON_TYPE_WORDS;
  return {
    message: `expected ${types.join(' or ')}, found ${describeValue(error.data)}`,
    fix: `write ${types.map((t) => words[t] ?? t).join(' or ')} here${description ? `: ${lowerFirst(description.replace(/\.$/, ''))}` : ''}`,
  };
}

function toProblem(error: ErrorObject, source: SourceInfo): Problem | undefined {
  const schema = (error.parentSchema ?? {}) as { properties?: Record<string, unknown>; description?: string };
  let pointer = error.instancePath;
  let problem: Omit<Problem, 'field'>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      pointer = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const known = Object.keys(schema.properties ?? {});
      const guess = nearest(key, known);
      problem = {
        message: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        fix: guess
          ? `rename it to "${guess}"`
          : known.length > 0
            ? `remove it; the keys allowed here are: ${known.join(', ')}`
            : 'remove it',
      };
      break;
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      problem = { message: `missing required key "${key}"`, fix: `add "${key}" here` };
      break;
    }
    case 'type':
      problem = typeProblem(String((error.params as { type: string }).type).split(','), error, source);
      break;
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof error.data === 'string' ? nearest(error.data, allowed) : undefined;
      problem = {
        message: `${describeValue(error.data)} is not allowed${guess ? ` (did you mean "${guess}"?)` : ''}`,
        fix: `use one of: ${allowed.join(', ')}`,
      };
      break;
    }
    case 'oneOf':
    case 'anyOf': {
      // Strict schemas spell "integer or string" as a union of bare types: say it as a type mismatch.
      const branches: { type?: unknown }[] = Array.isArray(error.schema) ? error.schema : [];
      const types = branches.flatMap((branch) =>
        Object.keys(branch).length === 1 && typeof branch.type === 'string' ? [branch.type] : [],
      );
      if (types.length > 0 && types.length === branches.length) {
        problem = typeProblem(types, error, source);
        break;
      }
      problem = {
        message: `${describeValue(error.data)} is not valid here`,
        fix: schema.description ?? 'see the configuration reference',
      };
      break;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = error.params as { comparison: string; limit: number };
      problem = {
        message: `${describeValue(error.data)} is out of range (it must be ${comparison} ${limit})`,
        fix: `write a number ${comparison} ${limit} here${schema.description ? `: ${lowerFirst(schema.description.replace(/\.$/, ''))}` : ''}`,
      };
      break;
    }
    case 'minProperties':
    case 'minItems':
      problem = {
        message: `${describeValue(error.data)} ${error.message ?? 'is too short'}${(error.params as { limit?: number }).limit === 1 ? ' (it is empty)' : ''}`,
        fix: schema.description ?? 'add at least one entry',
      };
      break;
    case 'const':
      problem = {
        message: `${describeValue(error.data)} is not valid here`,
        fix: `write ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`,
      };
      break;
    default:
      problem = {
        message: `${describeValue(error.data)} ${error.message ?? 'is not valid'}`,
        fix: schema.description ?? 'see the configuration reference',
      };
  }
  const offset = source.positions?.get(pointer);
  const position = offset !== undefined && offset >= 0 && source.text ? lineColumn(source.text, offset) : {};
  return { field: dotted(pointer), ...problem, ...position };
}

/** Errors under a oneOf/anyOf repeat what the oneOf says; keep only the outermost. */
function withoutBranchNoise(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .map((e) => e.schemaPath);
  return errors.filter(
    (e) =>
      !unions.some(
        (u) => e.schemaPath !== u && e.schemaPath.startsWith(u.replace(/\/(oneOf|anyOf)$/, '/$1/')),
      ),
  );
}

export function schemaProblems(schema: object, data: unknown, source: SourceInfo): Problem[] {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  const problems = withoutBranchNoise(validate.errors ?? [])
    .map((e) => toProblem(e, source))
    .filter((p): p is Problem => p !== undefined);
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One InputError that lists every problem, each with where it is and how to fix it. */
export function problemsError(problems: Problem[], source: SourceInfo, what: string): InputError {
  const lines = problems.map(
    (p) =>
      `  - ${p.line ? `line ${p.line}, ` : ''}${p.field}: ${p.message}. Fix: ${p.fix.replace(/\.$/, '')}.`,
  );
  return new InputError(
    `${what} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${lines.join('\n')}`,
    { file: source.file },
  );
}

export function assertValid(schema: object, data: unknown, source: SourceInfo, what: string): void {
  const problems = schemaProblems(schema, data, source);
  if (problems.length > 0) throw problemsError(problems, source, what);
}
