import type { Entity } from '../parse';
import { fail, list, pass, type AutoRule, enPlural } from '../rule';
import type { Span } from '../types';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}_+\/.@-])`;
const NOT_AFTER = String.raw`(?![\p{N}]|[.-]\p{N})`;
// Indonesian mobile (08…, +62 8…, 62 8…) and landline ((021) 555 1234, 022-4231234, +62 21 …).
const PHONE = new RegExp(
  `${NOT_BEFORE}(?:` +
    String.raw`(?:\+62[\s.-]?|62|0)8\d{1,3}[\s.-]?\d{3,4}[\s.-]?\d{3,5}` +
    '|' +
    String.raw`(?:\(0\d{1,3}\)|0\d{1,3}|\+62[\s.-]?\d{1,3})[\s.-]?\d{3,4}[\s.-]?\d{3,4}` +
    `)${NOT_AFTER}`,
  'gu',
);
// 16-digit NIK (also written in groups of four).
const NIK = /(?<![\p{N}])(?:\d{16}|\d{4}[\s.-]\d{4}[\s.-]\d{4}[\s.-]\d{4})(?![\p{N}])/gu;

function digitsOnly(s: string): string {
  const d = s.replace(/\D/g, '');
  return d.startsWith('62') ? `0${d.slice(2)}` : d;
}

function overlaps(list: readonly Entity[], start: number, end: number): boolean {
  return list.some((e) => start < e.end && e.start < end);
}

/** Item 13 (pattern part): no phone numbers, e-mail addresses or NIK of patrons. */
export const privacyRule: AutoRule = {
  id: 'privacy',
  item: 13,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['privacy'],
  title: {
    id: 'Tanpa nomor telepon, surel atau NIK pemustaka',
    en: "No patrons' phone numbers, e-mails or NIK",
  },
  check(ctx) {
    const text = ctx.text;
    const contacts = ctx.input.brand?.publicContacts ?? [];
    const publicEmails = new Set(
      contacts.filter((c) => c.includes('@')).map((c) => c.trim().toLowerCase()),
    );
    const publicPhones = new Set(
      contacts
        .filter((c) => !c.includes('@'))
        .map(digitsOnly)
        .filter((d) => d.length >= 6),
    );
    const { urls, emails } = ctx.parsed;
    const spans: Span[] = [];

    let nEmail = 0;
    for (const e of emails) {
      if (publicEmails.has(e.text.toLowerCase())) continue;
      nEmail++;
      spans.push({ start: e.start, end: e.end });
    }

    let nNik = 0;
    NIK.lastIndex = 0;
    for (let m = NIK.exec(text); m; m = NIK.exec(text)) {
      const end = m.index + m[0].length;
      if (overlaps(urls, m.index, end) || overlaps(emails, m.index, end)) continue;
      nNik++;
      spans.push({ start: m.index, end });
    }

    let nPhone = 0;
    PHONE.lastIndex = 0;
    for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
      const end = m.index + m[0].length;
      if (overlaps(urls, m.index, end) || overlaps(emails, m.index, end)) continue;
      if (spans.some((s) => m!.index < s.end && s.start < end)) continue;
      const digits = digitsOnly(m[0]);
      if (digits.length < 9 || digits.length > 13) continue;
      if (publicPhones.has(digits)) continue;
      nPhone++;
      spans.push({ start: m.index, end });
    }

    if (spans.length === 0) {
      return pass({
        id: 'Tidak ada nomor telepon, surel atau NIK selain kontak resmi perpustakaan',
        en: "No phone number, e-mail or NIK other than the library's public contacts",
      });
    }
    const partsId: string[] = [];
    const partsEn: string[] = [];
    if (nPhone) {
      partsId.push(`${nPhone} nomor telepon`);
      partsEn.push(`${nPhone} phone ${enPlural(nPhone, 'number', 'numbers')}`);
    }
    if (nEmail) {
      partsId.push(`${nEmail} alamat surel`);
      partsEn.push(`${nEmail} e-mail ${enPlural(nEmail, 'address', 'addresses')}`);
    }
    if (nNik) {
      partsId.push(`${nNik} nomor 16 digit (NIK?)`);
      partsEn.push(`${nNik} 16-digit ${enPlural(nNik, 'number', 'numbers')} (NIK?)`);
    }
    spans.sort((a, b) => a.start - b.start);
    return fail(
      {
        id: `Ada ${list(partsId, 'id')}. Pastikan bukan data pribadi pemustaka (UU PDP 27/2022); kontak resmi perpustakaan bisa ditambahkan ke identitas merek`,
        en: `Contains ${list(partsEn, 'en')}. Make sure it is not a patron's personal data (UU PDP 27/2022); add the library's public contacts to the brand kit`,
      },
      spans,
    );
  },
};
