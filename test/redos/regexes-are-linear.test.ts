import { resolve } from 'node:path';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexSites } from './regex-sources.js';

const SRC = resolve(import.meta.dirname, '../../src');
// Generous: the checker runs beside the rest of the suite on two shared cores. A fixed seed for the
// checker's fuzzing (used where its automaton analysis cannot be), so every run sees the same verdicts.
const PARAMS = { timeout: 30_000, randomSeed: 1 };

describe('every regular expression in src/ runs in linear time (recheck)', () => {
  const sites = regexSites(SRC);

  it('finds the regexes it is meant to check, literal and constructed', () => {
    expect(sites.length).toBeGreaterThan(50);
    expect(sites.some((s) => s.where.includes('gate-link.ts'))).toBe(true);
    expect(sites.some((s) => s.where.includes('parse.ts') && s.flags === 'u')).toBe(true);
  });

  it('knows a super-linear regex when it sees one (the form heading regex this replaced)', async () => {
    const result = await check('^###\\s+(.+?)\\s*$', '', PARAMS);
    expect(result.status).toBe('vulnerable');
  });

  it('has no regex that backtracks super-linearly, and none built from text it cannot see', async () => {
    const problems: string[] = [];
    for (const site of sites) {
      if (site.source === '') {
        problems.push(`${site.where}: RegExp built from a value the check cannot read; use a literal`);
        continue;
      }
      const result = await check(site.source, site.flags, PARAMS);
      if (result.status !== 'safe') {
        const how = result.status === 'vulnerable' ? result.complexity.summary : result.status;
        problems.push(`${site.where}: /${site.source}/${site.flags} is ${how}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
