import { fail, list, pass, type AutoRule, enPlural } from '../rule';
import type { Span, TextEdit } from '../types';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

// A scheme that is not exactly "http://" or "https://": "htps://", "https//", "http:/", "https:// x".
const SCHEME_LIKE =
  /(?<![\p{L}\p{N}_])(h?tt?ps?)([ \t]*(?::[ \t]*\/{1,3}|\/\/|;\/\/|:\\\\)[ \t]*)/giu;
const GOOD_SCHEME = /^https?:\/\/$/i;
const HOST =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d{1,5})?$|^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?$/u;
const HOST_AHEAD = /^[\p{L}\p{N}-]+\.\p{L}/u;

/** Item 8: links are well-formed. */
export const linksRule: AutoRule = {
  id: 'links',
  item: 8,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['links'],
  title: { id: 'Tautan ditulis dengan benar', en: 'Links are well-formed' },
  check(ctx) {
    const text = ctx.text;
    const bad: { span: Span; what: string }[] = [];
    const edits: TextEdit[] = [];

    SCHEME_LIKE.lastIndex = 0;
    for (let m = SCHEME_LIKE.exec(text); m; m = SCHEME_LIKE.exec(text)) {
      const scheme = `${m[1]}${m[2]}`;
      const end = m.index + scheme.length;
      const rest = text.slice(end, end + 80);
      if (GOOD_SCHEME.test(scheme) && rest.length > 0 && !/^\s/.test(rest)) {
        // A good scheme X would not make a link of ("https://perpustakaan/daftar": no domain).
        if (ctx.parsed.urls.some((u) => u.start === m!.index)) continue;
        const spanEnd = end + (/^\S*/u.exec(rest)?.[0].length ?? 0);
        bad.push({ span: { start: m.index, end: spanEnd }, what: text.slice(m.index, spanEnd) });
        continue;
      }
      const hostAhead = HOST_AHEAD.test(rest);
      // Highlight the scheme and, when a host follows, the rest of the link.
      const spanEnd = hostAhead
        ? end + (/^\S*/u.exec(rest)?.[0].length ?? 0)
        : m.index + scheme.trimEnd().length;
      bad.push({ span: { start: m.index, end: spanEnd }, what: text.slice(m.index, spanEnd) });
      if (hostAhead) {
        const secure = /s/i.test(m[1] ?? '') || /^htps/i.test(m[1] ?? '');
        edits.push({ start: m.index, end, replacement: secure ? 'https://' : 'http://' });
      }
    }

    for (const url of ctx.parsed.urls) {
      if (bad.some((b) => url.start < b.span.end && b.span.start < url.end)) continue;
      const host = url.hasScheme
        ? (/^https?:\/\/([^/?#]*)/i.exec(url.text)?.[1] ?? '')
        : (/^([^/?#]*)/.exec(url.text)?.[1] ?? '');
      const cutOff = text[url.end] === '…';
      if (!HOST.test(host) || cutOff) {
        bad.push({
          span: { start: url.start, end: url.end + (cutOff ? 1 : 0) },
          what: url.text + (cutOff ? '…' : ''),
        });
      }
    }

    const n = ctx.parsed.urls.length;
    if (bad.length === 0) {
      return pass(
        n === 0
          ? { id: 'Tidak ada tautan', en: 'No links' }
          : {
              id: `${n} tautan, semua ditulis dengan benar`,
              en: `${n} ${enPlural(n, 'link', 'links')}, all well-formed`,
            },
      );
    }
    bad.sort((a, b) => a.span.start - b.span.start);
    const names = bad.map((b) => b.what).slice(0, 3);
    return fail(
      {
        id: `Tautan tidak lengkap atau salah tulis: ${list(names, 'id')}`,
        en: `Broken or mistyped ${enPlural(bad.length, 'link', 'links')}: ${list(names, 'en')}`,
      },
      bad.map((b) => b.span),
      edits.length > 0
        ? [{ label: { id: 'Perbaiki awalan tautan', en: 'Fix the start of the link' }, edits }]
        : undefined,
    );
  },
};
