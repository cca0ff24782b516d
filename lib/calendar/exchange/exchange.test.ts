import { describe, expect, it } from 'vitest';
import { checkPlan } from '@/lib/caption-check/report';
import { defaultTeam } from '@/lib/caption-check/settings-file';
import { makePlan } from '../plan-fixture';
import { calendarToIcs, type IcsOptions } from './ics';
import { plansToCsv, readDay, readPlanCsv, readTime, type PlanCsvContext } from './plan-csv';

const names = {
  templates: [{ id: 'tpl-baru', name: 'Koleksi baru' }],
  hashtagSets: [{ id: 'set-baca', name: 'Gemar membaca' }],
  members: [
    { id: 'member-ana', name: 'Ana' },
    { id: 'member-budi', name: 'Budi Santoso' },
  ],
};
const context = (existing: string[] = []): PlanCsvContext => ({
  ...names,
  existingPlanIds: new Set(existing),
});

const bookMonth = makePlan({
  id: 'plan-bulan-buku',
  title: 'Bulan Gemar Membaca',
  platforms: ['instagram', 'facebook'],
  date: '2026-05-17',
  time: '09:30',
  caption: 'Ayo membaca, "sekarang juga"!\nDatang ke perpustakaan.',
  templateId: 'tpl-baru',
  hashtagSetId: 'set-baca',
  assignee: 'member-ana',
  reviewer: 'member-budi',
  status: 'approved',
  notes: '=SUM(A1) is not a formula here',
});

