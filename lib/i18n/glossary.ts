/**
 * Sapa's glossary: the one Indonesian word for each thing the UI names, so that the same English
 * term is never translated two ways. Pure data; `glossary.test.ts` holds `assets/locales/id.json`
 * to it and `docs/glossary.md` is generated from it (`npm run glossary`).
 */
export interface GlossaryTerm {
  /** The English term as the UI writes it. */
  readonly en: string;
  /** The Indonesian term every Indonesian string uses for it. */
  readonly id: string;
  /** What it is in Sapa, in one line (English). */
  readonly meaning: string;
  /**
   * Indonesian words or phrases that must not stand for it, matched as whole words in any case.
   * Only variants that cannot be right anywhere in the Indonesian UI belong here.
   */
  readonly avoid: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  // The places
  {
    en: 'panel',
    id: 'panel',
    meaning:
      "Sapa's column beside a site's composer, with the Templates, Hashtags, Checklist and Drafts tabs.",
    avoid: ['bilah samping', 'sidebar'],
  },
  {
    en: 'dashboard',
    id: 'dasbor',
    meaning:
      "Sapa's own page (the toolbar icon): templates, hashtag sets, brand kit, checklist settings, drafts, backups, team sync, settings.",
    avoid: ['dashboard', 'papan kendali', 'papan instrumen'],
  },
  {
    en: 'composer',
    id: 'kolom tulis',
    meaning: "The site's own box where a post is written (Instagram, Facebook, X, TikTok Studio).",
    avoid: ['kotak unggahan', 'kotak tulis', 'komposer', 'penyusun'],
  },
  {
    en: 'platform',
    id: 'platform',
    meaning: 'One of the social-media sites Sapa works on.',
    avoid: ['wadah', 'medsos'],
  },
  {
    en: 'Instagram',
    id: 'Instagram',
    meaning: 'Platform name; never translated or shortened.',
    avoid: ['IG', 'Insta'],
  },
  {
    en: 'Facebook',
    id: 'Facebook',
    meaning: 'Platform name; never translated or shortened.',
    avoid: ['FB'],
  },
  {
    en: 'X',
    id: 'X',
    meaning: 'Platform name; "X (Twitter)" only where the old name helps (settings).',
    avoid: ['twit', 'cuitan'],
  },
  {
    en: 'TikTok',
    id: 'TikTok',
    meaning: 'Platform name (its composer is TikTok Studio); never translated or shortened.',
    avoid: ['Tik Tok'],
  },

  // Writing a post
  {
    en: 'post',
    id: 'unggahan (noun), mengunggah (verb)',
    meaning: 'What is published on a platform, and publishing it.',
    avoid: ['postingan', 'posting', 'kiriman', 'memposting', 'diposting'],
  },
  {
    en: 'posted',
    id: 'terunggah',
    meaning: 'A draft whose post the site confirmed.',
    avoid: ['terposting', 'terkirim'],
  },
  {
    en: 'caption',
    id: 'keterangan',
    meaning: "The text of a post (Instagram's Indonesian UI says keterangan too).",
    avoid: ['takarir', 'caption', 'kapsi'],
  },
  {
    en: 'insert',
    id: 'sisipkan',
    meaning: "Put text into the composer at the cursor (Insert at cursor: 'Sisipkan di kursor').",
    avoid: ['selipkan', 'sisipin'],
  },
  {
    en: 'replace all',
    id: 'ganti semua',
    meaning: 'Put text into the composer in place of everything there.',
    avoid: ['timpa semua'],
  },
  {
    en: 'clipboard',
    id: 'papan klip',
    meaning: 'Where the text goes when Sapa cannot write into a composer.',
    avoid: ['clipboard', 'papan tempel'],
  },
  {
    en: 'paste',
    id: 'tempel',
    meaning: 'Put copied text into a box.',
    avoid: ['rekatkan', 'paste'],
  },
  {
    en: 'character',
    id: 'karakter',
    meaning: "A unit of a platform's length limit, counted the platform's way.",
    avoid: ['aksara'],
  },
  {
    en: 'limit',
    id: 'batas',
    meaning: "A platform's maximum length, hashtag or mention count.",
    avoid: ['limit'],
  },
  {
    en: 'link',
    id: 'tautan',
    meaning: 'A web address in a caption, a template variable or a subscription.',
    avoid: ['link', 'pranala'],
  },
  {
    en: 'link in bio',
    id: 'tautan di bio',
    meaning:
      'The link in the profile, where platforms without clickable caption links send people.',
    avoid: ['link di bio', 'tautan bio'],
  },
  {
    en: 'website',
    id: 'situs web',
    meaning: "The library's own site (brand kit) or any site.",
    avoid: ['website', 'laman web'],
  },

