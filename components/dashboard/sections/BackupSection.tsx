import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { TableName } from '@/lib/db';
import { checkBackup, exportBackup, restoreBackup } from '@/lib/exchange/backup';
import {
  applyImport,
  exportPack,
  packToJson,
  previewImport,
  type PackPart,
  type PreviewResult,
} from '@/lib/exchange/pack';
import { formatList, type MessageKey } from '@/lib/i18n';
import { isSyncOn } from '@/lib/team-sync/status';
import { today, useDashboard } from '../context';
import { FilePicker, FileProblems, ImportActions } from './FilePicker';
import { CheckboxField } from './form';
import { useBusyTask } from './useBusyTask';
import { TitledSection } from './titled';

const PARTS: { part: PackPart; key: MessageKey }[] = [
  { part: 'templates', key: 'dashboard.backup.part.templates' },
  { part: 'hashtagSets', key: 'dashboard.backup.part.hashtagSets' },
  { part: 'hashtags', key: 'dashboard.backup.part.hashtags' },
  { part: 'brandKit', key: 'dashboard.backup.part.brandKit' },
  { part: 'checklistSettings', key: 'dashboard.backup.part.checklistSettings' },
];

export function BackupSection() {
  return (
    <>
      <ExportPack />
      <ImportPack />
      <FullBackup />
    </>
  );
}

function ExportPack() {
  const { db, repos, t, memberId, notify, fail, download } = useDashboard();
  const [parts, setParts] = useState<Record<PackPart, boolean>>({
    templates: true,
    hashtagSets: true,
    hashtags: true,
    brandKit: true,
    checklistSettings: true,
  });
  const none = !Object.values(parts).some(Boolean);

  const run = async () => {
    try {
      const kit = await repos.brandKit.get();
      const pack = await exportPack(db, parts, {
        exportedBy: memberId,
        ...(kit.libraryName ? { library: kit.libraryName } : {}),
      });
      download(
        new Blob([packToJson(pack)], { type: 'application/json' }),
        `sapa-pack-${today()}.json`,
      );
      notify(t('dashboard.backup.exported'));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <TitledSection card title={t('dashboard.backup.exportTitle')}>
      <p className="sapa-hint">{t('dashboard.backup.exportHint')}</p>
      <fieldset>
        <legend>{t('dashboard.backup.parts')}</legend>
        {PARTS.map(({ part, key }) => (
          <CheckboxField
            key={part}
            label={t(key)}
            checked={parts[part]}
            onChange={(on) => setParts((p) => ({ ...p, [part]: on }))}
          />
        ))}
      </fieldset>
      <button type="button" onClick={() => void run()} disabled={none}>
        {t('dashboard.backup.exportButton')}
      </button>
    </TitledSection>
  );
}

function ImportPack() {
  const { db, t, notify, fail } = useDashboard();
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [busy, run] = useBusyTask();

  const apply = async () => {
    if (!preview?.ok) return;
    await run(async () => {
      const done = await applyImport(db, preview);
      notify(
        t('dashboard.backup.imported', {
          added: done.added,
          updated: done.updated,
          skipped: done.skipped,
          conflicts: t('count.conflicts', { count: done.conflicts.length }),
        }),
      );
      setPreview(null);
    });
  };

  return (
    <TitledSection card title={t('dashboard.backup.importTitle')}>
      <p className="sapa-hint">{t('dashboard.backup.importHint')}</p>
      <FilePicker
        label={t('dashboard.backup.chooseFile')}
        accept=".json,application/json"
        onPick={() => setPreview(null)}
        onText={async (text) => setPreview(await previewImport(db, text))}
        onError={fail}
      />
      {preview && !preview.ok && (
        <FileProblems summary="dashboard.backup.invalidFile" problems={preview.errors} />
      )}
      {preview?.ok && (
        <div>
          <h3>{t('dashboard.backup.previewTitle')}</h3>
          <ul>
            <li>{t('dashboard.backup.added', { count: preview.added })}</li>
            <li>{t('dashboard.backup.updated', { count: preview.updated })}</li>
            <li>{t('dashboard.backup.skipped', { count: preview.skipped })}</li>
            <li>{t('dashboard.backup.conflicts', { count: preview.conflicts.length })}</li>
          </ul>
          {preview.conflicts.length > 0 && (
            <p className="sapa-hint">{t('dashboard.backup.conflictsHint')}</p>
          )}
          <ImportActions
            applyLabel={t('dashboard.backup.apply')}
            busy={busy}
            onApply={() => void apply()}
            onCancel={() => setPreview(null)}
          />
        </div>
      )}
    </TitledSection>
  );
}

type Check = Awaited<ReturnType<typeof checkBackup>>;

function FullBackup() {
  const { db, repos, t, notify, fail, download } = useDashboard();
  const syncStatus = useLiveQuery(() => repos.settings.get('teamSyncStatus'), [repos]);
  const [file, setFile] = useState<string | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, run] = useBusyTask();

  const save = async () => {
    try {
      download(await exportBackup(db), `sapa-backup-${today()}.json`);
      notify(t('dashboard.backup.backedUp'));
    } catch (error) {
      fail(error);
    }
  };

  /** A new choice starts over: the confirmation given for the previous file does not carry. */
  const forget = () => {
    setCheck(null);
    setFile(null);
    setConfirmed(false);
  };

  const inspect = async (text: string) => {
    setCheck(await checkBackup(text, db.name));
    setFile(text);
  };

  const restore = async () => {
    if (!file || !confirmed) return;
    await run(async () => {
      const result = await restoreBackup(db, file, db.name);
      if (!result.ok) setCheck(result);
      else {
        notify(t('dashboard.backup.restored'));
        forget();
      }
    });
  };

  return (
    <TitledSection card title={t('dashboard.backup.fullTitle')}>
      <p className="sapa-hint">{t('dashboard.backup.fullHint')}</p>
      <button type="button" onClick={() => void save()}>
        {t('dashboard.backup.download')}
      </button>
      <h3>{t('dashboard.backup.restoreTitle')}</h3>
      <FilePicker
        label={t('dashboard.backup.chooseBackup')}
        accept=".json,application/json"
        onPick={forget}
        onText={inspect}
        onError={fail}
      />
      {check && !check.ok && (
        <FileProblems summary="dashboard.backup.invalidFile" problems={check.errors} />
      )}
      {check?.ok && (
        <RestoreConfirmation
          counts={check.counts}
          teamSyncOn={isSyncOn(syncStatus)}
          confirmed={confirmed}
          onConfirm={setConfirmed}
          busy={busy}
          onRestore={() => void restore()}
        />
      )}
    </TitledSection>
  );
}

