import { describe, expect, it } from 'vitest';
import { emptyPicks } from '@/lib/search/picks';
import {
  findPickerTrigger,
  orderPickerCandidates,
  pickerTriggerProblem,
  type PickerCandidate,
} from './picker';

describe('the trigger typed at the caret', () => {
  it('opens the picker when the word before the caret is the trigger', () => {
    expect(findPickerTrigger(';;', ';;')).toEqual({ start: 0, end: 2 });
    expect(findPickerTrigger('Halo semua ;;', ';;')).toEqual({ start: 11, end: 13 });
    expect(findPickerTrigger('Baris satu\n;;', ';;')).toEqual({ start: 11, end: 13 });
    expect(findPickerTrigger('Acara //', '//')).toEqual({ start: 6, end: 8 });
  });

  it('never opens inside a word, a link, an e-mail address or a longer run of signs', () => {
    expect(findPickerTrigger('kata;;', ';;')).toBeNull();
    expect(findPickerTrigger('https://a.b/;;', ';;')).toBeNull();
    expect(findPickerTrigger('ana;;', ';;')).toBeNull();
    expect(findPickerTrigger(';;;', ';;')).toBeNull();
    expect(findPickerTrigger('Halo ;', ';;')).toBeNull();
    expect(findPickerTrigger(';; ', ';;')).toBeNull();
    expect(findPickerTrigger('', ';;')).toBeNull();
    expect(findPickerTrigger(';;', '')).toBeNull();
  });
});

describe('choosing a trigger', () => {
  it('takes two to four signs', () => {
    expect(pickerTriggerProblem(';;')).toBeNull();
    expect(pickerTriggerProblem('//')).toBeNull();
    expect(pickerTriggerProblem(';;;;')).toBeNull();
    expect(pickerTriggerProblem(' ;; ')).toBeNull();
  });

  it('refuses what would open while the person writes, and what cannot be typed as one word', () => {
    expect(pickerTriggerProblem('')).toBe('empty');
    expect(pickerTriggerProblem('; ;')).toBe('spaces');
    expect(pickerTriggerProblem(';')).toBe('tooShort');
    expect(pickerTriggerProblem(';;;;;')).toBe('tooLong');
    expect(pickerTriggerProblem('ab')).toBe('looksLikeText');
    expect(pickerTriggerProblem('##')).toBe('looksLikeText');
    expect(pickerTriggerProblem(';1')).toBe('looksLikeText');
  });
});

const template = (id: string): PickerCandidate & { name: string } => ({
  kind: 'template',
  id,
  name: `T ${id}`,
});
const set = (id: string): PickerCandidate & { name: string } => ({
  kind: 'hashtagSet',
  id,
  name: `S ${id}`,
});
const keys = (list: { item: PickerCandidate; standing: unknown }[]) =>
  list.map(({ item, standing }) => `${item.kind === 'template' ? 'T' : 'S'}${item.id}:${standing}`);

describe('the order of the list', () => {
  it('puts favourites first, then the recently used taking turns, then the rest in search order', () => {
    const picks = emptyPicks();
    picks.template.favourites = ['3'];
    picks.hashtagSet.favourites = ['b'];
    picks.template.recent = ['2', '3'];
    picks.hashtagSet.recent = ['c', 'a'];
    const ordered = orderPickerCandidates(
      [template('1'), template('2'), template('3'), template('4')],
      [set('a'), set('b'), set('c')],
      picks,
    );
    expect(keys(ordered)).toEqual([
      'T3:favourite',
      'Sb:favourite',
      'T2:recent',
      'Sc:recent',
      'Sa:recent',
      'T1:null',
      'T4:null',
    ]);
  });

  it('shows only what the search found, however favoured the rest', () => {
    const picks = emptyPicks();
    picks.template.favourites = ['9'];
    picks.template.recent = ['8'];
    const ordered = orderPickerCandidates([template('1')], [set('a')], picks);
    expect(keys(ordered)).toEqual(['T1:null', 'Sa:null']);
  });

  it('keeps to the limit', () => {
    const many = Array.from({ length: 80 }, (_, i) => template(String(i)));
    expect(orderPickerCandidates(many, [], emptyPicks(), 20)).toHaveLength(20);
  });
});