  // Templates
  {
    en: 'template',
    id: 'templat',
    meaning: 'A saved caption with variables, ready to insert (KBBI: templat).',
    avoid: ['template', 'templet'],
  },
  {
    en: 'variable',
    id: 'variabel',
    meaning: 'A {{name}} in a template, filled in (text, date, link, choice) when it is inserted.',
    avoid: ['peubah', 'variable'],
  },
  {
    en: 'placeholder',
    id: 'isian templat',
    meaning: 'A {{variable}} left unfilled in the text; the checklist blocks it.',
    avoid: ['placeholder', 'penampung'],
  },
  {
    en: 'choice',
    id: 'pilihan',
    meaning: 'A variable type: one of a list of options.',
    avoid: ['seleksi'],
  },
  {
    en: 'option',
    id: 'opsi',
    meaning: 'One value a choice variable offers.',
    avoid: ['opsion'],
  },
  {
    en: 'per-platform version',
    id: 'versi per platform',
    meaning:
      "A template's own text for one platform (a variant in the code), used there instead of the caption text.",
    avoid: ['varian', 'variasi'],
  },
  {
    en: 'preview',
    id: 'pratinjau',
    meaning: 'A template shown filled with sample values and the brand kit.',
    avoid: ['preview', 'pralihat'],
  },
  {
    en: 'category',
    id: 'kategori',
    meaning: 'The kind of post a template is for (events, new arrivals, …).',
    avoid: ['golongan'],
  },
  {
    en: 'brand kit',
    id: 'identitas merek',
    meaning:
      "The library's name, accounts, signature hashtags, tagline, website and sign-off that templates fill in.",
    avoid: ['kit merek', 'brand kit', 'perlengkapan merek'],
  },
  {
    en: 'handle',
    id: 'akun (nama akun)',
    meaning: "The library's @name on a platform.",
    avoid: ['handle', 'handel'],
  },
  {
    en: 'mention',
    id: 'sebutan akun',
    meaning: 'An @handle written in a caption, which the platform links and notifies.',
    avoid: ['mention', 'mensyen'],
  },
  {
    en: 'signature hashtags',
    id: 'tagar khas',
    meaning: 'The brand kit hashtags every post of the library carries.',
    avoid: ['tagar tanda tangan', 'tagar ciri khas'],
  },
  {
    en: 'tagline',
    id: 'slogan',
    meaning: "The library's short motto in the brand kit.",
    avoid: ['tagline', 'moto'],
  },
  {
    en: 'sign-off',
    id: 'salam penutup',
    meaning: 'The closing line the brand kit puts at the end of a caption.',
    avoid: ['sign-off', 'tanda tangan'],
  },

  // Hashtags
  {
    en: 'hashtag',
    id: 'tagar',
    meaning: 'A #word in a caption (KBBI: tagar). "tag" stays only as the CSV column name.',
    avoid: ['hashtag', 'tanda pagar', 'tag pagar'],
  },
  {
    en: 'hashtag set',
    id: 'set tagar',
    meaning: 'A named list of hashtags, inserted whole or tag by tag.',
    avoid: ['kumpulan tagar', 'himpunan tagar', 'kelompok tagar', 'paket tagar'],
  },
  {
    en: 'shortcut',
    id: 'pintasan',
    meaning:
      'A word such as ;baru given to a template or hashtag set: typed in a composer and followed by a space or Tab, it becomes its text.',
    avoid: ['jalan pintas', 'singkatan'],
  },
  {
    en: 'banned hashtags',
    id: 'tagar terlarang',
    meaning: "The team's list of hashtags the checklist blocks.",
    avoid: ['tagar yang diblokir', 'tagar dilarang'],
  },

