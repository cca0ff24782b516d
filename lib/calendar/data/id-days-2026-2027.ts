/**
 * Indonesian national public holidays (hari libur nasional) and collective leave (cuti bersama).
 *
 * Source, 2026: Surat Keputusan Bersama (SKB) of the Minister of Religious Affairs, the Minister
 * of Manpower and the Minister of State Apparatus Empowerment and Bureaucratic Reform, Nomor 1497
 * Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025, tentang Hari Libur Nasional dan Cuti
 * Bersama Tahun 2026 (announced by the Coordinating Minister for Human Development and Culture on
 * 19 September 2025): 17 national holidays and 8 days of collective leave. Checked against the
 * list published by Disdik Kota Semarang
 * (https://disdiksmg.semarangkota.go.id/post-detail/resmi-daftar-hari-libur-nasional-dan-cuti-bersama-tahun-2026-berdasarkan-skb-3-menteri)
 * and the press reports of the announcement.
 *
 * 2027: no SKB for 2027 was at hand when this file was written (December 2026). It holds only
 * the days whose date does not depend on a government decision about the moon (`basis: 'fixed'`,
 * set by law every year, and `basis: 'easter'`, computed from the Gregorian Easter date) and is
 * marked `confirmed: false`. The lunar and lunisolar holidays of 2027 (Isra Mikraj, Imlek, Nyepi,
 * Idulfitri, Iduladha, Waisak, 1 Muharam, Maulid) and its collective leave are left out on
 * purpose until the SKB 2027 is read: guessing them a day off would mislead a team planning
 * around them.
 *
 * `basis`:
 *  - 'fixed': the same calendar date every year (Keppres / law).
 *  - 'easter': follows Easter (Gregorian computus): Good Friday, Easter, Ascension.
 *  - 'lunar': follows the Islamic (Hijri), Chinese or Balinese Saka calendar or the Vesak full
 *    moon; the Ministry of Religious Affairs fixes the date, and Idulfitri/Iduladha may still move
 *    a day after the isbat (moon-sighting) session.
 *  - 'leave': collective leave, set by the SKB alone; it may be revised during the year.
 */
import type { DayString } from '../types';

export type HolidayKind = 'holiday' | 'collective-leave';
export type HolidayBasis = 'fixed' | 'easter' | 'lunar' | 'leave';

export interface HolidayEntry {
  date: DayString;
  kind: HolidayKind;
  basis: HolidayBasis;
  name: { id: string; en: string };
}

/** Years the file covers, and whether each year's list is the published SKB. */
export const HOLIDAY_YEARS: Record<number, { confirmed: boolean; source: string }> = {
  2026: { confirmed: true, source: 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025' },
  2027: { confirmed: false, source: 'fixed and Easter-based dates only; SKB 2027 not yet read' },
};

const h = (date: DayString, basis: HolidayBasis, id: string, en: string): HolidayEntry => ({
  date,
  kind: 'holiday',
  basis,
  name: { id, en },
});
const leave = (date: DayString, id: string, en: string): HolidayEntry => ({
  date,
  kind: 'collective-leave',
  basis: 'leave',
  name: { id: `Cuti bersama ${id}`, en: `Collective leave: ${en}` },
});

export const HOLIDAYS: readonly HolidayEntry[] = [
  // 2026: SKB 3 Menteri (17 holidays, 8 days of collective leave).
  h('2026-01-01', 'fixed', 'Tahun Baru 2026 Masehi', "New Year's Day"),
  h('2026-01-16', 'lunar', 'Isra Mikraj Nabi Muhammad SAW', "Isra Mi'raj of the Prophet"),
  leave('2026-02-16', 'Tahun Baru Imlek', 'Chinese New Year'),
  h('2026-02-17', 'lunar', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year'),
  leave('2026-03-18', 'Hari Suci Nyepi', 'Nyepi'),
  h('2026-03-19', 'lunar', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'Nyepi (Saka New Year)'),
  leave('2026-03-20', 'Idulfitri', 'Eid al-Fitr'),
  h('2026-03-21', 'lunar', 'Idulfitri 1447 H', 'Eid al-Fitr'),
  h('2026-03-22', 'lunar', 'Idulfitri 1447 H', 'Eid al-Fitr (second day)'),
  leave('2026-03-23', 'Idulfitri', 'Eid al-Fitr'),
  leave('2026-03-24', 'Idulfitri', 'Eid al-Fitr'),
  h('2026-04-03', 'easter', 'Wafat Yesus Kristus', 'Good Friday'),
  h('2026-04-05', 'easter', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'),
  h('2026-05-01', 'fixed', 'Hari Buruh Internasional', 'International Labour Day'),
  h('2026-05-14', 'easter', 'Kenaikan Yesus Kristus', 'Ascension Day'),
  leave('2026-05-15', 'Kenaikan Yesus Kristus', 'Ascension Day'),
  h('2026-05-27', 'lunar', 'Iduladha 1447 H', 'Eid al-Adha'),
  leave('2026-05-28', 'Iduladha', 'Eid al-Adha'),
  h('2026-05-31', 'lunar', 'Hari Raya Waisak 2570 BE', 'Vesak Day'),
  h('2026-06-01', 'fixed', 'Hari Lahir Pancasila', 'Pancasila Day'),
  h('2026-06-16', 'lunar', '1 Muharam Tahun Baru Islam 1448 H', 'Islamic New Year'),
  h('2026-08-17', 'fixed', 'Proklamasi Kemerdekaan', 'Independence Day'),
  h('2026-08-25', 'lunar', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"),
  leave('2026-12-24', 'Kelahiran Yesus Kristus', 'Christmas'),
  h('2026-12-25', 'fixed', 'Kelahiran Yesus Kristus', 'Christmas Day'),

  // 2027: fixed and Easter-based only (Easter 2027 is 28 March); see the note above.
  h('2027-01-01', 'fixed', 'Tahun Baru 2027 Masehi', "New Year's Day"),
  h('2027-03-26', 'easter', 'Wafat Yesus Kristus', 'Good Friday'),
  h('2027-03-28', 'easter', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'),
  h('2027-05-01', 'fixed', 'Hari Buruh Internasional', 'International Labour Day'),
  h('2027-05-06', 'easter', 'Kenaikan Yesus Kristus', 'Ascension Day'),
  h('2027-06-01', 'fixed', 'Hari Lahir Pancasila', 'Pancasila Day'),
  h('2027-08-17', 'fixed', 'Proklamasi Kemerdekaan', 'Independence Day'),
  h('2027-12-25', 'fixed', 'Kelahiran Yesus Kristus', 'Christmas Day'),
];

/**
 * Library days, the same date every year (the dates libraries observe; their history as commonly
 * told, not checked against the decrees themselves):
 *  - Hari Buku Nasional, 17 May: the founding day of Perpustakaan Nasional (17 May 1980), named
 *    book day by the Minister of National Education in 2002.
 *  - Hari Kunjung Perpustakaan, 14 September, and Bulan Gemar Membaca (reading month),
 *    September: from a presidential letter of 1995.
 */
export interface LibraryDay {
  /** 1–12. */
  month: number;
  /** Absent for a whole-month observance. */
  day?: number;
  name: { id: string; en: string };
}

export const LIBRARY_DAYS: readonly LibraryDay[] = [
  { month: 5, day: 17, name: { id: 'Hari Buku Nasional', en: 'National Book Day' } },
  {
    month: 9,
    day: 14,
    name: { id: 'Hari Kunjung Perpustakaan', en: 'Library Visit Day' },
  },
  { month: 9, name: { id: 'Bulan Gemar Membaca', en: 'Reading Month' } },
];
