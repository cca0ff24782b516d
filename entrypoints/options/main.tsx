import '@/lib/zod-config';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '@/components/dashboard/Dashboard';
import '@/components/dashboard/dashboard.css';
import { createRepositories, SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';

// The dashboard is an extension page: it opens the extension's own database directly (the
// panel on the social sites goes through the background instead).
async function start() {
  const db = new SapaDb();
  await applySeeds(db).catch((error: unknown) => console.error('[sapa] seeds', error));
  const memberId =
    (await createRepositories(db)
      .settings.get('memberId')
      .catch(() => undefined)) ?? 'local';
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<Dashboard db={db} memberId={memberId} />);
}

void start();
