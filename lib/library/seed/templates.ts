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
 * within 280 weighted characters after a typical fill; a few have an Instagram variant that
 * points to the link in bio, because caption links are not clickable there.
 * Brand-kit variables ({{library}}, {{website}}, {{linkInBio}}, {{hashtags}}, {{handle}},
 * {{signOff}}, {{tagline}}) need no declaration.
 */

const v = (
  name: string,
  id: string,
  en: string,
  type: VariableType = 'text',
  extra: Partial<TemplateVariable> = {},
): TemplateVariable => ({ name, label: { id, en }, type, ...extra });

const tanggal = v('tanggal', 'Tanggal', 'Date', 'date', { required: true });
const waktu = v('waktu', 'Jam', 'Time', 'text', { default: '09.00–11.00 WIB' });
const tempat = v('tempat', 'Tempat', 'Venue', 'text');
const tautan = v('tautan', 'Tautan', 'Link', 'link', { required: true });

interface SeedTemplate {
  topic: string;
  category: string;
  variables: TemplateVariable[];
  text: Record<
    ContentLocale,
    { name: string; body: string; variants: Partial<Record<PlatformId, string>> }
  >;
}

const SEED_TEMPLATES: SeedTemplate[] = [
  {
    topic: 'new-arrivals',
    category: 'collection',
    variables: [
      v('tema', 'Tema koleksi', 'Collection theme', 'text', { required: true }),
      v('judul_pilihan', 'Judul pilihan', 'Featured titles', 'text'),
      tempat,
    ],
    text: {
      id: {
        name: 'Koleksi baru datang',
        body: 'Koleksi baru sudah tiba! 📚\n\nKali ini {{library}} menghadirkan buku-buku bertema {{tema}}, di antaranya {{judul_pilihan}}.\n\nSilakan datang dan pinjam di {{tempat}}, atau cek ketersediaannya di katalog daring kami: {{website}}\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'Koleksi baru bertema {{tema}} sudah tiba di {{library}}! Ada {{judul_pilihan}}. Cek katalog: {{website}} {{hashtags}}',
          instagram:
            'Koleksi baru sudah tiba! 📚\n\nKali ini {{library}} menghadirkan buku-buku bertema {{tema}}, di antaranya {{judul_pilihan}}.\n\nSilakan pinjam di {{tempat}}. Katalog daring ada di tautan bio.\n\n{{signOff}}\n{{hashtags}}',
        },
      },
      en: {
        name: 'New arrivals',
        body: 'New books have arrived! 📚\n\nThis month {{library}} welcomes new titles on {{tema}}, including {{judul_pilihan}}.\n\nCome and borrow them at {{tempat}}, or check availability in our online catalogue: {{website}}\n\n{{signOff}}\n{{hashtags}}',
        variants: {
          x: 'New arrivals on {{tema}} at {{library}}, including {{judul_pilihan}}. Check the catalogue: {{website}} {{hashtags}}',
          instagram:
            'New books have arrived! 📚\n\nThis month {{library}} welcomes new titles on {{tema}}, including {{judul_pilihan}}.\n\nBorrow them at {{tempat}}. The online catalogue is linked in our bio.\n\n{{signOff}}\n{{hashtags}}',
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
      tempat,
      tautan,
    ],
    text: {
      id: {
        name: 'Acara dengan pendaftaran',
        body: 'Sahabat Pustaka, yuk ikut {{acara}}! ✨\n\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\nGratis dan terbuka untuk umum, tempat terbatas. Daftar di sini: {{tautan}}\n\nInfo lebih lanjut: {{website}}\n{{hashtags}}',
        variants: {
          x: 'Yuk ikut {{acara}} di {{tempat}}, {{tanggal}} pukul {{waktu}}. Gratis, tempat terbatas. Daftar: {{tautan}} {{hashtags}}',
          instagram:
            'Sahabat Pustaka, yuk ikut {{acara}}! ✨\n\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\nGratis dan terbuka untuk umum, tempat terbatas. Tautan pendaftaran ada di bio kami.\n\n{{hashtags}}',
        },
      },
      en: {
        name: 'Event with registration',
        body: 'Join us for {{acara}}! ✨\n\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\nFree and open to everyone, places are limited. Register here: {{tautan}}\n\nMore information: {{website}}\n{{hashtags}}',
        variants: {
          x: 'Join us for {{acara}} at {{tempat}}, {{tanggal}}, {{waktu}}. Free, places limited. Register: {{tautan}} {{hashtags}}',
          instagram:
            'Join us for {{acara}}! ✨\n\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\nFree and open to everyone, places are limited. The registration link is in our bio.\n\n{{hashtags}}',
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
      tautan,
    ],
    text: {
      id: {
        name: 'Webinar',
        body: 'Webinar {{library}}: "{{topik}}"\n\nBersama narasumber {{narasumber}}.\n🗓 {{tanggal}}, {{waktu}}\n💻 Melalui {{platform_rapat}}\n\nTersedia e-sertifikat bagi peserta yang hadir hingga selesai. Pendaftaran: {{tautan}}\n\n{{hashtags}}',
        variants: {
          x: 'Webinar "{{topik}}" bersama {{narasumber}}, {{tanggal}} pukul {{waktu}} via {{platform_rapat}}. Gratis, ada e-sertifikat. Daftar: {{tautan}}',
        },
      },
      en: {
        name: 'Webinar',
        body: '{{library}} webinar: "{{topik}}"\n\nWith our speaker {{narasumber}}.\n🗓 {{tanggal}}, {{waktu}}\n💻 On {{platform_rapat}}\n\nAn e-certificate is available for participants who attend the full session. Register: {{tautan}}\n\n{{hashtags}}',
        variants: {
          x: 'Webinar "{{topik}}" with {{narasumber}}, {{tanggal}}, {{waktu}} on {{platform_rapat}}. Free, with e-certificate. Register: {{tautan}}',
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
        body: 'Sedang mencari referensi tentang {{subjek}}? 🔎\n\nKami sudah menyusun pathfinder berisi buku, jurnal, basis data, dan sumber daring pilihan untuk membantu tugas dan penelitianmu.\n\nUnduh panduannya di {{tautan}}. Butuh bantuan penelusuran? Pustakawan kami siap membantu.\n\n{{hashtags}}',
        variants: {
          x: 'Cari referensi tentang {{subjek}}? Pathfinder kami berisi buku, jurnal, dan basis data pilihan. Unduh: {{tautan}} {{hashtags}}',
        },
      },
      en: {
        name: 'Pathfinder (subject guide)',
        body: 'Looking for sources on {{subjek}}? 🔎\n\nOur librarians have put together a pathfinder of selected books, journals, databases and online resources for your assignments and research.\n\nDownload the guide at {{tautan}}. Need help searching? Ask a librarian, we are happy to help.\n\n{{hashtags}}',
        variants: {
          x: 'Researching {{subjek}}? Our pathfinder lists selected books, journals and databases. Download it: {{tautan}} {{hashtags}}',
        },
      },
    },
  },
  {
    topic: 'reading-programme',
    category: 'programme',
    variables: [
      v('program', 'Nama program', 'Programme name', 'text', { required: true }),
      v('usia', 'Usia peserta', 'Age group', 'text', { default: '6–12 tahun' }),
      tanggal,
      waktu,
      tempat,
    ],
    text: {
      id: {
        name: 'Program membaca anak dan remaja',
        body: 'Ayah, Bunda, ajak si kecil ikut {{program}}! 🧒📖\n\nKegiatan mendongeng, membaca bersama, dan kreasi seru untuk anak usia {{usia}}.\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\nGratis, anak didampingi orang tua atau wali. Foto kegiatan hanya kami unggah dengan izin orang tua.\n\n{{hashtags}}',
        variants: {
          x: 'Ajak si kecil ikut {{program}}: mendongeng dan membaca bersama untuk usia {{usia}}. {{tanggal}}, {{waktu}} di {{tempat}}. Gratis! {{hashtags}}',
        },
      },
      en: {
        name: 'Children and teen reading programme',
        body: "Parents and carers, bring your young readers to {{program}}! 🧒📖\n\nStorytelling, shared reading and crafts for ages {{usia}}.\n🗓 {{tanggal}}\n⏰ {{waktu}}\n📍 {{tempat}}\n\nFree; children attend with a parent or carer. We only post photos of children with their parents' permission.\n\n{{hashtags}}",
        variants: {
          x: 'Bring your young readers to {{program}}: stories and shared reading for ages {{usia}}. {{tanggal}}, {{waktu}} at {{tempat}}. Free! {{hashtags}}',
        },
      },
    },
  },
  {
    topic: 'book-month',
    category: 'book-month',
    variables: [v('kegiatan', 'Kegiatan', 'Activities', 'text', { required: true }), tanggal],
    text: {
      id: {
        name: 'Hari Buku Nasional / Bulan Buku',
        body: 'Selamat Hari Buku Nasional, 17 Mei! 📚🇮🇩\n\nMerayakan Bulan Buku, {{library}} mengadakan {{kegiatan}} mulai {{tanggal}}. Mari jadikan membaca kebiasaan sehari-hari bersama keluarga dan teman.\n\nBuku apa yang sedang kamu baca? Ceritakan di kolom komentar!\n\n#HariBukuNasional #BulanBuku {{hashtags}}',
        variants: {
          x: 'Selamat Hari Buku Nasional! Merayakan Bulan Buku, {{library}} mengadakan {{kegiatan}} mulai {{tanggal}}. Buku apa yang sedang kamu baca? #HariBukuNasional #BulanBuku',
        },
      },
      en: {
        name: 'National Book Day / Book Month',
        body: "Happy National Book Day (Hari Buku Nasional), 17 May! 📚\n\nTo celebrate Book Month, {{library}} is holding {{kegiatan}} from {{tanggal}}. Let's make reading an everyday habit with family and friends.\n\nWhat are you reading right now? Tell us in the comments!\n\n#HariBukuNasional #BookMonth {{hashtags}}",
        variants: {
          x: 'Happy National Book Day! For Book Month, {{library}} is holding {{kegiatan}} from {{tanggal}}. What are you reading? #HariBukuNasional #BookMonth',
        },
      },
    },
  },
  {
    topic: 'online-pickup',
    category: 'service',
    variables: [
      tautan,
      v('jam_ambil', 'Jam pengambilan', 'Pickup hours', 'text', {
        default: 'Senin–Jumat, 09.00–15.00',
      }),
      tempat,
    ],
    text: {
      id: {
        name: 'Layanan pinjam daring, ambil di perpustakaan',
        body: 'Pinjam dari rumah, ambil di perpustakaan! 🛍📚\n\n1. Pilih buku di katalog daring: {{tautan}}\n2. Tunggu notifikasi bahwa buku sudah siap\n3. Ambil di {{tempat}} pada {{jam_ambil}}\n\nJangan lupa membawa kartu anggota. Pertanyaan? Kirim pesan ke {{handle}}.\n\n{{hashtags}}',
        variants: {
          x: 'Pinjam dari rumah, ambil di perpustakaan! Pilih buku di {{tautan}}, tunggu notifikasi, lalu ambil di {{tempat}} ({{jam_ambil}}). Bawa kartu anggota ya.',
        },
      },
      en: {
        name: 'Online request, library pickup',
        body: 'Borrow from home, pick up at the library! 🛍📚\n\n1. Choose your books in the online catalogue: {{tautan}}\n2. Wait for the message that they are ready\n3. Collect them at {{tempat}}, {{jam_ambil}}\n\nPlease bring your library card. Questions? Message us at {{handle}}.\n\n{{hashtags}}',
        variants: {
          x: 'Borrow from home, pick up at the library! Request books at {{tautan}}, wait for our message, then collect at {{tempat}} ({{jam_ambil}}). Bring your card.',
        },
      },
    },
  },
  {
    topic: 'survey',
    category: 'survey',
    variables: [tautan, v('batas', 'Batas waktu', 'Closing date', 'date', { required: true })],
    text: {
      id: {
        name: 'Survei kepuasan pemustaka',
        body: 'Bantu kami melayani lebih baik! 🙏\n\nIsi survei kepuasan pemustaka {{library}}, hanya sekitar 5 menit: {{tautan}}\n\nSurvei dibuka hingga {{batas}}. Setiap masukan kami baca dan jawaban bersifat anonim.\n\nTerima kasih, Sahabat Pustaka!\n{{hashtags}}',
        variants: {
          x: 'Bantu kami melayani lebih baik! Isi survei kepuasan pemustaka {{library}} (±5 menit, anonim) hingga {{batas}}: {{tautan}}',
        },
      },
      en: {
        name: 'Library user survey',
        body: 'Help us serve you better! 🙏\n\nTake the {{library}} user survey, it takes about 5 minutes: {{tautan}}\n\nThe survey is open until {{batas}}. We read every response, and answers are anonymous.\n\nThank you!\n{{hashtags}}',
        variants: {
          x: 'Help us serve you better! Take the {{library}} user survey (about 5 minutes, anonymous) before {{batas}}: {{tautan}}',
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
    ],
    text: {
      id: {
        name: 'Pengumuman jam layanan atau penutupan',
        body: 'PENGUMUMAN 📢\n\nDalam rangka {{alasan}}, layanan {{library}} ditutup sementara mulai {{tanggal_mulai}} sampai {{tanggal_selesai}}. Layanan dibuka kembali pada {{tanggal_buka}}.\n\nSelama penutupan, koleksi digital tetap dapat diakses di {{website}}. Tidak ada denda keterlambatan selama perpustakaan tutup.\n\nMohon maaf atas ketidaknyamanannya. {{signOff}}',
        variants: {
          x: 'PENGUMUMAN: dalam rangka {{alasan}}, {{library}} tutup {{tanggal_mulai}} s.d. {{tanggal_selesai}} dan buka kembali {{tanggal_buka}}. Koleksi digital tetap bisa diakses di {{website}}',
        },
      },
      en: {
        name: 'Opening hours or closure notice',
        body: 'NOTICE 📢\n\nDue to {{alasan}}, {{library}} will be closed from {{tanggal_mulai}} to {{tanggal_selesai}}. We reopen on {{tanggal_buka}}.\n\nOur digital collection remains available at {{website}} throughout, and no late fees are charged while we are closed.\n\nWe apologise for the inconvenience. {{signOff}}',
        variants: {
          x: 'Notice: due to {{alasan}}, {{library}} is closed {{tanggal_mulai}} to {{tanggal_selesai}} and reopens {{tanggal_buka}}. Digital collection still at {{website}}',
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
        body: '"{{kutipan}}"\n— {{tokoh}}\n\nSumber: {{sumber}}\n\nTips hari ini: sisihkan 15 menit sebelum tidur untuk membaca. Sedikit demi sedikit, lama-lama jadi bukit! 📖\n\n{{hashtags}}',
        variants: {
          x: '"{{kutipan}}" — {{tokoh}} (Sumber: {{sumber}}). Yuk sisihkan 15 menit sehari untuk membaca! {{hashtags}}',
        },
      },
      en: {
        name: 'Literacy tip or quote',
        body: '"{{kutipan}}"\n— {{tokoh}}\n\nSource: {{sumber}}\n\nToday\'s tip: set aside 15 minutes before bed to read. Little by little, it adds up! 📖\n\n{{hashtags}}',
        variants: {
          x: '"{{kutipan}}" — {{tokoh}} (Source: {{sumber}}). Try 15 minutes of reading a day! {{hashtags}}',
        },
      },
    },
  },
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
      variables: structuredClone(s.variables),
      locale,
      searchWords: searchWordsOf(s.text[locale].name),
    })),
  );
}
