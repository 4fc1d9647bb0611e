// How the semantic layer cuts a message into sentences: the encoder reads a longer message two sentences at a time,
// and the gate that spares it messages it cannot change (semantic-layer.ts) must cut them the same way. Pure.

/** Sentences of a message: split after . ! ? and at line breaks (the pieces keep their punctuation). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Each sentence with the next, as the encoder reads a message of three sentences or more (empty below that). */
export function sentencePairs(text: string): string[] {
  const parts = sentences(text);
  if (parts.length <= 2) return [];
  return parts.slice(0, -1).map((s, i) => `${s} ${parts[i + 1] ?? ''}`);
}
