// Turns a VS Code snippet body into the text it inserts when every placeholder keeps its default:
// `${1:name}` -> `name` (recursively), `${1|a,b|}` -> `a`, `$1` / `${1}` / `$0` -> ``, `\$` `\}` `\\` -> literal.
export function expandSnippet(body: string): string {
  let index = 0;

  function parse(insidePlaceholder: boolean): string {
    let out = '';
    while (index < body.length) {
      const char = body[index];
      if (char === '\\' && index + 1 < body.length && '$}\\'.includes(body[index + 1] ?? '')) {
        out += body[index + 1];
        index += 2;
      } else if (char === '}' && insidePlaceholder) {
        return out;
      } else if (char === '$') {
        out += parseDollar();
      } else {
        out += char;
        index += 1;
      }
    }
    if (insidePlaceholder) throw new Error(`unclosed placeholder in snippet body: ${body}`);
    return out;
  }

  function parseDollar(): string {
    const rest = body.slice(index);
    const simple = /^\$(\d+|\{\d+\})/.exec(rest);
    if (simple) {
      index += simple[0].length;
      return '';
    }
    const choice = /^\$\{\d+\|([^|,]*)[^|]*\|\}/.exec(rest);
    if (choice) {
      index += choice[0].length;
      return choice[1] ?? '';
    }
    const placeholder = /^\$\{\d+:/.exec(rest);
    if (placeholder) {
      index += placeholder[0].length;
      const text = parse(true);
      index += 1; // the closing brace
      return text;
    }
    throw new Error(`unsupported snippet syntax at ${JSON.stringify(rest.slice(0, 20))} (variables are not used here)`);
  }

  return parse(false);
}
