import type { Ref } from 'react';
import type { ChoiceOption } from './choice';
import { describedBy } from './choice';

/**
 * One native checkbox or radio with its visible label, its hint and, when chosen, an optional
 * note; the group's error (`errorId`) describes it. Shared by CheckboxGroup, BodyMap and
 * RadioGroup so every group's options look, read and behave the same.
 */
export function ChoiceBox({
  type = 'checkbox',
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
  invalid = false,
}: {
  type?: 'checkbox' | 'radio';
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
  /** Marks the input itself invalid: a checkbox may carry it; a radio may not (its group does). */
  invalid?: boolean;
}) {
  const hintId = option.hint ? `${inputId}-hint` : undefined;
  return (
    <div className={checked ? 'choice choice--checked' : 'choice'}>
      <input
        ref={inputRef}
        type={type}
        id={inputId}
        name={name}
        value={option.value}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
        onFocus={onFocus}
        onBlur={onBlur}
        aria-invalid={invalid ? true : undefined}
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
