import type { DataSource } from 'typeorm';
import type { OpenTask, TaskKind } from '../path/path-backend';

interface Waiter {
  dossierId: string;
  type: string;
  resolve: (task: OpenTask) => void;
}

/**
 * Tells when a task is in someone's inbox, i.e. its row is in the tasks table the inbox reads: one
 * query every `intervalMs` for every dossier being waited on, so that watching costs the system
 * under test next to nothing.
 */
export class TaskObserver {
  private readonly waiters = new Set<Waiter>();
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    private readonly db: DataSource,
    private readonly intervalMs = 10,
  ) {}

  waitFor(dossierId: string, kind: TaskKind): Promise<OpenTask> {
    return new Promise((resolve) => {
      this.waiters.add({ dossierId, type: `dossier.${kind}`, resolve });
      this.timer ??= setInterval(() => void this.poll(), this.intervalMs);
    });
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const waiting = [...this.waiters];
      const rows = await this.db.query<{ id: string; subject_id: string; type: string }[]>(
        `SELECT id, subject_id, type FROM tasks
          WHERE subject_type = 'dossier' AND subject_id = ANY($1::text[]) AND status IN ('OPEN', 'CLAIMED')`,
        [[...new Set(waiting.map((waiter) => waiter.dossierId))]],
      );
      for (const waiter of waiting) {
        const row = rows.find(
          (candidate) =>
            candidate.subject_id === waiter.dossierId && candidate.type === waiter.type,
        );
        if (row === undefined) continue;
        this.waiters.delete(waiter);
        waiter.resolve({ id: row.id });
      }
      if (this.waiters.size === 0) this.stop();
    } finally {
      this.polling = false;
    }
  }
}
