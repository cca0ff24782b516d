import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  LIBRARY_TIME_ZONES,
  PLATFORM_IDS,
  type BrandKitRecord,
  type LibraryTimeZone,
  type PlatformId,
} from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { BRAND_VARIABLES, timeZoneOf, type BrandVariable } from '@/lib/library/render';
import { typedTags, useDashboard } from '../context';
import { Field, FormActions, SelectField } from './form';
import { PLATFORM_KEYS } from './platforms';
import { TitledForm } from './titled';
import { perPlatform } from '@/lib/platforms';

const VARIABLE_FIELDS: Record<BrandVariable, MessageKey> = {
  library: 'dashboard.brand.libraryName',
  website: 'dashboard.brand.website',
  linkInBio: 'dashboard.brand.linkInBio',
  tagline: 'dashboard.brand.tagline',
  signOff: 'dashboard.brand.signOff',
  handle: 'dashboard.brand.handleVar',
  hashtags: 'dashboard.brand.signatureHashtags',
};

export function BrandKitSection() {
  const { repos, t } = useDashboard();
  const kit = useLiveQuery(() => repos.brandKit.get(), [repos]);
  if (!kit) return <p>{t('dashboard.loading')}</p>;
  return <BrandKitForm key={kit.updatedAt} kit={kit} />;
}

/** The brand kit as typed: handles per platform, hashtags one per line or space-separated. */
interface BrandKitFields {
  libraryName: string;
  handles: Record<PlatformId, string>;
  hashtags: string;
  tagline: string;
  website: string;
  linkInBio: string;
  signOff: string;
  timeZone: LibraryTimeZone;
  phone: string;
  whatsApp: string;
  email: string;
}

/** The brand kit form's values and Save, which tidies them (no "@", no blanks) and stores them. */
function useBrandKitForm(kit: BrandKitRecord) {
  const { repos, t, notify, fail } = useDashboard();
  const [fields, setFields] = useState<BrandKitFields>(() => ({
    libraryName: kit.libraryName,
    handles: perPlatform((site) => kit.handles[site.id] ?? ''),
    hashtags: kit.signatureHashtags.map((h) => `#${h}`).join('\n'),
    tagline: kit.tagline,
    website: kit.website,
    linkInBio: kit.linkInBio,
    signOff: kit.signOff,
    timeZone: timeZoneOf(kit),
    phone: kit.phone ?? '',
    whatsApp: kit.whatsApp ?? '',
    email: kit.email ?? '',
  }));

  const set = (key: Exclude<keyof BrandKitFields, 'handles' | 'timeZone'>) => (value: string) =>
    setFields((f) => ({ ...f, [key]: value }));
  const setTimeZone = (timeZone: LibraryTimeZone) => setFields((f) => ({ ...f, timeZone }));
  const setHandle = (p: PlatformId, value: string) =>
    setFields((f) => ({ ...f, handles: { ...f.handles, [p]: value } }));

  const save = async () => {
    const cleanHandles: Partial<Record<PlatformId, string>> = {};
    for (const p of PLATFORM_IDS) {
      const h = fields.handles[p].trim().replace(/^@+/, '');
      if (h) cleanHandles[p] = h;
    }
    try {
      await repos.brandKit.save({
        libraryName: fields.libraryName.trim(),
        handles: cleanHandles,
        signatureHashtags: typedTags(fields.hashtags),
        tagline: fields.tagline.trim(),
        website: fields.website.trim(),
        linkInBio: fields.linkInBio.trim(),
        signOff: fields.signOff.trim(),
        timeZone: fields.timeZone,
        phone: fields.phone.trim(),
        whatsApp: fields.whatsApp.trim(),
        email: fields.email.trim(),
      });
      notify(t('dashboard.brand.saved'));
    } catch (error) {
      fail(error);
    }
  };

  return { fields, set, setHandle, setTimeZone, save };
}

