import type { ReactNode, Ref } from 'react';
import { useId } from 'react';
import type { ChoiceOption } from './choice';
import { describedBy } from './choice';
import { ChoiceBox } from './ChoiceBox';
import { ChoiceHeader } from './ChoiceHeader';

/** Props of a radio group: a controlled single choice. */
export interface RadioGroupProps {
  legend: ReactNode;
  hint?: string | undefined;
  /** Shown under the legend and hint, inside the group (e.g. a "Why we ask" disclosure). */
  more?: ReactNode;
  options: readonly ChoiceOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  error?: string | undefined;
  /** Receives the input to focus for this group (the chosen one, else the first). */
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** 'row' lays short options side by side when there is room. */
  layout?: 'stack' | 'row';
  className?: string;
}

/**
 * A fieldset of native radios with a visible legend. Arrow keys move between options as in
 * any browser; an error sits under the legend and every radio points at it.
 */
export function RadioGroup({
  legend,
  hint,
  more,
  options,
  value,
  onChange,
  onBlur,
  error,
  inputRef,
  layout = 'stack',
  className,
}: RadioGroupProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const focusIndex = Math.max(
    0,
    options.findIndex((option) => option.value === value),
  );
  return (
    // role="radiogroup" (allowed on fieldset) is what may carry aria-invalid; a radio may not.
    <fieldset
      role="radiogroup"
      className={['choice-group', error && 'choice-group--invalid', className]
        .filter(Boolean)
        .join(' ')}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(hintId, errorId)}
    >
      <ChoiceHeader
        legend={legend}
        hint={hint}
        hintId={hintId}
        more={more}
        error={error}
        errorId={errorId}
      />
      <div className={`choice-list choice-list--${layout}`}>
        {options.map((option, index) => (
          <ChoiceBox
            key={option.value}
            type="radio"
            inputId={`${id}-${index}`}
            name={id}
            option={option}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            onBlur={onBlur}
            errorId={errorId}
            inputRef={index === focusIndex ? inputRef : undefined}
          />
        ))}
      </div>
    </fieldset>
  );
}
