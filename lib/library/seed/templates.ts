import { searchWordsOf } from '@/lib/text';
import type {
  ContentLocale,
  PlatformId,
  TemplateRecord,
  TemplateVariable,
  VariableType,
} from '@/lib/db/types';

/**
 * First-run templates for library accounts, in Bahasa Indonesia and English (one record per
 * locale, id `seed:tpl:<topic>:<locale>`). Every template has a short X variant that stays
 * within 280 weighted characters after a typical fill. Where the text has a link, the Instagram
 * and TikTok variants point to the link in bio instead, because caption links are not clickable
 * there. Policy claims ("free", "no late fees", "anonymous") are choices the library makes, never
 * fixed text. Holiday greetings share one shape so every faith gets the same warmth: a greeting
 * to those who celebrate, a wish of peace and togetherness, no statement about the faith itself.
 * Brand-kit variables ({{library}}, {{website}}, {{linkInBio}}, {{hashtags}}, {{handle}},
 * {{signOff}}, {{tagline}}) need no declaration. Checked by seed.test.ts against the checklist.
 */

type Localised<T> = Record<ContentLocale, T>;

/** A variable, the same in both languages, or built for one language (choices, defaults). */
type SeedVariable = TemplateVariable | ((locale: ContentLocale) => TemplateVariable);

const v = (
  name: string,
  id: string,
  en: string,
  type: VariableType = 'text',
  extra: Partial<TemplateVariable> = {},
): TemplateVariable => ({ name, label: { id, en }, type, ...extra });

/** A choice whose options are sentences in the template's language. */
const choice =
  (
    name: string,
    id: string,
    en: string,
    options: Localised<string[]>,
    extra: Partial<TemplateVariable> = {},
  ) =>
  (locale: ContentLocale): TemplateVariable =>
    v(name, id, en, 'choice', { options: [...options[locale]], ...extra });

const tanggal = v('tanggal', 'Tanggal', 'Date', 'date', { required: true });
const waktu = v('waktu', 'Jam', 'Time', 'time', { default: '09.00–11.00' });
const tempatWajib = v('tempat', 'Tempat', 'Venue', 'text', { required: true });
const tautan = v('tautan', 'Tautan', 'Link', 'link', { required: true });

/** Who may come and what it costs: the library says it, Sapa does not assume "free". */
const biaya = choice(
  'biaya',
  'Biaya dan peserta',
  'Fee and who can come',
  {
    id: ['Gratis dan terbuka untuk umum', 'Terbuka untuk umum', 'Khusus anggota perpustakaan'],
    en: ['Free and open to everyone', 'Open to everyone', 'For library members'],
  },
  { required: true },
);

/** The service hours over a holiday, on a line of its own that drops out when left empty. */
const jadwal = v('jadwal', 'Jadwal layanan selama libur', 'Opening hours over the holiday');

interface SeedTemplate {
  topic: string;
  category: string;
  variables: SeedVariable[];
  text: Localised<{ name: string; body: string; variants: Partial<Record<PlatformId, string>> }>;
}

/**
 * A holiday greeting: the same shape for every holiday, so no faith is greeted more warmly
 * than another. `greeting` names the day; `wish` is a wish anyone can share.
 */
function holiday(
  topic: string,
  names: Localised<string>,
  greeting: Localised<string>,
  wish: Localised<string>,
  tags: string,
): SeedTemplate {
  return {
    topic,
    category: 'greeting',
    variables: [jadwal],
    text: {
      id: {
        name: names.id,
        body: `${greeting.id} ✨\n\n${wish.id}\n\nJadwal layanan: {{jadwal}}\n\nSalam hangat dari {{library}}.\n{{signOff}}\n\n${tags} {{hashtags}}`,
        variants: {
          x: `${greeting.id} ${wish.id} Salam hangat dari {{library}}. ${tags}`,
        },
      },
      en: {
        name: names.en,
        body: `${greeting.en} ✨\n\n${wish.en}\n\nOpening hours: {{jadwal}}\n\nWarm wishes from {{library}}.\n{{signOff}}\n\n${tags} {{hashtags}}`,
        variants: {
          x: `${greeting.en} ${wish.en} Warm wishes from {{library}}. ${tags}`,
        },
      },
    },
  };
}