function BrandKitForm({ kit }: { kit: BrandKitRecord }) {
  const { t } = useDashboard();
  const { fields, set, setHandle, setTimeZone, save } = useBrandKitForm(kit);
  return (
    <TitledForm title={t('dashboard.brand.title')} onSubmit={save}>
      <p className="sapa-hint">{t('dashboard.brand.intro')}</p>
      <Field
        label={t('dashboard.brand.libraryName')}
        value={fields.libraryName}
        onChange={set('libraryName')}
      />
      <HandleFields handles={fields.handles} onChange={setHandle} />
      <Field
        label={t('dashboard.brand.signatureHashtags')}
        hint={t('dashboard.brand.signatureHint')}
        value={fields.hashtags}
        multiline
        rows={3}
        onChange={set('hashtags')}
      />
      <Field
        label={t('dashboard.brand.tagline')}
        value={fields.tagline}
        onChange={set('tagline')}
      />
      <div className="sapa-row">
        <Field
          label={t('dashboard.brand.website')}
          value={fields.website}
          type="url"
          onChange={set('website')}
        />
        <Field
          label={t('dashboard.brand.linkInBio')}
          value={fields.linkInBio}
          type="url"
          onChange={set('linkInBio')}
        />
      </div>
      <Field
        label={t('dashboard.brand.signOff')}
        value={fields.signOff}
        multiline
        rows={2}
        onChange={set('signOff')}
      />
      <TimeZoneField value={fields.timeZone} onChange={setTimeZone} />
      <ContactFields fields={fields} set={set} />
      <FormActions />
      <BrandVariablesTable />
    </TitledForm>
  );
}

/** The library's zone, written after times in templates (WIB, WITA, WIT). */
export function TimeZoneField(props: {
  value: LibraryTimeZone;
  onChange: (zone: LibraryTimeZone) => void;
}) {
  const { t } = useDashboard();
  const labels: Record<LibraryTimeZone, MessageKey> = {
    'Asia/Jakarta': 'dashboard.brand.zone.wib',
    'Asia/Makassar': 'dashboard.brand.zone.wita',
    'Asia/Jayapura': 'dashboard.brand.zone.wit',
  };
  return (
    <SelectField
      label={t('dashboard.brand.timeZone')}
      hint={t('dashboard.brand.timeZoneHint')}
      value={props.value}
      options={LIBRARY_TIME_ZONES.map((zone) => ({ value: zone, label: t(labels[zone]) }))}
      onChange={props.onChange}
    />
  );
}

/** The library's account name on each platform. */
function HandleFields(props: {
  handles: Record<PlatformId, string>;
  onChange: (platform: PlatformId, handle: string) => void;
}) {
  const { t } = useDashboard();
  return (
    <fieldset>
      <legend>{t('dashboard.brand.handles')}</legend>
      <div className="sapa-row">
        {PLATFORM_IDS.map((p) => (
          <Field
            key={p}
            label={t('dashboard.brand.handleFor', { platform: t(PLATFORM_KEYS[p]) })}
            value={props.handles[p]}
            placeholder="@perpustakaan"
            onChange={(v) => props.onChange(p, v)}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** The library's own public contacts, which the checklist's privacy rule leaves alone. */
function ContactFields(props: {
  fields: Pick<BrandKitFields, 'phone' | 'whatsApp' | 'email'>;
  set: (key: 'phone' | 'whatsApp' | 'email') => (value: string) => void;
}) {
  const { t } = useDashboard();
  return (
    <fieldset>
      <legend>{t('dashboard.brand.contacts')}</legend>
      <p className="sapa-hint">{t('dashboard.brand.contactsHint')}</p>
      <div className="sapa-row">
        <Field
          label={t('dashboard.brand.phone')}
          value={props.fields.phone}
          type="tel"
          placeholder="(0274) 512345"
          onChange={props.set('phone')}
        />
        <Field
          label={t('dashboard.brand.whatsApp')}
          value={props.fields.whatsApp}
          type="tel"
          placeholder="0812 2700 1234"
          onChange={props.set('whatsApp')}
        />
        <Field
          label={t('dashboard.brand.email')}
          value={props.fields.email}
          placeholder="layanan@perpustakaan.go.id"
          onChange={props.set('email')}
        />
      </div>
    </fieldset>
  );
}

/** Which {{variable}} in a template takes which field of the brand kit. */
function BrandVariablesTable() {
  const { t } = useDashboard();
  return (
    <section aria-labelledby="brand-vars" className="sapa-card">
      <h3 id="brand-vars">{t('dashboard.brand.variables')}</h3>
      <p className="sapa-hint">{t('dashboard.brand.variablesHint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.brand.colVariable')}</th>
            <th scope="col">{t('dashboard.brand.colFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {BRAND_VARIABLES.map((v) => (
            <tr key={v}>
              <td>
                <code>{`{{${v}}}`}</code>
              </td>
              <td>{t(VARIABLE_FIELDS[v])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
