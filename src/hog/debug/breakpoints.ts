// Breakpoints as the debug adapter protocol describes them: a line, optionally a condition (a Hog
// expression), a hit condition (`5`, `>= 5`, `% 3`…) and a log message with `{expression}`s.
export interface BreakpointSpec {
  /** 1-based. */
  readonly line: number;
  readonly condition?: string;
  readonly hitCondition?: string;
  readonly logMessage?: string;
}

export interface Breakpoint extends BreakpointSpec {
  readonly id: number;
  /** The line it binds to: the first statement at or after the line asked for; undefined when none. */
  readonly boundLine: number | undefined;
  hits: number;
}

/** Does the `hits`-th hit pass `condition`? A bare number means "from that hit on" is not it: exactly `>=`. */
export function passesHitCondition(condition: string | undefined, hits: number): boolean {
  if (condition === undefined || condition.trim() === '') return true;
  const match = /^\s*(==|=|>=|>|<=|<|%)?\s*(\d+)\s*$/.exec(condition);
  if (match === null) return true;
  const n = Number(match[2]);
  switch (match[1]) {
    case '%':
      return n > 0 && hits % n === 0;
    case '>':
      return hits > n;
    case '<':
      return hits < n;
    case '<=':
      return hits <= n;
    case '==':
    case '=':
      return hits === n;
    default:
      return hits >= n;
  }
}

/** The parts of a log message: text, and `{…}` expressions to evaluate. */
export function logMessageParts(message: string): ({ text: string } | { expression: string })[] {
  const parts: ({ text: string } | { expression: string })[] = [];
  const pattern = /\{([^{}]+)\}/g;
  let last = 0;
  for (let match = pattern.exec(message); match !== null; match = pattern.exec(message)) {
    if (match.index > last) parts.push({ text: message.slice(last, match.index) });
    parts.push({ expression: match[1] as string });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last) });
  return parts;
}
