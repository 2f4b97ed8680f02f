// The one money formatter every report uses (src/core/format/money.ts).
import { describe, expect, it } from 'vitest';
import { money } from '../../src/core/format/money.js';

describe('money', () => {
  it('writes whole euros without cents and other amounts with both, as each language does', () => {
    expect(money(49050, 'nl')).toBe('€ 49.050');
    expect(money(1734.5, 'nl')).toBe('€ 1.734,50');
    expect(money(49050, 'en')).toBe('€49,050');
    expect(money(1734.5, 'en')).toBe('€1,734.50');
    expect(money(0, 'nl')).toBe('€ 0');
    expect(money(-0.001, 'en')).toBe('€0');
    // Floating point noise is not a cent.
    expect(money(0.1 + 0.2, 'nl')).toBe('€ 0,30');
    expect(money(1000.0000001, 'nl')).toBe('€ 1.000');
  });
});
