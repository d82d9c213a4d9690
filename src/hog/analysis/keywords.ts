// Hog's statement and operator keywords, for completion.
export const HOG_KEYWORDS: readonly string[] = [
  'let', 'fun', 'return', 'if', 'else', 'while', 'for', 'in', 'try', 'catch', 'finally', 'throw',
  'break', 'continue', 'true', 'false', 'null', 'and', 'or', 'not', 'like', 'ilike', 'between', 'is',
];