  // The checklist and the gate
  {
    en: 'checklist',
    id: 'daftar periksa',
    meaning: 'The pre-post checks run live on the caption, automatic and manual.',
    avoid: ['ceklis', 'checklist', 'daftar cek', 'daftar centang'],
  },
  {
    en: 'check (a rule)',
    id: 'pemeriksaan',
    meaning: 'One item of the checklist ("rule" in the code and docs), on or off, with a severity.',
    avoid: ['cek', 'dicek', 'mengecek', 'aturan'],
  },
  {
    en: 'manual check',
    id: 'pemeriksaan manual',
    meaning: 'A checklist item only a person can answer, by ticking it.',
    avoid: ['cek manual'],
  },
  {
    en: 'tick',
    id: 'centang',
    meaning: 'Marking a manual check as done; kept with the draft.',
    avoid: ['contreng'],
  },
  {
    en: 'severity',
    id: 'tingkat',
    meaning: 'What a failed check does: Block (Blokir), Warn (Peringatan) or Info.',
    avoid: ['keparahan'],
  },
  {
    en: 'warning',
    id: 'peringatan',
    meaning: 'A failed check that does not hold the post.',
    avoid: ['warning', 'amaran'],
  },
  {
    en: 'Check before posting',
    id: 'Periksa sebelum mengunggah',
    meaning:
      'The publish gate: the dialog that holds a press of Post while a blocking check fails.',
    avoid: ['gerbang', 'cek sebelum posting'],
  },
  {
    en: 'Fix',
    id: 'Perbaiki',
    meaning: "The gate's and the checklist's button that applies a check's fix.",
    avoid: ['betulkan'],
  },
  {
    en: 'Post anyway',
    id: 'Tetap unggah',
    meaning: "The gate's button that lets the post through; recorded in the post log.",
    avoid: ['unggah saja', 'paksa unggah'],
  },
  {
    en: 'post log',
    id: 'catatan unggahan',
    meaning: "Sapa's record of confirmed posts and of every Post anyway (the dashboard's page).",
    avoid: ['log unggahan'],
  },
  {
    en: 'monthly report',
    id: 'laporan bulanan',
    meaning: "The post log's month in tables and charts, printed for the head of the library.",
    avoid: ['rapor bulanan', 'report bulanan'],
  },
  {
    en: 'engagement rate',
    id: 'tingkat interaksi',
    meaning:
      '(likes + comments + shares + saves) ÷ reach, over the posts whose numbers were entered.',
    avoid: ['engagement rate', 'tingkat keterlibatan'],
  },
  {
    en: 'reach',
    id: 'jangkauan',
    meaning:
      "How many accounts saw a post, as the platform's insights count it (typed in by hand).",
    avoid: ['reach', 'capaian'],
  },
  {
    en: 'impressions',
    id: 'tayangan',
    meaning: 'How many times a post was shown (Instagram Indonesian UI: tayangan).',
    avoid: ['impresi'],
  },

  // Drafts
  {
    en: 'draft',
    id: 'draf',
    meaning: "The composer's text, kept by Sapa until it is posted (KBBI: draf).",
    avoid: ['konsep', 'draft', 'rancangan'],
  },
  {
    en: 'autosave',
    id: 'simpan otomatis',
    meaning: "Sapa saves the composer's text about a second behind typing.",
    avoid: ['autosave', 'simpan sendiri'],
  },
  {
    en: 'restore',
    id: 'pulihkan (pemulihan)',
    meaning: 'Bring back a draft, an earlier version, a deleted item or a backup.',
    avoid: ['kembalikan', 'restorasi', 'restore'],
  },
  {
    en: 'version',
    id: 'versi',
    meaning: 'One saved state of a draft (its history) or of an item in a conflict.',
    avoid: ['revisi'],
  },
  {
    en: 'history',
    id: 'riwayat',
    meaning: "A draft's earlier versions.",
    avoid: ['histori', 'sejarah'],
  },

