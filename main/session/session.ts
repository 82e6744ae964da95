import { resolve } from 'node:path';
import type { OpenVault } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { AutoLock, DEFAULT_AUTO_LOCK_MINUTES } from '../vault/auto-lock.ts';
import { UnlockThrottle } from '../vault/unlock-throttle.ts';
import { BackgroundJobs } from '../jobs/background-jobs.ts';
import type { KioskSession } from '../kiosk/kiosk-session.ts';

/** What a file chosen in a dialog may be used for. */
/** 'written': a file Koble itself wrote in this session (a report, an export), which "Åpne" / "Vis i mappen" may show. */
export type PathPurpose = 'programme' | 'spreadsheet' | 'export' | 'kit' | 'folder' | 'invitation' | 'written';

export type SessionOptions = {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

/**
 * The state one host holds between calls: the open programme (if any), the unlock throttle,
 * auto-lock, and which file paths the user has chosen. One per app window / CLI run / test host.
 */
export class Session {
  private vault: OpenVault | null = null;
  private readonly chosen = new Map<string, Set<PathPurpose>>();
  private readonly lockListeners = new Set<() => void>();
  private readonly openListeners = new Set<() => void>();
  readonly throttle = new UnlockThrottle();
  readonly autoLock: AutoLock;
  /** Long work (cohort plans, funder reports) with progress; cancelled and forgotten on lock. */
  readonly jobs: BackgroundJobs;
  readonly sleep: (ms: number) => Promise<void>;
  /** the file last opened or chosen, shown on the unlock screen */
  currentPath: string | null = null;
  /** an event kit the OS asked Koble to open (a double-click), until the start screen takes it (kit.opened) */
  openedKit: string | null = null;
  /** the staff member who unlocked (null after a recovery-key unlock) */
  staffId: string | null = null;
  /** The check-in kiosk while it runs (main/kiosk): the API then answers only kiosk methods. Kit mode has no programme open. */
  kiosk: KioskSession | null = null;

  constructor(options: SessionOptions = {}) {
    const now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
    this.autoLock = new AutoLock({ minutes: DEFAULT_AUTO_LOCK_MINUTES, now, lock: () => this.lock() });
    this.jobs = new BackgroundJobs(now);
  }

  get unlocked(): boolean {
    return this.vault !== null;
  }

  requireVault(): OpenVault {
    if (!this.vault) throw new KobleError('VAULT_LOCKED', 'The programme is locked');
    return this.vault;
  }

  /** Makes `vault` the open programme, closing any other. */
  open(vault: OpenVault, staffId: string | null, autoLockMinutes: number): void {
    this.lock();
    this.vault = vault;
    this.staffId = staffId;
    this.currentPath = vault.path;
    this.autoLock.setMinutes(autoLockMinutes);
    this.autoLock.touch();
    for (const listener of this.openListeners) listener();
  }

  /** Closes the database and wipes the key. Safe to call when already locked. */
  lock(): void {
    if (!this.vault) return;
    const vault = this.vault;
    this.vault = null;
    if (this.kiosk?.mode === 'kiosk') {
      this.kiosk.close();
      this.kiosk = null;
    }
    this.staffId = null;
    this.jobs.clear();
    vault.close();
    for (const listener of this.lockListeners) listener();
  }

  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /** Told after every unlock (a programme opened in this session): sync on unlock (main/sync/sync-timer.ts). */
  onOpen(listener: () => void): () => void {
    this.openListeners.add(listener);
    return () => this.openListeners.delete(listener);
  }

  /** Remembers a path the user picked in a dialog (or the app's own demo file), for one purpose. */
  allowPath(path: string, purpose: PathPurpose): string {
    const full = resolve(path);
    const purposes = this.chosen.get(full) ?? new Set<PathPurpose>();
    purposes.add(purpose);
    this.chosen.set(full, purposes);
    return full;
  }

  /** Records a file Koble has just written (an export, a report), so files.open / files.showInFolder accept it; returns the absolute path. */
  wrote(path: string): string {
    this.allowPath(path, 'export');
    return this.allowPath(path, 'written');
  }

  /**
   * The absolute path, if the caller may use it for `purpose`: a file opened as the programme is
   * not thereby a place to write a report or a kit to (which would replace it).
   */
  checkPath(path: string, trusted: boolean, purpose: PathPurpose): string {
    const full = resolve(path);
    if (!trusted && !this.chosen.get(full)?.has(purpose)) {
      throw new KobleError('API_PATH_NOT_CHOSEN', 'That file was not chosen in a file dialog for this');
    }
    return full;
  }

  /** Runs the auto-lock check every `intervalMs`; returns a stop function. */
  startAutoLockTimer(intervalMs = 15_000): () => void {
    const timer = setInterval(() => {
      // A kiosk at the door is its own lock (leaving needs a passphrase): idle time there does not lock.
      if (this.vault && !this.kiosk) this.autoLock.check();
    }, intervalMs);
    timer.unref?.();
    return () => clearInterval(timer);
  }
}
