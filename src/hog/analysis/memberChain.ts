// The member chain written before the cursor (`event.properties.` → ['event', 'properties']).
import { isIdentPart } from './text';

/** For `event.properties.$br|`: ['event', 'properties']; undefined when not after a dot. */
export function memberChainBefore(source: string, offset: number): string[] | undefined {
  let at = offset;
  while (at > 0 && isIdentPart(source[at - 1])) at--;
  const chain: string[] = [];
  while (source[at - 1] === '.') {
    at -= source[at - 2] === '?' ? 2 : 1;
    const end = at;
    if (source[at - 1] === '`') {
      at = source.lastIndexOf('`', at - 2);
      if (at < 0) return undefined;
      chain.unshift(source.slice(at + 1, end - 1));
    } else {
      while (at > 0 && isIdentPart(source[at - 1])) at--;
      if (at === end || /[0-9]/.test(source[at])) return undefined;
      chain.unshift(source.slice(at, end));
    }
  }
  return chain.length > 0 ? chain : undefined;
}
