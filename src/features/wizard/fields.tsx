// react-hook-form bindings for the shared radio and checkbox groups. Each group hands RHF a ref
// to one of its inputs, so a failed Next can focus the first invalid group like any input.
import type { ReactNode } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useController } from 'react-hook-form';
import type { BodyMapOption } from '../../components/BodyMap';
import { BodyMap } from '../../components/BodyMap';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import type { ChoiceOption } from '../../components/choice';
import { RadioGroup } from '../../components/RadioGroup';

interface FieldProps<T extends FieldValues, TOut> {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  legend: string;
  hint?: string | undefined;
  /** Shown under the legend and hint, inside the group ("Why we ask"). */
  more?: ReactNode;
  options: readonly ChoiceOption[];
  className?: string;
}

/** A radio group bound to one form field holding a string. */
export function FormRadioGroup<T extends FieldValues, TOut>({
  control,
  name,
  legend,
  hint,
  more,
  options,
  className,
  layout,
  onValueChange,
}: FieldProps<T, TOut> & {
  layout?: 'stack' | 'row';
  onValueChange?: (value: string) => void;
}) {
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  return (
    <RadioGroup
      legend={legend}
      hint={hint}
      more={more}
      options={options}
      value={typeof value === 'string' ? value : undefined}
      onChange={(next) => {
        field.onChange(next);
        onValueChange?.(next);
      }}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      inputRef={field.ref}
      layout={layout ?? 'stack'}
      {...(className ? { className } : {})}
    />
  );
}

/** A yes/no radio group bound to one form field holding a boolean. */
export function FormYesNo<T extends FieldValues, TOut>({
  control,
  name,
  legend,
  hint,
  more,
  options,
}: FieldProps<T, TOut>) {
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  return (
    <RadioGroup
      legend={legend}
      hint={hint}
      more={more}
      options={options}
      value={typeof value === 'boolean' ? String(value) : undefined}
      onChange={(next) => field.onChange(next === 'true')}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      inputRef={field.ref}
      layout="row"
    />
  );
}

/** A checkbox group bound to one form field holding a list of strings. */
export function FormCheckboxGroup<T extends FieldValues, TOut>({
  control,
  name,
  legend,
  hint,
  more,
  options,
  className,
}: FieldProps<T, TOut>) {
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  return (
    <CheckboxGroup
      legend={legend}
      hint={hint}
      more={more}
      options={options}
      value={Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      inputRef={field.ref}
      {...(className ? { className } : {})}
    />
  );
}

/** The body map ("Where do you feel it?") bound to one form field holding a list of areas. */
export function FormBodyMap<T extends FieldValues, TOut>({
  control,
  name,
  legend,
  hint,
  options,
  className,
  more,
}: Omit<FieldProps<T, TOut>, 'options'> & { options: readonly BodyMapOption[] }) {
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  return (
    <BodyMap
      legend={legend}
      hint={hint}
      name={field.name}
      options={options}
      value={Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      inputRef={field.ref}
      more={more}
      {...(className ? { className } : {})}
    />
  );
}
