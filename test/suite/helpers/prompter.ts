// A prompter for tests: records every message the extension shows and answers it from a script,
// so paths that offer "Retry" or "Compare" are driven without clicking.
import type { InputOptions, PickItem, PickOptions, Prompter } from '../../../src/ui/prompter';

export interface ShownMessage {
  /** `pick`: actions are the item labels, answer with one; `input`: actions hold the pre-filled value, answer with the text. */
  kind: 'error' | 'warning' | 'info' | 'confirm' | 'pick' | 'input';
  message: string;
  actions: readonly string[];
  /** `input` only: whether what is typed is hidden. */
  password?: boolean;
}

type Answer = string | undefined | boolean;

export class ScriptedPrompter implements Prompter {
  readonly shown: ShownMessage[] = [];
  /** Decides the answer to each message; default: dismiss, and decline confirmations. */
  answer: (message: ShownMessage) => Answer | Promise<Answer> = () => undefined;
  private waiters: Array<{ test: (m: ShownMessage) => boolean; resolve: (m: ShownMessage) => void }> = [];

  error(message: string, actions: readonly string[]): Promise<string | undefined> {
    return this.show({ kind: 'error', message, actions }) as Promise<string | undefined>;
  }

  warning(message: string, actions: readonly string[]): Promise<string | undefined> {
    return this.show({ kind: 'warning', message, actions }) as Promise<string | undefined>;
  }

  info(message: string, actions: readonly string[]): Promise<string | undefined> {
    return this.show({ kind: 'info', message, actions }) as Promise<string | undefined>;
  }

  async confirm(message: string, detail: string, confirmTitle: string): Promise<boolean> {
    return (await this.show({ kind: 'confirm', message: `${message} ${detail}`, actions: [confirmTitle] })) === true;
  }

  async pick<T>(items: readonly PickItem<T>[] | Promise<readonly PickItem<T>[]>, options: PickOptions): Promise<T | undefined> {
    const loaded = await items;
    const answer = await this.show({ kind: 'pick', message: options.title, actions: loaded.map((i) => i.label) });
    return loaded.find((i) => i.label === answer)?.value;
  }

  /** An answer that `validate` refuses fails the test's command like a dismissed box, and is recorded as an error. */
  async input(options: InputOptions): Promise<string | undefined> {
    const message = options.prompt ? `${options.title}: ${options.prompt}` : options.title;
    const answer = await this.show({ kind: 'input', message, actions: options.value === undefined ? [] : [options.value], password: options.password === true });
    if (typeof answer !== 'string') return undefined;
    const problem = options.validate?.(answer);
    if (problem) {
      this.shown.push({ kind: 'error', message: `invalid input: ${problem}`, actions: [] });
      return undefined;
    }
    return answer;
  }

  /** Resolves with the first message (already shown or coming) that passes `test`. */
  waitFor(test: (m: ShownMessage) => boolean, timeoutMs = 10_000): Promise<ShownMessage> {
    const seen = this.shown.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message within ${timeoutMs} ms; shown: ${JSON.stringify(this.shown)}`)), timeoutMs);
      this.waiters.push({ test, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  clear(): void {
    this.shown.length = 0;
  }

  private async show(message: ShownMessage): Promise<Answer> {
    this.shown.push(message);
    const ready = this.waiters.filter((w) => w.test(message));
    this.waiters = this.waiters.filter((w) => !w.test(message));
    for (const w of ready) w.resolve(message);
    return this.answer(message);
  }
}
