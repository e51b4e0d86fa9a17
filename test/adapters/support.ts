import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { InputError } from '../../src/core/errors.js';

export const FIXTURES = 'fixtures/adapters';
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);
export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
export const jsonLines = (path: string): unknown[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

/** The rendered InputError a call throws (sync or async); fails the test when it throws nothing else. */
export async function inputErrorOf(call: () => unknown): Promise<{ error: InputError; text: string }> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return { error: error as InputError, text: (error as InputError).describe() };
  }
  throw new Error('expected an input error, but the call succeeded');
}

/** A scratch copy of a fixture directory (or an empty directory) to break things in. */
export function scratch(from?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'adapters-'));
  if (from) cpSync(from, dir, { recursive: true });
  return dir;
}

export function write(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
