// The in-memory state of one emulator instance. Nothing here is module-level: two emulators
// in one process each own a separate EmulatorState.
import type { Clock } from './time';
import type {
  BatchJob,
  FlowContent,
  FlowSchedule,
  FunctionContent,
  LogEntry,
  MetricPoint,
  Organization,
  Project,
  StoredEventDefinition,
  StoredHogFlow,
  StoredHogFunction,
  StoredPropertyDefinition,
  StoredRevision,
  UserBasic,
} from './model';

export interface UserProfile extends UserBasic {
  date_joined: string;
}

/** What a publish preview's token vouches for: the object's draft (and live) stamps at preview time. */
export interface PublishToken {
  objectId: string;
  value: string;
  expiresAtMicros: number;
}

/** Live mode runs for days; old rows are dropped beyond these caps to bound memory. */
const MAX_LOGS_PER_SOURCE = 20_000;
const MAX_METRICS_PER_SOURCE = 50_000;

export class EmulatorState {
  readonly functions = new Map<string, StoredHogFunction>();
  readonly flows = new Map<string, StoredHogFlow>();
  /** Log entries per source (function or flow id), in insertion order. */
  readonly logs = new Map<string, LogEntry[]>();
  readonly metrics = new Map<string, MetricPoint[]>();
  readonly schedules = new Map<string, FlowSchedule[]>();
  readonly batchJobs = new Map<string, BatchJob[]>();
  /** Version history per function / flow id, oldest first. */
  readonly functionRevisions = new Map<string, StoredRevision<FunctionContent>[]>();
  readonly flowRevisions = new Map<string, StoredRevision<FlowContent>[]>();
  /** Publish confirm tokens minted by previews. */
  readonly publishTokens = new Map<string, PublishToken>();
  /** Taxonomy per project id. */
  readonly eventDefinitions = new Map<number, StoredEventDefinition[]>();
  readonly propertyDefinitions = new Map<number, StoredPropertyDefinition[]>();

  constructor(
    readonly clock: Clock,
    readonly user: UserProfile,
    readonly organizations: Organization[],
    readonly projects: Project[],
    readonly currentProjectId: number,
  ) {}

  /** The user as embedded in `created_by` (UserBasic). */
  basicUser(): UserBasic {
    const { date_joined: _joined, ...basic } = this.user;
    return basic;
  }

  project(id: number): Project | undefined {
    return this.projects.find((p) => p.id === id);
  }

  currentOrganization(): Organization {
    const project = this.project(this.currentProjectId);
    const org = this.organizations.find((o) => o.id === project?.organizationId) ?? this.organizations[0];
    if (!org) throw new Error('emulator state has no organization');
    return org;
  }

  projectsOf(organizationId: string): Project[] {
    return this.projects.filter((p) => p.organizationId === organizationId);
  }

  /** Live (not soft-deleted) functions of a project. */
  liveFunctions(projectId: number): StoredHogFunction[] {
    return [...this.functions.values()].filter((f) => f.projectId === projectId && !f.deleted);
  }

  flowsOf(projectId: number): StoredHogFlow[] {
    return [...this.flows.values()].filter((f) => f.projectId === projectId);
  }

  addLog(entry: LogEntry): void {
    const list = this.logs.get(entry.sourceId) ?? [];
    list.push(entry);
    if (list.length > MAX_LOGS_PER_SOURCE) list.splice(0, list.length - MAX_LOGS_PER_SOURCE);
    this.logs.set(entry.sourceId, list);
  }

  addMetric(sourceId: string, point: MetricPoint): void {
    const list = this.metrics.get(sourceId) ?? [];
    list.push(point);
    if (list.length > MAX_METRICS_PER_SOURCE) list.splice(0, list.length - MAX_METRICS_PER_SOURCE);
    this.metrics.set(sourceId, list);
  }

  deleteFlow(id: string): void {
    this.flows.delete(id);
    this.logs.delete(id);
    this.metrics.delete(id);
    this.schedules.delete(id);
    this.batchJobs.delete(id);
    this.flowRevisions.delete(id);
  }
}
