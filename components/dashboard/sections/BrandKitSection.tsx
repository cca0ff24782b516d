import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { PLATFORM_IDS, type BrandKitRecord, type PlatformId } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { BRAND_VARIABLES, type BrandVariable } from '@/lib/library/render';
import { typedTags, useDashboard } from '../context';
import { Field, FormActions } from './form';
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

function BrandKitForm({ kit }: { kit: BrandKitRecord }) {
  const { repos, t, notify, fail } = useDashboard();
  const [libraryName, setLibraryName] = useState(kit.libraryName);
  const [handles, setHandles] = useState<Record<PlatformId, string>>(() =>
    perPlatform((site) => kit.handles[site.id] ?? ''),
  );
  const [hashtags, setHashtags] = useState(kit.signatureHashtags.map((h) => `#${h}`).join('\n'));
  const [tagline, setTagline] = useState(kit.tagline);
  const [website, setWebsite] = useState(kit.website);
  const [linkInBio, setLinkInBio] = useState(kit.linkInBio);
  const [signOff, setSignOff] = useState(kit.signOff);

  const save = async () => {
    const cleanHandles: Partial<Record<PlatformId, string>> = {};
    for (const p of PLATFORM_IDS) {
      const h = handles[p].trim().replace(/^@+/, '');
      if (h) cleanHandles[p] = h;
    }
    try {
      await repos.brandKit.save({
        libraryName: libraryName.trim(),
        handles: cleanHandles,
        signatureHashtags: typedTags(hashtags),
        tagline: tagline.trim(),
        website: website.trim(),
        linkInBio: linkInBio.trim(),
        signOff: signOff.trim(),
      });
      notify(t('dashboard.brand.saved'));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <TitledForm title={t('dashboard.brand.title')} onSubmit={save}>
      <p className="sapa-hint">{t('dashboard.brand.intro')}</p>
      <Field
        label={t('dashboard.brand.libraryName')}
        value={libraryName}
        onChange={setLibraryName}
      />
      <fieldset>
        <legend>{t('dashboard.brand.handles')}</legend>
        <div className="sapa-row">
          {PLATFORM_IDS.map((p) => (
            <Field
              key={p}
              label={t('dashboard.brand.handleFor', { platform: t(PLATFORM_KEYS[p]) })}
              value={handles[p]}
              placeholder="@perpustakaan"
              onChange={(v) => setHandles((h) => ({ ...h, [p]: v }))}
            />
          ))}
        </div>
      </fieldset>
      <Field
        label={t('dashboard.brand.signatureHashtags')}
        hint={t('dashboard.brand.signatureHint')}
        value={hashtags}
        multiline
        rows={3}
        onChange={setHashtags}
      />
      <Field label={t('dashboard.brand.tagline')} value={tagline} onChange={setTagline} />
      <div className="sapa-row">
        <Field
          label={t('dashboard.brand.website')}
          value={website}
          type="url"
          onChange={setWebsite}
        />
        <Field
          label={t('dashboard.brand.linkInBio')}
          value={linkInBio}
          type="url"
          onChange={setLinkInBio}
        />
      </div>
      <Field
        label={t('dashboard.brand.signOff')}
        value={signOff}
        multiline
        rows={2}
        onChange={setSignOff}
      />
      <FormActions />
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
    </TitledForm>
  );
}
