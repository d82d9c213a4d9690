// posthog.lock.json: per project id and per slug, the object's id, the server's `updated_at` and the
// SHA-256 of the compared content at the last pull or push. Committed with the files, so a fresh
// clone (in CI, say) knows which version each file was based on.
import { isJsonObject } from './json';
import type { ObjectKind } from './model';

export interface LockEntry {
  id: string;
  /** Exactly as PostHog sent it (sent back verbatim as `base_updated_at`). */
  updated_at: string;
  sha256: string;
}

const LOCK_VERSION = 1;
const SECTION: Record<ObjectKind, 'functions' | 'flows'> = { function: 'functions', flow: 'flows' };

type ProjectSection = Record<'functions' | 'flows', Record<string, LockEntry>>;

export class Lock {
  private readonly projects = new Map<string, ProjectSection>();

  /** The lock in `text`; throws a message fit for the user when it is not a lock file. */
  static parse(text: string): Lock {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isJsonObject(data) || data.version !== LOCK_VERSION || !isJsonObject(data.projects)) {
      throw new Error(`expected {"version": ${LOCK_VERSION}, "projects": {...}}`);
    }
    const lock = new Lock();
    for (const [project, section] of Object.entries(data.projects)) {
      for (const kind of ['function', 'flow'] as const) {
        const entries = isJsonObject(section) ? section[SECTION[kind]] : undefined;
        for (const [slug, entry] of Object.entries(isJsonObject(entries) ? entries : {})) {
          if (!isLockEntry(entry)) throw new Error(`projects.${project}.${SECTION[kind]}.${slug} needs id, updated_at and sha256`);
          lock.set(Number(project), kind, slug, entry);
        }
      }
    }
    return lock;
  }

  get(project: number, kind: ObjectKind, slug: string): LockEntry | undefined {
    return this.projects.get(String(project))?.[SECTION[kind]][slug];
  }

  /** Slug → entry of one kind in one project. */
  entries(project: number, kind: ObjectKind): Map<string, LockEntry> {
    return new Map(Object.entries(this.projects.get(String(project))?.[SECTION[kind]] ?? {}));
  }

  set(project: number, kind: ObjectKind, slug: string, entry: LockEntry): void {
    const key = String(project);
    let section = this.projects.get(key);
    if (!section) {
      section = { functions: {}, flows: {} };
      this.projects.set(key, section);
    }
    section[SECTION[kind]][slug] = { id: entry.id, updated_at: entry.updated_at, sha256: entry.sha256 };
  }

  delete(project: number, kind: ObjectKind, slug: string): void {
    delete this.projects.get(String(project))?.[SECTION[kind]][slug];
  }

  /** Deterministic text: projects by number, slugs alphabetically, two-space indent, final newline. */
  toText(): string {
    const projects: Record<string, ProjectSection> = {};
    const ids = [...this.projects.keys()].sort((a, b) => Number(a) - Number(b));
    for (const id of ids) {
      const section = this.projects.get(id) as ProjectSection;
      projects[id] = { functions: sortedEntries(section.functions), flows: sortedEntries(section.flows) };
    }
    return `${JSON.stringify({ version: LOCK_VERSION, projects }, null, 2)}\n`;
  }
}

function sortedEntries(entries: Record<string, LockEntry>): Record<string, LockEntry> {
  return Object.fromEntries(Object.keys(entries).sort().map((slug) => [slug, entries[slug] as LockEntry]));
}

function isLockEntry(value: unknown): value is LockEntry {
  return isJsonObject(value) && typeof value.id === 'string' && typeof value.updated_at === 'string' && typeof value.sha256 === 'string';
}
