import { describe, expect, it } from 'vitest';
import { leakageChecks } from '../../src/core/leakage/gate-checks.js';
import { scanTexts, settings } from './scan-data.js';

const evalItems = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `question ${id} about something` }));

describe('leakage percentages in gate checks', () => {
  it('whole percentages keep their zeros: 1 of 5 is 20%, an allowed 10% stays 10%', () => {
    const report = scanTexts(evalItems, [{ id: 'a', text: 'unrelated row' }], settings({ max_ratio: 0.1 }));
    const idCheck = leakageChecks(report).find((c) => c.id.includes('exact_id'))!;
    expect(idCheck.status).toBe('fail');
    expect(idCheck.message).toContain('1 of 5 eval items (20%)');
    expect(idCheck.message).toContain('allowed: 10%');
  });

  it('every item leaked reads 100%, not an exponent', () => {
    const train = evalItems.map((e) => ({ id: e.id, text: 'unrelated row' }));
    const idCheck = leakageChecks(scanTexts(evalItems, train)).find((c) => c.id.includes('exact_id'))!;
    expect(idCheck.message).toContain('5 of 5 eval items (100%)');
    expect(idCheck.message).toContain('allowed: 0%');
  });
});