describe('the plan as CSV', () => {
  it('writes one row per plan and platform, with names rather than ids', () => {
    const csv = plansToCsv([bookMonth, makePlan({ id: 'gone', deleted: true })], names);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'plan,date,time,platform,title,caption,template,hashtags,status,assignee,reviewer,notes,repeat',
    );
    expect(lines[1]).toBe(
      'plan-bulan-buku,2026-05-17,09:30,instagram,Bulan Gemar Membaca,' +
        '"Ayo membaca, ""sekarang juga""!\nDatang ke perpustakaan.",Koleksi baru,Gemar membaca,' +
        `approved,Ana,Budi Santoso,"'=SUM(A1) is not a formula here",`,
    );
    expect(lines[2]).toMatch(/^plan-bulan-buku,2026-05-17,09:30,facebook,/);
    expect(lines).toHaveLength(4); // header, two rows, the final line end
  });

  it('is a plan the caption check reads, one row per platform', () => {
    const checked = checkPlan(plansToCsv([bookMonth], names), defaultTeam(), 'en');
    expect(checked.ok && checked.rows.map((row) => 'check' in row && row.check.platform)).toEqual([
      'instagram',
      'facebook',
    ]);
  });

  it('comes back whole: the two rows are one plan again, updating the stored one', () => {
    const read = readPlanCsv(plansToCsv([bookMonth], names), context(['plan-bulan-buku']));
    expect(read).toEqual({
      ok: true,
      created: 0,
      updated: 1,
      plans: [
        {
          id: 'plan-bulan-buku',
          title: 'Bulan Gemar Membaca',
          platforms: ['instagram', 'facebook'],
          date: '2026-05-17',
          time: '09:30',
          caption: 'Ayo membaca, "sekarang juga"!\nDatang ke perpustakaan.',
          templateId: 'tpl-baru',
          hashtagSetId: 'set-baca',
          assignee: 'member-ana',
          reviewer: 'member-budi',
          status: 'approved',
          notes: '=SUM(A1) is not a formula here',
          line: 2,
        },
      ],
    });
  });

  it('reads a spreadsheet made in Indonesian: semicolons, day first, 10.30, names in any case', () => {
    const csv = [
      'Tanggal;Jam;Platform;Judul;Keterangan;Tagar;Status;Penanggung jawab',
      '17/08/2026;10.30;Instagram;HUT RI ke-81;Dirgahayu Indonesia!;gemar MEMBACA;Ide;ana',
      '14-09-2026;8:00;tiktok;Hari Kunjung Perpustakaan;Yuk berkunjung!;;Disetujui;',
    ].join('\r\n');
    const read = readPlanCsv(csv, context());
    if (!read.ok) throw new Error(read.errors.map((e) => e.message.en).join('\n'));
    expect(read.created).toBe(2);
    expect(read.plans.map((p) => [p.date, p.time, p.platforms, p.status])).toEqual([
      ['2026-08-17', '10:30', ['instagram'], 'idea'],
      ['2026-09-14', '08:00', ['tiktok'], 'approved'],
    ]);
    expect(read.plans[0]).toMatchObject({ hashtagSetId: 'set-baca', assignee: 'member-ana' });
    expect(read.plans[0]!.id).toBeUndefined();
  });

  it('refuses the whole file and names every line that is wrong, in both languages', () => {
    const csv = [
      'date,time,platform,title,caption,assignee,repeat',
      '2026-02-30,09:00,instagram,Tanggal yang tidak ada,,,',
      '2026-03-01,25:00,myspace,,,Citra,',
      '2026-03-02,09:00,x,Bulanan,,,FREQ=MONTHLY;BYMONTHDAY=2',
      '2026-03-03,09:00,x,Baik,,,',
    ].join('\n');
    const read = readPlanCsv(csv, context());
    expect(read.ok).toBe(false);
    const messages = read.ok ? [] : read.errors.map((e) => e.message);
    expect(messages.map((m) => m.en)).toEqual([
      'Line 2: the date "2026-02-30" cannot be read (write 2026-12-17 or 17/12/2026)',
      'Line 3: the time "25:00" cannot be read (write 09:30 or 09.30)',
      'Line 3: unknown platform "myspace" (instagram, facebook, x, tiktok)',
      'Line 3: the title is empty',
      'Line 3: no team member is called "Citra"',
      'Line 4: the repeat rule "FREQ=MONTHLY;BYMONTHDAY=2" cannot be read or has no end (UNTIL or COUNT)',
    ]);
    expect(messages[0]!.id).toBe(
      'Baris 2: tanggal "2026-02-30" tidak terbaca (tulis 2026-12-17 atau 17/12/2026)',
    );
  });

  it('refuses rows of one plan that disagree, a header without the needed columns, and control characters', () => {
    const disagree = readPlanCsv(
      'plan,date,time,platform,title\np1,2026-03-01,09:00,x,Satu\np1,2026-03-02,09:00,facebook,Satu',
      context(),
    );
    expect(!disagree.ok && disagree.errors[0]!.message.en).toBe(
      'Line 3: this row is one plan with line 2, but its "date" column differs',
    );
    const header = readPlanCsv('platform,caption\nx,Halo', context());
    expect(!header.ok && header.errors[0]!.message.en).toBe(
      'Line 1: the first line must name the columns "date", "time", "title" (see the example in the guide)',
    );
    const control = readPlanCsv(
      'date,time,platform,title\n2026-03-01,09:00,x,Ju\u202Edul',
      context(),
    );
    expect(!control.ok && control.errors[0]!.message.en).toMatch(
      /^Line 2: the "title" column contains text-direction/,
    );
  });

  it('groups rows by a plan value it does not know into one new plan', () => {
    const read = readPlanCsv(
      'plan,date,time,platform,title\nbaru-1,2026-03-01,09:00,x,Satu\nbaru-1,2026-03-01,09:00,facebook,Satu',
      context(),
    );
    expect(read.ok && read.plans.map((p) => [p.id, p.platforms])).toEqual([
      [undefined, ['x', 'facebook']],
    ]);
  });

  it('keeps a repeat rule with an end', () => {
    const read = readPlanCsv(
      'date,time,platform,title,repeat\n2026-01-17,09:00,instagram,Tanggal 17,FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=20261231',
      context(),
    );
    expect(read.ok && read.plans[0]!.recurrence).toEqual({
      rule: 'FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=20261231',
      exceptions: [],
    });
  });
});

