import type { ReactNode, Ref } from 'react';
import { useId } from 'react';
import type { ChoiceOption } from './choice';
import { toggledValues } from './choice';
import { ChoiceBox } from './ChoiceBox';
import { ChoiceHeader } from './ChoiceHeader';

/** Props of a checkbox group: a controlled list of choices. */
export interface CheckboxGroupProps {
  legend: ReactNode;
  hint?: string | undefined;
  /** Shown under the legend and hint, inside the group (e.g. a "Why we ask" disclosure). */
  more?: ReactNode;
  options: readonly ChoiceOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: (() => void) | undefined;
  error?: string | undefined;
  /** Receives the first checkbox, the one to focus when the group has an error. */
  inputRef?: Ref<HTMLInputElement> | undefined;
  /**
   * An option that excludes all others (e.g. "None of these"), shown after an "or": ticking it
   * unticks the rest, and ticking any other unticks it.
   */
  exclusiveOption?: ChoiceOption | undefined;
  /** A short line shown inside a ticked option (e.g. how urgent a ticked warning sign is). */
  checkedNote?: ((value: string) => string | undefined) | undefined;
  className?: string;
}

/** A fieldset of native checkboxes with a visible legend and an error every box points at. */
export function CheckboxGroup({
  legend,
  hint,
  more,
  options,
  value,
  onChange,
  onBlur,
  error,
  inputRef,
  exclusiveOption,
  checkedNote,
  className,
}: CheckboxGroupProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  function toggle(option: string, checked: boolean) {
    if (exclusiveOption && option === exclusiveOption.value) {
      onChange(checked ? [option] : []);
      return;
    }
    const others = value.filter((item) => item !== exclusiveOption?.value);
    onChange(toggledValues(options, others, option, checked));
  }

  function box(option: ChoiceOption, index: number) {
    return (
      <ChoiceBox
        key={option.value}
        inputId={`${id}-${index}`}
        name={id}
        option={option}
        checked={value.includes(option.value)}
        onChange={(checked) => toggle(option.value, checked)}
        onBlur={onBlur}
        errorId={errorId}
        invalid={Boolean(error)}
        inputRef={index === 0 ? inputRef : undefined}
        note={checkedNote?.(option.value)}
      />
    );
  }

  return (
    <fieldset
      className={['choice-group', error && 'choice-group--invalid', className]
        .filter(Boolean)
        .join(' ')}
      aria-describedby={hintId}
    >
      <ChoiceHeader
        legend={legend}
        hint={hint}
        hintId={hintId}
        more={more}
        error={error}
        errorId={errorId}
      />
      <div className="choice-list choice-list--stack">
        {options.map((option, index) => box(option, index))}
        {exclusiveOption ? (
          <>
            <p className="choice-list__or" aria-hidden="true">
              or
            </p>
            {box(exclusiveOption, options.length)}
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
