/** Reads the `# version: X` line that every dictionary file carries. */
export function readVersion(text: string): string | null {
  const m = /^#\s*version:\s*(\S+)/m.exec(text);
  return m?.[1] ?? null;
}
