import { EVENT_ID, getScalarValue, load, parseEvents, YAMLException } from 'js-yaml';
import { InputError } from '../core/errors.js';

/** Parses YAML; a syntax error becomes an InputError with the file, line and column. */
export function parseYaml(text: string, file: string): unknown {
  // js-yaml refuses a document with nothing in it; an empty or comments-only file is an empty config.
  if (
    text
      .replace(/^\uFEFF/, '')
      .split('\n')
      .every((line) => /^\s*(#.*)?$/.test(line))
  )
    return null;
  try {
    return load(text, { filename: file });
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : undefined;
      const column = error.mark ? error.mark.column + 1 : undefined;
      throw new InputError(`YAML syntax error: ${error.reason}`, {
        file,
        line,
        column,
        fix: 'correct the YAML at that position (indentation with spaces, a space after each ":", quotes around values with ":" or "#")',
      });
    }
    throw error;
  }
}

interface Frame {
  kind: 'map' | 'seq' | 'doc';
  path: string;
  key?: string;
  expectingKey: boolean;
  index: number;
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Source offsets of every key and sequence item, by JSON pointer ("/gate/metrics/accuracy"), so schema
 * errors (which speak in pointers) can name a line. Walks the parser's events: no second YAML library.
 */
export function yamlPositions(text: string): Map<string, number> {
  const positions = new Map<string, number>();
  let events: ReturnType<typeof parseEvents>;
  try {
    events = parseEvents(text, {});
  } catch {
    return positions;
  }
  const stack: Frame[] = [];
  const placeValue = (start: number): string | undefined => {
    const parent = stack.at(-1);
    if (!parent || parent.kind === 'doc') return '';
    if (parent.kind === 'seq') {
      const path = `${parent.path}/${parent.index++}`;
      if (!positions.has(path)) positions.set(path, start);
      return path;
    }
    parent.expectingKey = true;
    return `${parent.path}/${escapePointer(parent.key ?? '')}`;
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        stack.push({ kind: 'doc', path: '', expectingKey: false, index: 0 });
        break;
      case EVENT_ID.SCALAR: {
        const parent = stack.at(-1);
        if (parent?.kind === 'map' && parent.expectingKey) {
          parent.key = getScalarValue(text, event);
          parent.expectingKey = false;
          positions.set(`${parent.path}/${escapePointer(parent.key)}`, event.valueStart);
        } else {
          placeValue(event.valueStart);
        }
        break;
      }
      case EVENT_ID.ALIAS:
        placeValue(-1);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = placeValue(event.start) ?? '';
        stack.push({
          kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq',
          path,
          expectingKey: true,
          index: 0,
        });
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return positions;
}

/** 1-based line and column of a source offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
