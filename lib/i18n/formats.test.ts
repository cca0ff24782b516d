import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from './formats';

describe('formatters per language', () => {
  it('write numbers and dates as each language does', () => {
    expect(numberFormat('id').format(1234567)).toBe('1.234.567');
    expect(numberFormat('en').format(1234567)).toBe('1,234,567');
    const percent = { style: 'percent', maximumFractionDigits: 1 } as const;
    expect(numberFormat('id', percent).format(0.125)).toBe('12,5%');
    expect(numberFormat('en', percent).format(0.125)).toBe('12.5%');
    expect(numberFormat('id').format(0.125)).toBe('0,125');
    const day = { day: 'numeric', month: 'long', timeZone: 'UTC' } as const;
    expect(dateFormat('id', day).format(Date.UTC(2026, 11, 4))).toBe('4 Desember');
    expect(dateFormat('en', day).format(Date.UTC(2026, 11, 4))).toBe('4 December');
  });

  it('are made once per language and options', () => {
    expect(numberFormat('id')).toBe(numberFormat('id'));
    expect(numberFormat('id')).not.toBe(numberFormat('en'));
    const short = { month: 'short', timeZone: 'UTC' } as const;
    expect(dateFormat('en', short)).toBe(dateFormat('en', { ...short }));
    expect(dateFormat('en', short)).not.toBe(dateFormat('en', { month: 'long', timeZone: 'UTC' }));
  });
});
