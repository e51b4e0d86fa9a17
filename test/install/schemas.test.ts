import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-bundle.js';

const Ajv = AjvModule.default;
/** One URL scheme for every schema: the file's place in this repository, as editors fetch it. */
const SCHEMA_BASE = 'https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/';

const shipped = readdirSync(join(ROOT, 'schemas'))
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, schema: JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')) }));

describe('the shipped JSON schemas', () => {
  it('there are schemas to check', () => {
    expect(shipped.map((s) => s.file)).toContain('eval-results.schema.json');
  });

  it.each(shipped)('$file compiles under ajv strict mode', ({ schema }) => {
    expect(() => new Ajv({ strict: true }).compile(schema)).not.toThrow();
  });

  it.each(shipped)('$file names itself by its URL in this repository', ({ file, schema }) => {
    expect(schema.$id).toBe(`${SCHEMA_BASE}${file}`);
  });

  it('every schema URL in the README is the $id of a shipped schema', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // A placeholder such as <name> is not a URL.
    const urls = [...readme.matchAll(/https?:\/\/[\w./-]+?\.schema\.json/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(0);
    const ids = shipped.map((s) => s.schema.$id);
    for (const url of urls) expect(ids).toContain(url);
  });

  it('a run seed is still an integer or a string, nothing else', () => {
    const validate = new Ajv({ strict: true }).compile(
      shipped.find((s) => s.file === 'eval-results.schema.json')!.schema,
    );
    const results = (seed: unknown) => ({
      format: 'sprintlab.eval/v1',
      runs: [{ seed, metrics: { accuracy: 0.9 } }],
    });
    expect(validate(results(1))).toBe(true);
    expect(validate(results('seed-a'))).toBe(true);
    expect(validate(results(1.5))).toBe(false);
    expect(validate(results(true))).toBe(false);
    expect(validate(results(null))).toBe(false);
  });
});

describe('the issue template chooser config', () => {
  // GitHub's chooser config: blank_issues_enabled (boolean) and contact_links, a non-empty list of
  // { name, url, about } when present; anything else makes GitHub ignore the file.
  const config = load(readFileSync(join(ROOT, '.github/ISSUE_TEMPLATE/config.yml'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('uses only the keys GitHub reads, with their types', () => {
    expect(Object.keys(config).every((k) => k === 'blank_issues_enabled' || k === 'contact_links')).toBe(
      true,
    );
    expect(typeof config.blank_issues_enabled).toBe('boolean');
  });

  it('has no empty contact_links list (a list there needs at least one link)', () => {
    const links = config.contact_links;
    expect(links === undefined || (Array.isArray(links) && links.length > 0)).toBe(true);
  });
});
