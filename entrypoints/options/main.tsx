import '@/lib/zod-config';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { noteWhileBlocked } from '@/components/dashboard/start/blocked-open';
import '@/components/dashboard/dashboard.css';
import { createRepositories, SapaDb } from '@/lib/db';

// The dashboard is an extension page: it opens the extension's own database directly (the
// panel on the social sites goes through the background instead).
// The seed templates and hashtags (about 26 kB) are a chunk of their own: once written they are
// only compared with what was applied, so they need not weigh on the dashboard's first chunk.
async function seed(db: SapaDb): Promise<void> {
  const { applySeeds } = await import('@/lib/library/seed');
  await applySeeds(db);
}

async function start() {
  const root = document.getElementById('root');
  const db = new SapaDb();
  if (root) noteWhileBlocked(db, root);
  await seed(db).catch((error: unknown) => console.error('[sapa] seeds', error));
  const memberId =
    (await createRepositories(db)
      .settings.get('memberId')
      .catch(() => undefined)) ?? 'local';
  if (!root) return;
  root.replaceChildren(); // the note, if the opening was blocked
  createRoot(root).render(<Dashboard db={db} memberId={memberId} />);
}

void start();