describe('dates and times as spreadsheets write them', () => {
  it.each([
    ['2026-12-17', '2026-12-17'],
    ['2026-1-5', '2026-01-05'],
    ['17/12/2026', '2026-12-17'],
    ['5.1.2026', '2026-01-05'],
    ['29/02/2027', null],
    ['12/17/2026', null],
    ['17 Desember 2026', null],
  ])('%s is %s', (text, day) => expect(readDay(text)).toBe(day));

  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['09.30', '09:30'],
    ['09:30:00', '09:30'],
    ['24:00', null],
    ['9', null],
  ])('%s is %s', (text, time) => expect(readTime(text)).toBe(time));
});

const icsOptions: IcsOptions = {
  libraryName: 'Perpustakaan Kota',
  zone: 'Asia/Makassar',
  locale: 'id',
  from: '2026-01-01',
  to: '2026-12-31',
  memberName: (id) => names.members.find((m) => m.id === id)?.name,
  hashtags: (id) => (id === 'set-baca' ? ['GemarMembaca', 'BulanBuku'] : undefined),
  templateName: (id) => names.templates.find((t) => t.id === id)?.name,
};

/** The .ics text with its folded lines joined again (RFC 5545 folds at 75 octets). */
const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('the calendar as an .ics file', () => {
  it('writes a planned post at its real hour in UTC, with its status, platforms and caption', () => {
    const ics = unfolded(calendarToIcs([bookMonth], icsOptions));
    expect(ics).toContain('X-WR-CALNAME:Perpustakaan Kota: kalender konten');
    expect(ics).toContain('UID:plan-bulan-buku@sapa.calendar');
    // 09:30 WITA (UTC+8) is 01:30 UTC.
    expect(ics).toContain('DTSTART:20260517T013000Z');
    expect(ics).toContain('DTEND:20260517T020000Z');
    expect(ics).toContain('SUMMARY:Bulan Gemar Membaca (Instagram\\, Facebook)');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toContain(
      'DESCRIPTION:Status: Disetujui\\nPenanggung jawab: Ana\\nPeninjau: Budi Santoso\\nTemplat: Koleksi baru\\n\\nAyo membaca\\, "sekarang juga"!\\nDatang ke perpustakaan.\\n\\n#GemarMembaca #BulanBuku',
    );
  });

  it('writes each occurrence of a series, as edited, moved or cancelled', () => {
    const monthly = makePlan({
      id: 'plan-17',
      title: 'Tanggal 17',
      date: '2026-01-17',
      time: '09:00',
      recurrence: {
        rule: 'FREQ=MONTHLY;BYMONTHDAY=17;COUNT=4',
        exceptions: [
          { date: '2026-02-17', cancelled: true },
          { date: '2026-03-17', override: { date: '2026-03-18', status: 'skipped' } },
        ],
      },
    });
    const ics = unfolded(calendarToIcs([monthly], { ...icsOptions, zone: 'Asia/Jakarta' }));
    const uids = [...ics.matchAll(/UID:(.+)\r\n/g)].map((m) => m[1]);
    expect(uids).toEqual([
      'plan-17-2026-01-17@sapa.calendar',
      'plan-17-2026-03-17@sapa.calendar',
      'plan-17-2026-04-17@sapa.calendar',
    ]);
    expect(ics).toContain('DTSTART:20260318T020000Z');
    expect(ics).toContain('STATUS:CANCELLED');
  });

  it('leaves out deleted plans and days outside the range', () => {
    const ics = calendarToIcs(
      [makePlan({ id: 'deleted', deleted: true }), makePlan({ id: 'later', date: '2027-02-01' })],
      icsOptions,
    );
    expect(ics).not.toContain('BEGIN:VEVENT');
  });
});