const SEED_TEMPLATES: SeedTemplate[] = [
  {
    // Filled from the library's own catalogue (lib/catalogue): the panel lists its newest titles,
    // the picked ones become one line each in the list variable's format (lib/library/book-list.ts).
    topic: 'catalogue-new-arrivals',
    category: 'collection',
    variables: [
      v('koleksiBaru', 'Judul yang dipilih', 'Picked titles', 'text', {
        required: true,
        default: '📖 {title} – {author} ({year}) · {callNumber} · {link}',
      }),
    ],
    text: {
      id: {
        name: 'Koleksi baru dari katalog',
        body: 'Koleksi baru di {{library}}! 📚\n\n{{koleksiBaru}}\n\nSilakan datang dan pinjam, atau cari judulnya di katalog daring kami.\n\n{{signOff}}\n{{hashtags}}',
        variants: { x: 'Koleksi baru di {{library}}! 📚\n{{koleksiBaru}}' },
      },
      en: {
        name: 'New arrivals from the catalogue',
        body: 'New arrivals at {{library}}! 📚\n\n{{koleksiBaru}}\n\nCome and borrow them, or find them in our online catalogue.\n\n{{signOff}}\n{{hashtags}}',
        variants: { x: 'New arrivals at {{library}}! 📚\n{{koleksiBaru}}' },
      },
    },
  },
  {
    topic: 'new-arrivals',
    category: 'collection',
    variables: [
      v('tema', 'Tema koleksi', 'Collection theme', 'text', { required: true }),
      v('judul_pilihan', 'Judul pilihan', 'Featured titles', 'text', { required: true }),
      tempatWajib,
    ],
    text: {
      id: {
        name: 'Koleksi baru datang',
        body: 'Koleksi baru sudah tiba! 📚\n\nKali ini {{library}} menghadirkan buku-buku bertema {{tema}}, di antaranya {{judul_pilihan}}.\n\nSilakan datang dan pinjam di {{tempat}}, atau cek ketersediaannya di katalog daring kami: {{website}}\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Koleksi baru bertema {{tema}} sudah tiba di {{library}}! Ada {{judul_pilihan}}. Cek katalog: {{website}} {{hashtags}}',
          instagram:
            'Koleksi baru sudah tiba! 📚\n\nKali ini {{library}} menghadirkan buku-buku bertema {{tema}}, di antaranya {{judul_pilihan}}.\n\nSilakan pinjam di {{tempat}}. Katalog daring ada di tautan bio.\n\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Koleksi baru bertema {{tema}} sudah tiba di {{library}}! 📚 Ada {{judul_pilihan}}. Pinjam di {{tempat}}, katalog daring ada di tautan bio. {{signOff}} {{hashtags}}',
        },
      },
      en: {
        name: 'New arrivals',
        body: 'New books have arrived! 📚\n\nThis month {{library}} welcomes new titles on {{tema}}, including {{judul_pilihan}}.\n\nCome and borrow them at {{tempat}}, or check availability in our online catalogue: {{website}}\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'New arrivals on {{tema}} at {{library}}, including {{judul_pilihan}}. Check the catalogue: {{website}} {{hashtags}}',
          instagram:
            'New books have arrived! 📚\n\nThis month {{library}} welcomes new titles on {{tema}}, including {{judul_pilihan}}.\n\nBorrow them at {{tempat}}. The online catalogue is linked in our bio.\n\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'New books on {{tema}} at {{library}}! 📚 Including {{judul_pilihan}}. Borrow them at {{tempat}}; the catalogue is linked in our bio. {{signOff}} {{hashtags}}',
        },
      },
    },
  },
  {
    topic: 'event-registration',
    category: 'event',
    variables: [
      v('acara', 'Nama acara', 'Event name', 'text', { required: true }),
      tanggal,
      waktu,
      tempatWajib,
      biaya,
      tautan,
    ],
    text: {
      id: {
        name: 'Acara dengan pendaftaran',
        body: 'Sahabat Pustaka, yuk ikut {{acara}}! ✨\n\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\n{{biaya}}, tempat terbatas. Daftar di sini: {{tautan}}\n\nInfo lebih lanjut: {{website}}\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Yuk ikut {{acara}} di {{tempat}}, {{tanggal}} pukul {{waktu}}. {{biaya}}, tempat terbatas. Daftar: {{tautan}} {{hashtags}}',
          instagram:
            'Sahabat Pustaka, yuk ikut {{acara}}! ✨\n\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\n{{biaya}}, tempat terbatas. Tautan pendaftaran ada di bio kami.\n\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Yuk ikut {{acara}}! ✨ {{tanggal}}, pukul {{waktu}} di {{tempat}}. {{biaya}}, tempat terbatas. Tautan pendaftaran ada di bio. {{hashtags}}',
        },
      },
      en: {
        name: 'Event with registration',
        body: 'Join us for {{acara}}! ✨\n\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\n{{biaya}}, places are limited. Register here: {{tautan}}\n\nMore information: {{website}}\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Join us for {{acara}} at {{tempat}}, {{tanggal}}, {{waktu}}. {{biaya}}, places limited. Register: {{tautan}} {{hashtags}}',
          instagram:
            'Join us for {{acara}}! ✨\n\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\n{{biaya}}, places are limited. The registration link is in our bio.\n\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Join us for {{acara}}! ✨ {{tanggal}}, {{waktu}} at {{tempat}}. {{biaya}}, places are limited. Registration link in bio. {{hashtags}}',
        },
      },
    },
  },
  {
    topic: 'webinar',
    category: 'event',
    variables: [
      v('topik', 'Topik', 'Topic', 'text', { required: true }),
      v('narasumber', 'Narasumber', 'Speaker', 'text', { required: true }),
      tanggal,
      waktu,
      v('platform_rapat', 'Platform', 'Platform', 'choice', {
        options: ['Zoom', 'Google Meet', 'YouTube Live', 'Microsoft Teams'],
        default: 'Zoom',
      }),
      biaya,
      choice('sertifikat', 'E-sertifikat', 'E-certificate', {
        id: ['Tersedia e-sertifikat bagi peserta yang hadir hingga selesai.'],
        en: ['An e-certificate is available for participants who attend the full session.'],
      }),
      tautan,
    ],
    text: {
      id: {
        name: 'Webinar',
        body: 'Webinar {{library}}: "{{topik}}"\n\nBersama narasumber {{narasumber}}.\n🗓 {{tanggal}}, pukul {{waktu}}\n💻 Melalui {{platform_rapat}}\n\n{{biaya}}.\n{{sertifikat}}\n\nPendaftaran: {{tautan}}\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Webinar "{{topik}}" bersama {{narasumber}}, {{tanggal}} pukul {{waktu}} via {{platform_rapat}}. {{biaya}}. Daftar: {{tautan}}',
          instagram:
            'Webinar {{library}}: "{{topik}}"\n\nBersama narasumber {{narasumber}}.\n🗓 {{tanggal}}, pukul {{waktu}}\n💻 Melalui {{platform_rapat}}\n\n{{biaya}}.\n{{sertifikat}}\n\nTautan pendaftaran ada di bio kami.\n\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Webinar "{{topik}}" bersama {{narasumber}}, {{tanggal}} pukul {{waktu}} via {{platform_rapat}}. {{biaya}}. Tautan pendaftaran ada di bio. {{hashtags}}',
        },
      },
      en: {
        name: 'Webinar',
        body: '{{library}} webinar: "{{topik}}"\n\nWith our speaker {{narasumber}}.\n🗓 {{tanggal}}, {{waktu}}\n💻 On {{platform_rapat}}\n\n{{biaya}}.\n{{sertifikat}}\n\nRegister: {{tautan}}\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Webinar "{{topik}}" with {{narasumber}}, {{tanggal}}, {{waktu}} on {{platform_rapat}}. {{biaya}}. Register: {{tautan}}',
          instagram:
            '{{library}} webinar: "{{topik}}"\n\nWith our speaker {{narasumber}}.\n🗓 {{tanggal}}, {{waktu}}\n💻 On {{platform_rapat}}\n\n{{biaya}}.\n{{sertifikat}}\n\nThe registration link is in our bio.\n\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Webinar "{{topik}}" with {{narasumber}}, {{tanggal}}, {{waktu}} on {{platform_rapat}}. {{biaya}}. Registration link in bio. {{hashtags}}',
        },
      },
    },
  },
  {
    topic: 'pathfinder',
    category: 'collection',
    variables: [v('subjek', 'Subjek', 'Subject', 'text', { required: true }), tautan],
    text: {
      id: {
        name: 'Pathfinder (panduan sumber informasi)',
        body: 'Sedang mencari referensi tentang {{subjek}}? 🔎\n\nKami sudah menyusun pathfinder berisi buku, jurnal, basis data, dan sumber daring pilihan untuk membantu tugas dan penelitianmu.\n\nUnduh panduannya di {{tautan}}. Butuh bantuan penelusuran? Pustakawan kami siap membantu.\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Cari referensi tentang {{subjek}}? Pathfinder kami berisi buku, jurnal, dan basis data pilihan. Unduh: {{tautan}} {{hashtags}}',
          instagram:
            'Sedang mencari referensi tentang {{subjek}}? 🔎\n\nKami sudah menyusun pathfinder berisi buku, jurnal, basis data, dan sumber daring pilihan untuk membantu tugas dan penelitianmu.\n\nPanduannya bisa diunduh lewat tautan di bio. Butuh bantuan penelusuran? Pustakawan kami siap membantu.\n\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Sedang mencari referensi tentang {{subjek}}? 🔎 Kami sudah menyusun pathfinder berisi buku, jurnal, basis data, dan sumber daring pilihan. Unduh lewat tautan di bio. {{hashtags}}',
        },
      },
      en: {
        name: 'Pathfinder (subject guide)',
        body: 'Looking for sources on {{subjek}}? 🔎\n\nOur librarians have put together a pathfinder of selected books, journals, databases and online resources for your assignments and research.\n\nDownload the guide at {{tautan}}. Need help searching? Ask a librarian, we are happy to help.\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Researching {{subjek}}? Our pathfinder lists selected books, journals and databases. Download it: {{tautan}} {{hashtags}}',
          instagram:
            'Looking for sources on {{subjek}}? 🔎\n\nOur librarians have put together a pathfinder of selected books, journals, databases and online resources for your assignments and research.\n\nThe guide is linked in our bio. Need help searching? Ask a librarian, we are happy to help.\n\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Looking for sources on {{subjek}}? 🔎 Our librarians have put together a pathfinder of selected books, journals, databases and online resources. Link in bio. {{hashtags}}',
        },
      },
    },
  },
  {
    topic: 'reading-programme',
    category: 'programme',
    variables: [
      v('program', 'Nama program', 'Programme name', 'text', { required: true }),
      (locale) =>
        v('usia', 'Usia peserta', 'Age group', 'text', {
          default: locale === 'id' ? '6–12 tahun' : '6 to 12',
        }),
      tanggal,
      waktu,
      tempatWajib,
      biaya,
    ],
    text: {
      id: {
        name: 'Program membaca anak dan remaja',
        body: 'Ayah, Bunda, ajak si kecil ikut {{program}}! 🧒📖\n\nKegiatan mendongeng, membaca bersama, dan kreasi seru untuk anak usia {{usia}}.\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\n{{biaya}}. Anak didampingi orang tua atau wali. Foto kegiatan hanya kami unggah dengan izin orang tua.\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Ajak si kecil ikut {{program}}: mendongeng dan membaca bersama untuk usia {{usia}}. {{tanggal}}, {{waktu}} di {{tempat}}. {{hashtags}}',
        },
      },
      en: {
        name: 'Children and teen reading programme',
        body: "Parents and carers, bring your young readers to {{program}}! 🧒📖\n\nStorytelling, shared reading and crafts for ages {{usia}}.\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\n{{biaya}}. Children attend with a parent or carer. We only post photos of children with their parents' permission.\n\n{{signOff}}\n{{hashtags}}",
        variants: {
          x: 'Bring your young readers to {{program}}: stories and shared reading for ages {{usia}}. {{tanggal}}, {{waktu}} at {{tempat}}. {{hashtags}}',
        },
      },
    },
  },
  {
    topic: 'book-month',
    category: 'book-month',
    variables: [
      v('kegiatan', 'Kegiatan', 'Activities', 'text', { required: true }),
      // Hari Buku Nasional is 17 May: the next one is what a librarian posts about.
      v('tanggal', 'Tanggal mulai', 'From', 'date', { required: true, default: '--05-17' }),
    ],
    text: {
      id: {
        name: 'Hari Buku Nasional / Bulan Buku',
        body: 'Selamat Hari Buku Nasional, 17 Mei! 📚🇮🇩\n\nMerayakan Bulan Buku, {{library}} mengadakan {{kegiatan}} mulai {{tanggal}}. Mari jadikan membaca kebiasaan sehari-hari bersama keluarga dan teman.\n\nBuku apa yang sedang kamu baca? Ceritakan di kolom komentar!\n\n{{signOff}}\n#HariBukuNasional #BulanBuku {{hashtags}}',
        variants: {
          x: 'Selamat Hari Buku Nasional! Merayakan Bulan Buku, {{library}} mengadakan {{kegiatan}} mulai {{tanggal}}. Buku apa yang sedang kamu baca? #HariBukuNasional #BulanBuku',
        },
      },
      en: {
        name: 'National Book Day / Book Month',
        body: "Happy National Book Day (Hari Buku Nasional), 17 May! 📚\n\nTo celebrate Book Month, {{library}} is holding {{kegiatan}} from {{tanggal}}. Let's make reading an everyday habit with family and friends.\n\nWhat are you reading right now? Tell us in the comments!\n\n{{signOff}}\n#HariBukuNasional #BookMonth {{hashtags}}",
        variants: {
          x: 'Happy National Book Day! For Book Month, {{library}} is holding {{kegiatan}} from {{tanggal}}. What are you reading? #HariBukuNasional #BookMonth',
        },
      },
    },
  },
  {
    topic: 'library-visit-day',
    category: 'greeting',
    variables: [v('kegiatan', 'Kegiatan', 'Activities', 'text')],
    text: {
      id: {
        name: 'Hari Kunjung Perpustakaan (14 September)',
        body: 'Selamat Hari Kunjung Perpustakaan, 14 September! 🏛📚\n\nYuk mampir ke {{library}}: baca, pinjam, atau sekadar mencari tempat yang tenang. Kami senang menyambut Sahabat Pustaka dari segala usia.\n\nKegiatan: {{kegiatan}}\n\n{{signOff}}\n#HariKunjungPerpustakaan #AyoKePerpustakaan {{hashtags}}',
        variants: {
          x: 'Selamat Hari Kunjung Perpustakaan! Yuk mampir ke {{library}}: baca, pinjam, atau sekadar mencari tempat yang tenang. #HariKunjungPerpustakaan',
        },
      },
      en: {
        name: 'Library Visit Day (14 September)',
        body: "Happy Library Visit Day (Hari Kunjung Perpustakaan), 14 September! 🏛📚\n\nCome and visit {{library}}: read, borrow, or simply find a quiet place. We're glad to welcome readers of every age.\n\nWhat's on: {{kegiatan}}\n\n{{signOff}}\n#HariKunjungPerpustakaan #LibraryVisit {{hashtags}}",
        variants: {
          x: 'Happy Library Visit Day! Come and visit {{library}}: read, borrow, or simply find a quiet place. #HariKunjungPerpustakaan',
        },
      },
    },
  },
  {
    topic: 'online-pickup',
    category: 'service',
    variables: [
      tautan,
      (locale) =>
        v('jam_ambil', 'Jam pengambilan', 'Pickup hours', 'text', {
          default: locale === 'id' ? 'Senin–Jumat, 09.00–15.00' : 'Monday to Friday, 9.00–15.00',
        }),
      tempatWajib,
    ],
    text: {
      id: {
        name: 'Layanan pinjam daring, ambil di perpustakaan',
        body: 'Pinjam dari rumah, ambil di perpustakaan! 🛍📚\n\n1. Pilih buku di katalog daring: {{tautan}}\n2. Tunggu notifikasi bahwa buku sudah siap\n3. Ambil di {{tempat}} pada {{jam_ambil}}\n\nJangan lupa membawa kartu anggota. Pertanyaan? Kirim pesan ke {{handle}}.\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Pinjam dari rumah, ambil di perpustakaan! Pilih buku di {{tautan}}, tunggu notifikasi, lalu ambil di {{tempat}} ({{jam_ambil}}). Bawa kartu anggota ya.',
          instagram:
            'Pinjam dari rumah, ambil di perpustakaan! 🛍📚\n\n1. Pilih buku di katalog daring (tautan di bio)\n2. Tunggu notifikasi bahwa buku sudah siap\n3. Ambil di {{tempat}} pada {{jam_ambil}}\n\nJangan lupa membawa kartu anggota. Pertanyaan? Kirim pesan langsung ke kami.\n\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Pinjam dari rumah, ambil di perpustakaan! 🛍📚 Pilih buku di katalog daring (tautan di bio), tunggu notifikasi, lalu ambil di {{tempat}} pada {{jam_ambil}}. Bawa kartu anggota ya. {{hashtags}}',
        },
      },
      en: {
        name: 'Online request, library pickup',
        body: 'Borrow from home, pick up at the library! 🛍📚\n\n1. Choose your books in the online catalogue: {{tautan}}\n2. Wait for the message that they are ready\n3. Collect them at {{tempat}}, {{jam_ambil}}\n\nPlease bring your library card. Questions? Message us at {{handle}}.\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Borrow from home, pick up at the library! Request books at {{tautan}}, wait for our message, then collect at {{tempat}} ({{jam_ambil}}). Bring your card.',
          instagram:
            'Borrow from home, pick up at the library! 🛍📚\n\n1. Choose your books in the online catalogue (link in bio)\n2. Wait for the message that they are ready\n3. Collect them at {{tempat}}, {{jam_ambil}}\n\nPlease bring your library card. Questions? Send us a message.\n\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Borrow from home, pick up at the library! 🛍📚 Choose books in the online catalogue (link in bio), wait for our message, then collect them at {{tempat}}, {{jam_ambil}}. {{hashtags}}',
        },
      },
    },
  },
  {
    topic: 'survey',
    category: 'survey',
    variables: [
      tautan,
      v('batas', 'Batas waktu', 'Closing date', 'date', { required: true }),
      choice('anonim', 'Kerahasiaan jawaban', 'Privacy of answers', {
        id: ['Jawaban bersifat anonim.', 'Data pribadi hanya dipakai untuk keperluan survei ini.'],
        en: ['Answers are anonymous.', 'Personal details are used for this survey only.'],
      }),
    ],
    text: {
      id: {
        name: 'Survei kepuasan pemustaka',
        body: 'Bantu kami melayani lebih baik! 🙏\n\nIsi survei kepuasan pemustaka {{library}}, hanya sekitar 5 menit: {{tautan}}\n\nSurvei dibuka hingga {{batas}}. Setiap masukan kami baca.\n{{anonim}}\n\nTerima kasih, Sahabat Pustaka!\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Bantu kami melayani lebih baik! Isi survei kepuasan pemustaka {{library}} (±5 menit) hingga {{batas}}: {{tautan}}',
          instagram:
            'Bantu kami melayani lebih baik! 🙏\n\nIsi survei kepuasan pemustaka {{library}}, hanya sekitar 5 menit. Tautannya ada di bio.\n\nSurvei dibuka hingga {{batas}}. Setiap masukan kami baca.\n{{anonim}}\n\nTerima kasih, Sahabat Pustaka!\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Bantu kami melayani lebih baik! 🙏 Isi survei kepuasan pemustaka {{library}} (±5 menit) hingga {{batas}}. Tautannya ada di bio. {{hashtags}}',
        },
      },
      en: {
        name: 'Library user survey',
        body: 'Help us serve you better! 🙏\n\nTake the {{library}} user survey, it takes about 5 minutes: {{tautan}}\n\nThe survey is open until {{batas}}. We read every response.\n{{anonim}}\n\nThank you!\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Help us serve you better! Take the {{library}} user survey (about 5 minutes) before {{batas}}: {{tautan}}',
          instagram:
            'Help us serve you better! 🙏\n\nTake the {{library}} user survey, it takes about 5 minutes. The link is in our bio.\n\nThe survey is open until {{batas}}. We read every response.\n{{anonim}}\n\nThank you!\n{{signOff}}\n{{hashtags}}',
          tiktok:
            'Help us serve you better! 🙏 Take the {{library}} user survey (about 5 minutes) before {{batas}}. Link in bio. {{hashtags}}',
        },
      },
    },
  },
  {
    topic: 'hours-closure',
    category: 'announcement',
    variables: [
      v('tanggal_mulai', 'Tanggal mulai', 'From', 'date', { required: true }),
      v('tanggal_selesai', 'Tanggal selesai', 'Until', 'date', { required: true }),
      v('alasan', 'Alasan', 'Reason', 'text', { required: true }),
      v('tanggal_buka', 'Buka kembali', 'Reopening date', 'date', { required: true }),
      choice('denda', 'Pinjaman selama tutup', 'Loans while closed', {
        id: [
          'Tidak ada denda keterlambatan selama perpustakaan tutup.',
          'Masa pinjam diperpanjang otomatis hingga perpustakaan buka kembali.',
        ],
        en: [
          'No late fees are charged while we are closed.',
          'Loans are extended automatically until we reopen.',
        ],
      }),
    ],
    text: {
      id: {
        name: 'Pengumuman jam layanan atau penutupan',
        body: 'PENGUMUMAN 📢\n\nDalam rangka {{alasan}}, layanan {{library}} ditutup sementara mulai {{tanggal_mulai}} sampai {{tanggal_selesai}}. Layanan dibuka kembali pada {{tanggal_buka}}.\n\nSelama penutupan, koleksi digital tetap dapat diakses di {{website}}.\n{{denda}}\n\nMohon maaf atas ketidaknyamanannya. {{signOff}}',
        variants: {
          x: 'PENGUMUMAN: dalam rangka {{alasan}}, {{library}} tutup {{tanggal_mulai}} s.d. {{tanggal_selesai}} dan buka kembali {{tanggal_buka}}. Koleksi digital tetap bisa diakses di {{website}}',
          instagram:
            'PENGUMUMAN 📢\n\nDalam rangka {{alasan}}, layanan {{library}} ditutup sementara mulai {{tanggal_mulai}} sampai {{tanggal_selesai}}. Layanan dibuka kembali pada {{tanggal_buka}}.\n\nSelama penutupan, koleksi digital tetap dapat diakses lewat tautan di bio.\n{{denda}}\n\nMohon maaf atas ketidaknyamanannya. {{signOff}}',
          tiktok:
            'PENGUMUMAN 📢 Dalam rangka {{alasan}}, {{library}} tutup {{tanggal_mulai}} sampai {{tanggal_selesai}} dan buka kembali {{tanggal_buka}}. Koleksi digital tetap bisa diakses lewat tautan di bio.',
        },
      },
      en: {
        name: 'Opening hours or closure notice',
        body: 'NOTICE 📢\n\nDue to {{alasan}}, {{library}} will be closed from {{tanggal_mulai}} to {{tanggal_selesai}}. We reopen on {{tanggal_buka}}.\n\nOur digital collection remains available at {{website}} throughout.\n{{denda}}\n\nWe apologise for the inconvenience. {{signOff}}',
        variants: {
          x: 'Notice: due to {{alasan}}, {{library}} is closed {{tanggal_mulai}} to {{tanggal_selesai}} and reopens {{tanggal_buka}}. Digital collection still at {{website}}',
          instagram:
            'NOTICE 📢\n\nDue to {{alasan}}, {{library}} will be closed from {{tanggal_mulai}} to {{tanggal_selesai}}. We reopen on {{tanggal_buka}}.\n\nOur digital collection remains available throughout: link in bio.\n{{denda}}\n\nWe apologise for the inconvenience. {{signOff}}',
          tiktok:
            'NOTICE 📢 Due to {{alasan}}, {{library}} is closed {{tanggal_mulai}} to {{tanggal_selesai}} and reopens {{tanggal_buka}}. Our digital collection stays open: link in bio.',
        },
      },
    },
  },
  {
    topic: 'literacy-quote',
    category: 'literacy',
    variables: [
      v('kutipan', 'Kutipan', 'Quote', 'text', { required: true }),
      v('tokoh', 'Tokoh', 'Author', 'text', { required: true }),
      v('sumber', 'Sumber (buku/tahun)', 'Source (book/year)', 'text', { required: true }),
    ],
    text: {
      id: {
        name: 'Kutipan atau tips literasi',
        body: '"{{kutipan}}"\n— {{tokoh}}\n\nSumber: {{sumber}}\n\nTips hari ini: sisihkan 15 menit sebelum tidur untuk membaca. Sedikit demi sedikit, lama-lama jadi bukit! 📖\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: '"{{kutipan}}" — {{tokoh}} (Sumber: {{sumber}}). Yuk sisihkan 15 menit sehari untuk membaca! {{hashtags}}',
        },
      },
      en: {
        name: 'Literacy tip or quote',
        body: '"{{kutipan}}"\n— {{tokoh}}\n\nSource: {{sumber}}\n\nToday\'s tip: set aside 15 minutes before bed to read. Little by little, it adds up! 📖\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: '"{{kutipan}}" — {{tokoh}} (Source: {{sumber}}). Try 15 minutes of reading a day! {{hashtags}}',
        },
      },
    },
  },
  holiday(
    'idulfitri',
    { id: 'Ucapan Idulfitri', en: 'Eid al-Fitr greeting' },
    {
      id: 'Selamat Hari Raya Idulfitri bagi Sahabat Pustaka yang merayakan.',
      en: 'Happy Eid al-Fitr to all our readers who are celebrating.',
    },
    {
      id: 'Mohon maaf lahir dan batin. Semoga hari yang fitri ini membawa kedamaian dan kebersamaan bagi keluarga Anda.',
      en: 'We wish you and your family a peaceful and joyful time together.',
    },
    '#SelamatIdulfitri',
  ),
  holiday(
    'natal',
    { id: 'Ucapan Natal', en: 'Christmas greeting' },
    {
      id: 'Selamat Hari Natal bagi Sahabat Pustaka yang merayakan.',
      en: 'Merry Christmas to all our readers who are celebrating.',
    },
    {
      id: 'Semoga hari yang penuh sukacita ini membawa kedamaian dan kebersamaan bagi keluarga Anda.',
      en: 'We wish you and your family a peaceful and joyful time together.',
    },
    '#SelamatNatal',
  ),
  holiday(
    'nyepi',
    { id: 'Ucapan Hari Raya Nyepi', en: 'Nyepi greeting' },
    {
      id: 'Selamat Hari Raya Nyepi bagi Sahabat Pustaka yang merayakan.',
      en: 'Wishing a peaceful Nyepi to all our readers who observe it.',
    },
    {
      id: 'Semoga hari yang hening ini membawa kedamaian dan kebersamaan bagi keluarga Anda.',
      en: 'We wish you and your family a calm and peaceful time together.',
    },
    '#HariRayaNyepi',
  ),
  holiday(
    'waisak',
    { id: 'Ucapan Waisak', en: 'Vesak greeting' },
    {
      id: 'Selamat Hari Raya Waisak bagi Sahabat Pustaka yang merayakan.',
      en: 'Happy Vesak to all our readers who are celebrating.',
    },
    {
      id: 'Semoga hari yang penuh makna ini membawa kedamaian dan kebersamaan bagi keluarga Anda.',
      en: 'We wish you and your family a peaceful and joyful time together.',
    },
    '#SelamatWaisak',
  ),
  holiday(
    'imlek',
    { id: 'Ucapan Tahun Baru Imlek', en: 'Lunar New Year greeting' },
    {
      id: 'Selamat Tahun Baru Imlek bagi Sahabat Pustaka yang merayakan.',
      en: 'Happy Lunar New Year to all our readers who are celebrating.',
    },
    {
      id: 'Semoga tahun yang baru ini membawa kesehatan, kedamaian, dan kebersamaan bagi keluarga Anda.',
      en: 'We wish you and your family good health and a joyful time together.',
    },
    '#SelamatTahunBaruImlek',
  ),
  holiday(
    'hut-ri',
    { id: 'Ucapan HUT Kemerdekaan RI (17 Agustus)', en: 'Indonesian Independence Day (17 August)' },
    {
      id: 'Dirgahayu Republik Indonesia, 17 Agustus! 🇮🇩',
      en: 'Happy Indonesian Independence Day, 17 August! 🇮🇩',
    },
    {
      id: 'Mari isi kemerdekaan dengan semangat belajar dan membaca, bersama seluruh Sahabat Pustaka.',
      en: "Let's celebrate independence with a love of learning and reading, together with all our readers.",
    },
    '#HUTRI #DirgahayuIndonesia',
  ),
];

export function seedTemplates(now: number): TemplateRecord[] {
  return SEED_TEMPLATES.flatMap((s) =>
    (['id', 'en'] as const).map((locale) => ({
      id: `seed:tpl:${s.topic}:${locale}`,
      updatedAt: now,
      updatedBy: 'seed',
      deleted: false,
      name: s.text[locale].name,
      category: s.category,
      body: s.text[locale].body,
      variants: { ...s.text[locale].variants },
      variables: s.variables.map((variable) =>
        typeof variable === 'function' ? variable(locale) : structuredClone(variable),
      ),
      locale,
      searchWords: searchWordsOf(s.text[locale].name),
    })),
  );
}
