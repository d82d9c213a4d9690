// Where a command of the `hog` command line writes: stdout and stderr, or a test's arrays.

export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** Text as is, line breaks included (a formatted file); defaults to `out` without the last break. */
  write?(text: string): void;
}

export const consoleOutput: Output = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  write: (text) => process.stdout.write(text),
};