  // The library and files
  {
    en: 'library (the institution)',
    id: 'perpustakaan',
    meaning: 'The library whose accounts the team runs.',
    avoid: ['library'],
  },
  {
    en: 'library (your library in Sapa)',
    id: 'pustaka',
    meaning:
      'Sapa\'s content: templates, hashtag sets, brand kit and checklist settings ("Pustaka Anda"). Not "koleksi": that word is the library\'s books (see "new arrivals").',
    avoid: ['koleksi Anda', 'koleksi Sapa'],
  },
  {
    en: 'item',
    id: 'item',
    meaning: 'One template, hashtag set, brand kit or checklist settings in the library.',
    avoid: ['butir'],
  },
  {
    en: 'duplicate',
    id: 'gandakan',
    meaning: 'Make an editable copy; "duplikat" is only the noun (a tag already there).',
    avoid: ['duplikasikan', 'menduplikat', 'duplikat ke'],
  },
  {
    en: 'pack',
    id: 'paket',
    meaning:
      'A Sapa file (JSON) that shares templates, hashtag sets and settings with another team.',
    avoid: ['bundel', 'pack'],
  },
  {
    en: 'export',
    id: 'ekspor',
    meaning: 'Write a pack or a hashtag CSV to a file.',
    avoid: ['export'],
  },
  {
    en: 'import',
    id: 'impor',
    meaning: 'Read a pack or a hashtag CSV in, after a preview of what will change.',
    avoid: ['import'],
  },
  {
    en: 'backup',
    id: 'cadangan',
    meaning: 'A file with everything Sapa stores in this browser, drafts included.',
    avoid: ['backup', 'bekap', 'serep'],
  },
  {
    en: 'download',
    id: 'unduh',
    meaning: 'Save a pack or a backup file.',
    avoid: ['download', 'donlot'],
  },
  {
    en: 'file',
    id: 'berkas',
    meaning: 'A pack, backup or CSV file ("File" stays only as the Google Sheets menu name).',
    avoid: ['fail'],
  },
  {
    en: 'settings',
    id: 'pengaturan',
    meaning: 'Checklist settings, language and X Premium.',
    avoid: ['setelan', 'seting', 'setting'],
  },

  // Subscriptions
  {
    en: 'subscribe, subscription',
    id: 'berlangganan, langganan',
    meaning: 'Following a pack or hashtag CSV that another library publishes at a link.',
    avoid: ['subskripsi', 'subscribe', 'abonemen'],
  },
  {
    en: 'subscribed library',
    id: 'pustaka langganan',
    meaning: 'A library followed at a link; its items are read-only and marked with their source.',
    avoid: ['perpustakaan langganan', 'pustaka berlangganan', 'pustaka yang dilanggan'],
  },
  {
    en: 'source',
    id: 'sumber',
    meaning: "Where a subscribed library's items come from (its link).",
    avoid: ['asal-usul'],
  },
  {
    en: 'read-only',
    id: 'hanya-baca',
    meaning: 'An item from a subscribed library, which changes only at its source.',
    avoid: ['read-only', 'baca saja'],
  },

  // Team sync
  {
    en: 'team sync',
    id: 'sinkronisasi tim',
    meaning:
      "Two-way sync of the library through the team's CouchDB database (verb: menyinkronkan).",
    avoid: ['sync', 'sinkron tim', 'singkronisasi', 'sinkronisasikan'],
  },
  {
    en: 'server',
    id: 'server',
    meaning: "The team's CouchDB server, or a subscribed library's site.",
    avoid: ['peladen'],
  },
  {
    en: 'database',
    id: 'basis data',
    meaning: "The team's CouchDB database, or Sapa's own store in the browser.",
    avoid: ['database', 'basisdata', 'pangkalan data'],
  },
  {
    en: 'connect, disconnect',
    id: 'hubungkan, putuskan',
    meaning: 'Start or stop team sync with a database.',
    avoid: ['konek', 'connect'],
  },
  {
    en: 'conflict',
    id: 'konflik',
    meaning:
      'Two people changed the same item: everyone keeps the newest version and the other is kept.',
    avoid: ['bentrok', 'bentrokan', 'tabrakan'],
  },
  {
    en: 'conflict log',
    id: 'catatan konflik',
    meaning: 'Where the versions a sync, import or restore did not keep can be restored.',
    avoid: ['log konflik'],
  },

