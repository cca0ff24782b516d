import { describe, expect, it } from 'vitest';
import { check } from '@/tests/support/checklist';

const handles = (n: number) => Array.from({ length: n }, (_, i) => `@pemustaka${i}`).join(' ');

describe('mention-limit', () => {
  it('passes 20 mentions on Instagram', () => {
    const r = check('mention-limit', {
      text: `Terima kasih ${handles(20)}`,
      platform: 'instagram',
    });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('20 sebutan akun, Instagram menerima paling banyak 20');
  });

  it('blocks 21 mentions on Instagram and highlights the 21st', () => {
    const text = `Terima kasih ${handles(21)}`;
    const r = check('mention-limit', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('21 mentions, Instagram accepts at most 20: remove 1');
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['@pemustaka20']);
  });

  it('does not count e-mail addresses, and X has no mention limit', () => {
    const text = `${handles(20)} info@perpus.go.id`;
    expect(check('mention-limit', { text, platform: 'instagram' }).status).toBe('pass');
    expect(check('mention-limit', { text: handles(30), platform: 'x' }).status).toBe('pass');
  });
});
