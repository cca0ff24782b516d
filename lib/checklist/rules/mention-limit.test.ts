import { describe, expect, it } from 'vitest';
import { check, expectAutomaticRule, markedText } from '@/tests/support/checklist';
import { mentionLimitRule } from './mention-limit';

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
    expect(markedText(text, r)).toEqual(['@pemustaka20']);
  });

  it('does not count e-mail addresses, and X has no mention limit', () => {
    const text = `${handles(20)} info@perpus.go.id`;
    expect(check('mention-limit', { text, platform: 'instagram' }).status).toBe('pass');
    expect(check('mention-limit', { text: handles(30), platform: 'x' }).status).toBe('pass');
  });

  it('says in both languages what it counted, one mention or several', () => {
    expect(check('mention-limit', { text: handles(30), platform: 'x' }).message).toEqual({
      id: '30 sebutan akun; X tidak membatasi jumlah sebutan akun',
      en: '30 mentions; X sets no mention limit',
    });
    expect(check('mention-limit', { text: handles(1), platform: 'x' }).message.en).toBe(
      '1 mention; X sets no mention limit',
    );
    expect(check('mention-limit', { text: handles(1), platform: 'instagram' }).message).toEqual({
      id: '1 sebutan akun, Instagram menerima paling banyak 20',
      en: '1 mention, Instagram accepts at most 20',
    });
    expect(check('mention-limit', { text: handles(2), platform: 'instagram' }).message.en).toBe(
      '2 mentions, Instagram accepts at most 20',
    );
  });

  it('says how many to remove, in Indonesian too', () => {
    const r = check('mention-limit', { text: handles(23), platform: 'instagram' });
    expect(r.message.id).toBe('23 sebutan akun, Instagram menerima paling banyak 20: hapus 3');
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(mentionLimitRule, {
      id: 'mention-limit',
      severity: 'block',
      title: {
        id: 'Jumlah sebutan akun (@) tidak melebihi batas platform',
        en: 'No more @-mentions than the platform accepts',
      },
    });
  });
});
