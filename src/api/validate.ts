// Applies a Shape to a decoded answer. One object or a bare list that is off fails as a whole with
// one UnexpectedShapeError naming the object and the field. In a paginated list (explorer levels,
// "load more", iteration) an item that is off is left out and reported in `invalid` instead: one
// corrupt function must not hide every other one on its page, and the caller still learns about it
// (the explorer shows it as one warning item). A page whose envelope is off fails whole: then
// nothing on it can be trusted.
import { displayName } from './displayName';
import { excerpt } from './errorBody';
import { type RequestInfo, UnexpectedShapeError } from './errors';
import { fields, integer, isPlainObject, listOf, anything, nullable, ShapeMismatch, string } from './shape/check';
import type { Shape } from './shape/shape';
import type { Paginated } from './types/common';

/** A page as the client hands it out: the items that passed, and what was left out. */
export interface Page<T> extends Paginated<T> {
  /** Items whose shape was off, one error each; not in `results`. */
  invalid: UnexpectedShapeError[];
}

export interface AnswerContext {
  status: number;
  info: RequestInfo;
  /** Removes the API key from text that goes into an error. */
  redact(text: string): string;
}

const envelope = fields({ count: integer, next: nullable(string), previous: nullable(string), results: listOf(anything) });

/** One object; with `expectedId`, also that it is the object asked for. */
export function checkOne<T>(shape: Shape<T>, value: unknown, ctx: AnswerContext, expectedId?: string): T {
  const checked = checkItem(shape, value, ctx, subjectOf(shape, value));
  const id = isPlainObject(value) ? value.id : undefined;
  if (expectedId !== undefined && id !== expectedId) {
    const problem = `the answer is about ${describeId(id)}, not the ${shape.what} asked for`;
    throw new UnexpectedShapeError(`${shape.what} ${expectedId}`, 'id', problem, ctx.status, sample(value, ctx), ctx.info);
  }
  return checked;
}

/** A bare list (schedules, batch jobs, rearranged functions): any item off fails the answer. */
export function checkEach<T>(shape: Shape<T>, values: unknown[], ctx: AnswerContext): T[] {
  return values.map((value, index) => checkItem(shape, value, ctx, subjectOf(shape, value, index)));
}

/** A paginated list: envelope strict, items that are off left out and reported. */
export function checkPage<T>(shape: Shape<T>, value: unknown, ctx: AnswerContext): Page<T> {
  checkItem({ what: `${shape.what} list`, check: envelope, normalize: (v) => v }, value, ctx, `the ${shape.what} list`);
  const page = value as Paginated<unknown>;
  const results: T[] = [];
  const invalid: UnexpectedShapeError[] = [];
  page.results.forEach((item, index) => {
    try {
      results.push(checkItem(shape, item, ctx, subjectOf(shape, item, index)));
    } catch (error) {
      if (!(error instanceof UnexpectedShapeError)) throw error;
      invalid.push(error);
    }
  });
  return { ...page, results, invalid };
}

function checkItem<T>(shape: Shape<T>, value: unknown, ctx: AnswerContext, subject: string): T {
  try {
    shape.check(value, '');
  } catch (error) {
    if (!(error instanceof ShapeMismatch)) throw error;
    throw new UnexpectedShapeError(subject, error.path, error.message, ctx.status, sample(value, ctx), ctx.info);
  }
  return shape.normalize(value as Record<string, unknown>);
}

/** "hog function 0197…", or by position when the id itself is unusable. */
function subjectOf(shape: Shape<unknown>, value: unknown, index?: number): string {
  const id = isPlainObject(value) ? value.id : undefined;
  const position = index === undefined ? '' : ` (item ${index + 1} of the list)`;
  if (typeof id === 'string' || typeof id === 'number') return `${shape.what} ${displayName(String(id), '?', 60)}${position}`;
  return `${shape.what}${position || ''}`;
}

function describeId(id: unknown): string {
  return typeof id === 'string' || typeof id === 'number' ? `id ${displayName(String(id), '?', 60)}` : 'no id';
}

function sample(value: unknown, ctx: AnswerContext): string {
  return excerpt(ctx.redact(JSON.stringify(value) ?? String(value)));
}
