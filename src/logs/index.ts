// Log tailing, free of VS Code: see tail.ts.
export { LogTail, type LogTailOptions, type LogTailState } from './tail';
export type { FetchLogPage } from './logWindow';
export { logPageFetcher } from './source';
export { formatLogLine, formatNote, type NoteLevel } from './logLine';
export { realScheduler, type Scheduler } from './scheduler';
export { formatMicros, parseMicros, type Micros } from '../common/microTime';
