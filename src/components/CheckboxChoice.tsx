import type { Ref } from 'react';
import type { ChoiceOption } from './choice';
import { describedBy } from './choice';

/**
 * One native checkbox with its visible label, its hint and, when ticked, an optional note; the
 * group's error (`errorId`) marks it invalid and describes it. Shared by CheckboxGroup and BodyMap
 * so both groups' boxes look, read and behave the same.
 */
export function CheckboxChoice({
  inputId,
  name,
  option,
  checked,
  onChange,
  onFocus,
  onBlur,
  errorId,
  inputRef,
  note,
}: {
  inputId: string;
  name: string;
  option: ChoiceOption;
  checked: boolean;
  onChange: (checked: boolean) => void;
  onFocus?: (() => void) | undefined;
  onBlur?: (() => void) | undefined;
  errorId?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** A short line shown inside the option while it is ticked. */
  note?: string | undefined;
}) {
  const hintId = option.hint ? `${inputId}-hint` : undefined;
  return (
    <div className={checked ? 'choice choice--checked' : 'choice'}>
      <input
        ref={inputRef}
        type="checkbox"
        id={inputId}
        name={name}
        value={option.value}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
        onFocus={onFocus}
        onBlur={onBlur}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      />
      <label htmlFor={inputId}>{option.label}</label>
      {option.hint ? (
        <p id={hintId} className="choice__hint">
          {option.hint}
        </p>
      ) : null}
      {checked && note ? <p className="choice__note">{note}</p> : null}
    </div>
  );
}
