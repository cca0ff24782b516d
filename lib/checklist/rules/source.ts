import { findWords, firstWord } from '../context';
import { fail, list, pass, type AutoRule } from '../rule';
import type { Span } from '../types';
import { once } from '@/lib/once';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

const E = String.raw`(?![\p{L}\p{N}_])`;

interface Trigger {
  kind: { id: string; en: string };
  re: RegExp;
  /** Match on the lower-cased text, word boundary checked by findWords. */
  words?: boolean;
  accept?: (match: string) => boolean;
}

/** A quoted sentence, not a quoted title: five words or more, most of them not capitalised. */
function isQuotedSentence(quoted: string): boolean {
  const words = quoted.slice(1, -1).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 5) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised * 2 < words.length;
}

const triggers = once((): readonly Trigger[] => [
  {
    kind: { id: 'kutipan', en: 'a quote' },
    re: /“[^”\n]{20,}”|"[^"\n]{20,}"|«[^»\n]{20,}»/gu,
    accept: isQuotedSentence,
  },
  {
    kind: { id: 'persentase', en: 'a percentage' },
    re: new RegExp(String.raw`\d+(?:[.,]\d+)?\s?(?:%|persen${E}|percent${E}|per cent${E})`, 'gu'),
    words: true,
  },
  {
    kind: { id: 'angka', en: 'figures' },
    re: new RegExp(
      String.raw`\d+(?:[.,]\d+)?\s*(?:juta|ribu|miliar|milyar|triliun|million|billion|thousand)${E}`,
      'gu',
    ),
    words: true,
  },
]);

// The patterns are built on first use (../once.ts). News and data words, matched on lower-case
// text; the leading word boundary is checked by findWords (a look-behind here would be tried at
// every position).
// "survei" or "penelitian" alone is not a claim (a survey invitation, a research guide): only a
// finding drawn from one is ("menurut penelitian", "hasil survei", "studies show").
const newsWords = once(
  () =>
    new RegExp(
      String.raw`(?:menurut(?!\s+(?:kamu|kalian|anda|sahabat|teman|mimin|min|saya|aku|kami)${E})|according\s+to|berdasarkan\s+(?:data|survei|penelitian|laporan|riset|hasil|studi)|dilansir|melansir|dikutip|mengutip|diberitakan|dilaporkan|hasil\s+(?:survei|penelitian|riset|studi)|(?:survei|penelitian|riset|studi|data)\s+(?:menunjukkan|membuktikan|terbaru|mengungkap)|(?:new|recent|latest)\s+(?:study|survey|report)|studies\s+(?:show|found|suggest)|(?:study|research|survey)\s+(?:shows|found|finds|suggests)|data\s+(?:dari|from|terbaru|resmi)|reported|reportedly)${E}`,
      'gu',
    ),
);
// A health or viral claim ("VIRAL! … terbukti menyembuhkan … sebarkan!") needs a source most of all.
const claimWords = once(
  () =>
    new RegExp(
      String.raw`(?:terbukti|menyembuhkan|mencegah|ampuh|khasiat|sebarkan|viralkan|proven\s+to|cures?|prevents?|share\s+before)${E}`,
      'gu',
    ),
);
const CLAIM_KIND = { id: 'klaim kesehatan atau berita viral', en: 'a health or viral claim' };
const NEWS_KIND = { id: 'rujukan berita atau data', en: 'news or data' };

// Matched on lower-case text; the word boundary before is checked by firstWord.
const citationWords = once(
  () =>
    new RegExp(
      String.raw`(?:sumber|source|src|cr|credits?|kredit|ref|referensi|references?|data)\s*:|via\s+[@\p{L}]|(?:dikutip|dilansir|diambil|disadur|diolah)\s+dari\s+\S|\((?:sumber|source)\s`,
      'gu',
    ),
);

// A quote followed by its author: “…” — Tan Malaka (case-sensitive: a name starts upper-case).
const attribution = once(() => /[”"»]\s*[—–-]\s*\p{Lu}/u);

/** Item 9 (heuristic): quotes, figures and news should cite a source (Sumber: / Source:). */
export const sourceRule: AutoRule = {
  id: 'source',
  item: 9,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['source'],
  title: { id: 'Sumber dicantumkan', en: 'Source cited' },
  check(ctx) {
    const text = ctx.text;
    const spans: Span[] = [];
    const kinds: Trigger['kind'][] = [];
    for (const t of triggers()) {
      let found = false;
      if (t.words) {
        for (const w of findWords(t.re, ctx.lower)) {
          found = true;
          if (spans.length < 20) spans.push(w);
        }
      } else {
        t.re.lastIndex = 0;
        for (let m = t.re.exec(text); m; m = t.re.exec(text)) {
          if (t.accept && !t.accept(m[0])) continue;
          found = true;
          if (spans.length < 20) spans.push({ start: m.index, end: m.index + m[0].length });
        }
      }
      if (found) kinds.push(t.kind);
    }
    const news = findWords(newsWords(), ctx.lower);
    if (news.length > 0) {
      kinds.push(NEWS_KIND);
      for (const n of news) if (spans.length < 20) spans.push(n);
    }
    const claims = findWords(claimWords(), ctx.lower);
    if (claims.length > 0) {
      kinds.push(CLAIM_KIND);
      for (const c of claims) if (spans.length < 20) spans.push(c);
    }
    if (kinds.length === 0) {
      return pass({
        id: 'Tidak ada kutipan, angka atau berita yang perlu sumber',
        en: 'No quote, figures or news that need a source',
      });
    }
    const cited = firstWord(citationWords(), ctx.lower) !== null || attribution().test(text);
    const whatId = list(
      kinds.map((k) => k.id),
      'id',
    );
    const whatEn = list(
      kinds.map((k) => k.en),
      'en',
    );
    if (cited) {
      return pass({
        id: `Ada ${whatId}, dan sumbernya dicantumkan`,
        en: `Has ${whatEn}, and names a source`,
      });
    }
    spans.sort((a, b) => a.start - b.start);
    return fail(
      {
        id: `Ada ${whatId} tanpa sumber: tambahkan "Sumber: …"`,
        en: `Has ${whatEn} but no source: add "Source: …"`,
      },
      spans,
    );
  },
};
