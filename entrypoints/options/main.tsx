import '@/lib/zod-config';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { noteWhileBlocked } from '@/components/dashboard/start/blocked-open';
import '@/components/dashboard/dashboard.css';
import { createRepositories, SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';

// The dashboard is an extension page: it opens the extension's own database directly (the
// panel on the social sites goes through the background instead).
async function start() {
  const root = document.getElementById('root');
  const db = new SapaDb();
  if (root) noteWhileBlocked(db, root);
  await applySeeds(db).catch((error: unknown) => console.error('[sapa] seeds', error));
  const memberId =
    (await createRepositories(db)
      .settings.get('memberId')
      .catch(() => undefined)) ?? 'local';
  if (!root) return;
  root.replaceChildren(); // the note, if the opening was blocked
  createRoot(root).render(<Dashboard db={db} memberId={memberId} />);
}

void start();
