/**
 * Precision and recall of every checklist rule on the labelled corpus
 * (lib/checklist/corpus/captions.ts), with the default settings, a complete brand kit and the
 * corpus team's banned hashtags. A rule flags a caption when it fails at warn or block.
 *
 *   npm run -s checklist:corpus          the table
 *   npm run -s checklist:corpus -- -v    also every caption that is not as labelled
 */
import { CORPUS } from '@/lib/checklist/corpus/captions';
import { evaluateCorpus, type RuleScore } from '@/lib/checklist/corpus/evaluate';

const { outcomes, scores, total } = evaluateCorpus();
const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const row = (s: RuleScore) =>
  `${s.ruleId.padEnd(20)} ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}   ${pct(s.precision)}   ${pct(s.recall)}`;

const good = CORPUS.filter((c) => c.expect.length === 0).length;
const langs = (l: string) => CORPUS.filter((c) => c.lang === l).length;
console.log(
  `Corpus: ${CORPUS.length} captions (${langs('id')} Indonesian, ${langs('en')} English); ` +
    `${good} ordinary good posts, ${CORPUS.length - good} with a real problem.`,
);
console.log(`${'rule'.padEnd(20)}  TP  FP  FN   precision   recall`);
for (const s of scores) console.log(row(s));
console.log(row(total));
const clean = outcomes.filter((o) => o.caption.expect.length === 0);
console.log(
  `Good posts with a warning or block: ${clean.filter((o) => o.flagged.length > 0).length} of ${clean.length}`,
);
if (process.argv.includes('-v')) {
  for (const o of outcomes) {
    if (o.missed.length === 0 && o.falseAlarms.length === 0) continue;
    console.log(`\n${o.caption.id} (${o.caption.platform})`);
    if (o.falseAlarms.length) console.log(`  false alarms: ${o.falseAlarms.join(', ')}`);
    if (o.missed.length) console.log(`  missed: ${o.missed.join(', ')}`);
  }
}

// The first-run templates, filled as a library would and with a complete brand kit, on every
// platform: what still warns or blocks is either a seed to fix or a rule to fix.
import { seedTemplates } from '@/lib/library/seed';
import { renderTemplate } from '@/lib/library/render';
import { PLATFORM_IDS, brandForChecklist, runChecklist } from '@/lib/checklist';
import { CORPUS_BRAND_KIT } from '@/lib/checklist/corpus/captions';
import { corpusSettings } from '@/lib/checklist/corpus/evaluate';

const sample: Record<string, string> = {
  text: 'Sejarah dan budaya Nusantara',
  date: '2025-09-17',
  link: 'https://s.id/daftar-acara-perpus',
};
const seedKit = {
  ...CORPUS_BRAND_KIT,
  handles: {
    x: 'perpuskotajogja',
    instagram: 'perpuskotajogja',
    facebook: 'perpuskotajogja',
    tiktok: 'perpuskotajogja',
  },
  website: 'https://perpus.jogjakota.go.id',
  linkInBio: 'https://s.id/perpusjogja',
  tagline: 'Membaca membuka dunia',
  signOff: 'Salam literasi!',
};
let seedRuns = 0;
const seedFindings: string[] = [];
for (const t of seedTemplates(1)) {
  const values = Object.fromEntries(
    t.variables.map((v) => [v.name, v.type === 'choice' ? v.options![0]! : sample[v.type]!]),
  );
  for (const platform of PLATFORM_IDS) {
    const { text } = renderTemplate(t, { platform, locale: t.locale, values, brandKit: seedKit });
    seedRuns++;
    const failed = runChecklist(
      { text, platform, brand: brandForChecklist(seedKit) },
      corpusSettings(),
    ).filter((r) => r.status === 'fail' && r.severity !== 'info');
    for (const r of failed)
      seedFindings.push(`${t.id} on ${platform}: ${r.ruleId} — ${r.message.en}`);
  }
}
console.log(
  `\nSeed templates filled with a complete brand kit: ${seedRuns} renders (${seedTemplates(1).length} templates × ${PLATFORM_IDS.length} platforms), ${seedFindings.length} warnings or blocks.`,
);
for (const f of seedFindings) console.log(`  ${f}`);
