/** One option of a radio or checkbox group. */
export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

/** The ids an aria-describedby lists, without the missing ones; undefined when none. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return list.length > 0 ? list.join(' ') : undefined;
}

/**
 * The ticked values once `option` is ticked or unticked, kept in the options' own order so the
 * answer reads the same way as the list.
 */
export function toggledValues(
  options: readonly { value: string }[],
  ticked: readonly string[],
  option: string,
  checked: boolean,
): string[] {
  return options
    .map((item) => item.value)
    .filter((item) => (item === option ? checked : ticked.includes(item)));
}