/**
 * What the backup holds, what happens to the team's versions when team sync is on, the "I
 * understand this replaces everything" box, and Restore.
 */
export function RestoreConfirmation(props: {
  counts: Partial<Record<TableName, number>>;
  /** Restored shared items then meet the team's versions through the conflict rule. */
  teamSyncOn: boolean;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  busy: boolean;
  onRestore: () => void;
}) {
  const { t, locale } = useDashboard();
  const count = (name: TableName) => props.counts[name] ?? 0;
  return (
    <div>
      <p>
        {t('dashboard.backup.restoreSummary', {
          contents: formatList(locale, [
            t('count.templates', { count: count('templates') }),
            t('count.hashtagSets', { count: count('hashtagSets') }),
            t('count.drafts', { count: count('drafts') }),
          ]),
        })}
      </p>
      {props.teamSyncOn && <p className="sapa-hint">{t('dashboard.backup.restoreTeamSync')}</p>}
      <CheckboxField
        label={t('dashboard.backup.confirmRestore')}
        checked={props.confirmed}
        onChange={props.onConfirm}
      />
      <div className="sapa-actions">
        <button
          type="button"
          className="sapa-danger"
          onClick={props.onRestore}
          disabled={!props.confirmed || props.busy}
        >
          {t('dashboard.backup.restore')}
        </button>
      </div>
    </div>
  );
}
