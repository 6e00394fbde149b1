/** JSON.parse that says `undefined` for text that is not JSON instead of throwing (JSON has no undefined). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
