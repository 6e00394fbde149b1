import type { ReactNode, Ref } from 'react';
import { useId, useState } from 'react';
import { toggledValues } from './choice';
import { ChoiceBox } from './ChoiceBox';
import { ChoiceHeader } from './ChoiceHeader';
import './body-map.css';

/** The parts of the legs the picture draws; each can stand for one option. */
export type BodyRegion = 'feet' | 'calves' | 'shins' | 'thighs-hips';

/** One option of the body map; `region` ties it to a part of the picture. */
export interface BodyMapOption {
  value: string;
  label: string;
  hint?: string;
  region?: BodyRegion | undefined;
}

/** Props of the body map: a controlled list of areas, like a checkbox group. */
export interface BodyMapProps {
  legend: ReactNode;
  hint?: string | undefined;
  options: readonly BodyMapOption[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  onBlur?: (() => void) | undefined;
  error?: string | undefined;
  /** The checkboxes' shared name (what a form posts them as). */
  name: string;
  /** Receives the first checkbox, the one to focus when the group has an error. */
  inputRef?: Ref<HTMLInputElement> | undefined;
  className?: string;
  /** More about the question, inside the group under its hint (e.g. "Why we ask"). */
  more?: ReactNode;
}

// The outlines, in the picture's own units (viewBox 0 0 260 266). Each figure is 110 wide with
// its middle at x = 55; the right leg is the left one mirrored, so only the left is written out.
const figureWidth = 110;
const hipsPath =
  'M18 26H92C98 36 100 46 99 58L89 140H61L56 78H54L49 140H21L11 58C10 46 12 36 18 26Z';
const kneePath = 'M21 140H49L48 157H23Z';
const shinPath = 'M23 157H48C47 184 45 210 44 236H30C28 210 25 184 23 157Z';
const calfPath = 'M23 157H48C53 176 50 200 44 236H30C21 204 16 178 23 157Z';
const footFrontPath = 'M30 236H44L46 253C46 259 24 261 19 256C16 252 26 246 30 236Z';
const footBackPath = 'M30 236H44L45 252C45 259 29 259 29 252Z';

interface Shape {
  region: BodyRegion | 'knees';
  d: string;
  /** Drawn for both legs (mirrored); the hips are one shape across both. */
  paired: boolean;
}

const frontShapes: readonly Shape[] = [
  { region: 'thighs-hips', d: hipsPath, paired: false },
  { region: 'knees', d: kneePath, paired: true },
  { region: 'shins', d: shinPath, paired: true },
  { region: 'feet', d: footFrontPath, paired: true },
];

const backShapes: readonly Shape[] = [
  { region: 'thighs-hips', d: hipsPath, paired: false },
  { region: 'knees', d: kneePath, paired: true },
  { region: 'calves', d: calfPath, paired: true },
  { region: 'feet', d: footBackPath, paired: true },
];

/**
 * "Where do you feel it?": native checkboxes with visible labels, beside a picture of the legs
 * from the front and the back. The checkboxes carry all the meaning (keyboard, screen reader,
 * the error); the picture is hidden from assistive technology and only mirrors them: a tap on
 * an area ticks or unticks its box, and a ticked area is hatched and outlined, not only coloured.
 */
export function BodyMap({
  legend,
  hint,
  options,
  value,
  onChange,
  onBlur,
  error,
  name,
  inputRef,
  className,
  more,
}: BodyMapProps) {
  const id = useId();
  // useId's characters are not all safe inside url(#…), which the hatch fill is referred by.
  const hatchId = `body-map-hatch-${id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const [focused, setFocused] = useState<string | undefined>(undefined);

  function toggle(option: string, checked: boolean) {
    onChange(toggledValues(options, value, option, checked));
  }

  function optionFor(region: Shape['region']): BodyMapOption | undefined {
    return region === 'knees' ? undefined : options.find((item) => item.region === region);
  }

  function shape(item: Shape, view: string) {
    const option = optionFor(item.region);
    const paths = (
      <>
        <path d={item.d} />
        {item.paired ? (
          <path d={item.d} transform={`translate(${figureWidth} 0) scale(-1 1)`} />
        ) : null}
      </>
    );
    const key = `${view}-${item.region}`;
    if (!option) {
      return (
        <g key={key} className="body-map__part">
          {paths}
        </g>
      );
    }
    const checked = value.includes(option.value);
    const classes = ['body-map__region'];
    if (checked) classes.push('body-map__region--checked');
    if (focused === option.value) classes.push('body-map__region--focused');
    return (
      // A pointer shortcut only: the picture is aria-hidden and each area's checkbox, beside it,
      // is the keyboard and screen-reader way to the same answer (WCAG 2.5.8's equivalent control).
      <g
        key={key}
        className={classes.join(' ')}
        data-region={item.region}
        fill={checked ? `url(#${hatchId})` : undefined}
        onClick={() => toggle(option.value, !checked)}
      >
        {paths}
      </g>
    );
  }

  function box(option: BodyMapOption, index: number) {
    return (
      <ChoiceBox
        key={option.value}
        inputId={`${id}-${index}`}
        name={name}
        option={option}
        checked={value.includes(option.value)}
        onChange={(checked) => toggle(option.value, checked)}
        onFocus={() => setFocused(option.value)}
        onBlur={() => {
          setFocused(undefined);
          onBlur?.();
        }}
        errorId={errorId}
        invalid={Boolean(error)}
        inputRef={index === 0 ? inputRef : undefined}
      />
    );
  }

  return (
    <fieldset
      className={['choice-group', 'body-map', error && 'choice-group--invalid', className]
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
      <div className="body-map__layout">
        <svg
          className="body-map__picture"
          viewBox="0 0 260 266"
          aria-hidden="true"
          focusable="false"
        >
          <defs>
            <pattern
              id={hatchId}
              width="7"
              height="7"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect className="body-map__hatch-back" width="7" height="7" />
              <rect className="body-map__hatch-line" width="2.5" height="7" />
            </pattern>
          </defs>
          <g transform="translate(10 0)">
            <text className="body-map__caption" x={figureWidth / 2} y="16">
              Front
            </text>
            {frontShapes.map((item) => shape(item, 'front'))}
          </g>
          <g transform="translate(140 0)">
            <text className="body-map__caption" x={figureWidth / 2} y="16">
              Back
            </text>
            {backShapes.map((item) => shape(item, 'back'))}
            {/* The fold under the buttocks and the cleft between them, so the back reads as one. */}
            <path
              className="body-map__line"
              d="M55 30V70M22 96C32 102 44 102 52 96M58 96C66 102 78 102 88 96"
            />
          </g>
        </svg>
        <div className="choice-list choice-list--stack body-map__list">
          {options.map((option, index) => box(option, index))}
        </div>
      </div>
    </fieldset>
  );
}