  // Everyday words
  {
    en: 'browser',
    id: 'peramban',
    meaning: 'The web browser Sapa runs in.',
    avoid: ['browser', 'penjelajah'],
  },
  {
    en: 'edit',
    id: 'ubah',
    meaning: 'Change a template, hashtag set or setting in the dashboard.',
    avoid: ['sunting', 'menyunting', 'edit'],
  },
  {
    en: 'save',
    id: 'simpan',
    meaning: 'Keep a template, hashtag set or setting; drafts are saved without asking.',
    avoid: ['save'],
  },
  {
    en: 'search',
    id: 'cari (pencarian)',
    meaning: 'Find templates or drafts by a word.',
    avoid: ['telusuri', 'search'],
  },
  {
    en: 'delete',
    id: 'hapus',
    meaning: 'Remove an item (it can be restored with Undo).',
    avoid: ['delete', 'musnahkan'],
  },
  {
    en: 'dismiss',
    id: 'tutup',
    meaning: 'Put a message or a conflict version out of sight.',
    avoid: ['abaikan', 'singkirkan'],
  },
  {
    en: 'undo',
    id: 'urungkan',
    meaning: 'Take back the last delete, or the last text Sapa wrote into the composer.',
    avoid: ['undo'],
  },
  {
    en: 'error',
    id: 'kesalahan',
    meaning: 'Something that went wrong.',
    avoid: ['galat', 'eror', 'error'],
  },
  {
    en: 'reload',
    id: 'muat ulang',
    meaning: 'Load a page or the extension again.',
    avoid: ['reload', 'refresh', 'segarkan'],
  },
  {
    en: 'required',
    id: 'wajib',
    meaning: 'A variable or manual check that must be filled or ticked.',
    avoid: ['mandatori', 'required'],
  },
  {
    en: 'user name, password',
    id: 'nama pengguna, kata sandi',
    meaning: "The team database's login.",
    avoid: ['username', 'password'],
  },
  // Search
  {
    en: 'favourite',
    id: 'favorit',
    meaning:
      'A template or hashtag set a person starred: listed first in the panel, never shared with the team.',
    avoid: ['kesukaan', 'favourite'],
  },
  // The library's own catalogue (SLiMS)
  {
    en: 'catalogue',
    id: 'katalog',
    meaning: "The library's own SLiMS catalogue (its OPAC), where Sapa reads the new titles.",
    avoid: ['katalogus'],
  },
  {
    en: 'call number',
    id: 'nomor panggil',
    meaning: "A book's shelf mark in the catalogue, e.g. 297.2 ABD k.",
    avoid: ['call number', 'nomor rak'],
  },
  {
    en: 'new arrivals',
    id: 'koleksi baru',
    meaning:
      'The titles most recently added to the catalogue and not posted yet, offered for a post (the feature and its template).',
    avoid: ['new arrivals', 'buku baru', 'kedatangan baru'],
  },
  // The content calendar
  {
    en: 'repeat',
    id: 'pengulangan',
    meaning:
      'How a planned post recurs ("every month on the 17th"), always with an end; "Repeat" / "Ulangi" is its field, "berulang" says a plan has one.',
    avoid: ['perulangan', 'rekurensi'],
  },
  {
    en: 'occurrence',
    id: 'kejadian',
    meaning: 'One date of a repeating planned post; it can be edited or cancelled on its own.',
    avoid: ['kemunculan', 'okurensi'],
  },
  // First run
  {
    en: 'welcome',
    id: 'halaman selamat datang',
    meaning:
      "The dashboard's first-run setup (library name, accounts, platforms, contacts, starters), opened on install.",
    avoid: ['wizard', 'onboarding'],
  },
  {
    en: 'setup',
    id: 'penyiapan',
    meaning: 'Filling in the welcome; "Set up" / "Siapkan" is its button in the panel.',
    avoid: ['setup', 'pengaturan awal'],
  },
];
