/** Records as the index sees them: every text a person might remember a record by. */
import type { HashtagSetRecord, TemplateRecord } from '@/lib/db/types';
import type { SearchDoc } from './library-index';

/** Hashtags written in a text (the index splits their CamelCase words itself). */
function hashtagsIn(text: string): string[] {
  return [...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1] ?? '');
}

export function templateDoc(template: TemplateRecord): SearchDoc {
  const texts = [template.body, ...Object.values(template.variants).filter(Boolean)];
  // Labels in the template's own language: an English template is not found by the
  // Indonesian label of its variable ("koleksi" would bring up "New arrivals").
  const variables = template.variables.flatMap((v) => [
    v.name,
    v.label[template.locale],
    ...(v.options ?? []),
    v.default ?? '',
  ]);
  return {
    kind: 'template',
    id: template.id,
    name: template.name,
    // Each word once: the four platform versions repeat most of the body, and a word found
    // once is found; indexing repeats only slows building.
    text: [...new Set(texts.join('\n').split(/\s+/u))].join(' '),
    variables: variables.filter(Boolean).join(' '),
    tags: [...new Set(texts.flatMap(hashtagsIn))].join(' '),
    category: template.category,
  };
}

export function hashtagSetDoc(set: HashtagSetRecord): SearchDoc {
  return {
    kind: 'hashtagSet',
    id: set.id,
    name: set.name,
    tags: set.tags.join(' '),
  };
}
