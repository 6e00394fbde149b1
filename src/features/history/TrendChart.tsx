import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import { BAND_WORDS } from '../../knowledge/band-words';
import { BAND_THRESHOLDS, NUTRIENT_IDS } from '../../scoring';
import type { Band, NutrientId } from '../../scoring';
import type { DateLabel, Trend, TrendSeries } from './trend';
import {
  countMoves,
  dateLabels,
  dateLabelText,
  describeChart,
  describeMoves,
  describePoint,
  describeSeries,
} from './trend';
import './trend.css';

/** A band's name on the chart: the results page's word for it, capitalised ("Possible"). */
function bandName(band: Band): string {
  const word = BAND_WORDS[band].inline;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// Geometry in CSS pixels. The results are spaced evenly, one column each, with every date
// written under its column: people often save several results close together and then none for
// months, and spaced by real time those would sit on top of each other. The dates say the time.
/** Room left of the plot for the band names and the score ticks (0, 25, 50, 100). */
const PAD_LEFT = 82;
const PAD_RIGHT = 8;
const PAD_TOP = 10;
/** The plot's height on screen, and on paper (lower, so the summary keeps to two pages). */
const PLOT_HEIGHT = 170;
const PAPER_PLOT_HEIGHT = 90;
/** The chart's width on paper, in CSS pixels before print scales it to its column. */
const PAPER_WIDTH = 400;
const AXIS_HEIGHT = 52;
/** Space before the first result and after the last: half a date label ("11:37:40 PM"). */
const INSET = 40;
/** The least room one result's date label needs ("Sep 30" and "10:45 PM" at 0.8rem). */
const MIN_STEP = 72;
const MARKER = 5;

type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'down' | 'cross' | 'plus';

/** Each factor's look: colour (by class), marker and dashes, so colour is never the only cue. */
const LOOKS: Record<NutrientId, { marker: Marker; dash: string | undefined }> = {
  'vitamin-d': { marker: 'circle', dash: undefined },
  'vitamin-b12': { marker: 'square', dash: '8 4' },
  magnesium: { marker: 'triangle', dash: '2 3' },
  calcium: { marker: 'diamond', dash: '10 3 2 3' },
  iron: { marker: 'down', dash: '5 2' },
  'vitamin-e': { marker: 'cross', dash: '1 2 6 2' },
  hydration: { marker: 'plus', dash: '12 2 2 2 2 2' },
};

function markerPath(marker: Marker, x: number, y: number, r: number): string {
  switch (marker) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.9}H${x - r * 1.1}Z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}Z`;
    case 'down':
      return `M${x},${y + r * 1.2}L${x + r * 1.1},${y - r * 0.9}H${x - r * 1.1}Z`;
    case 'cross':
      return `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`;
    case 'plus':
      return `M${x - r * 1.2},${y}H${x + r * 1.2}M${x},${y - r * 1.2}V${y + r * 1.2}`;
  }
}

function seriesClass(nutrient: NutrientId): string {
  return `trend-series trend-series--${NUTRIENT_IDS.indexOf(nutrient)}`;
}

/** A factor's line and marker, small, for the legend. */
function Swatch({ nutrient }: { nutrient: NutrientId }) {
  const look = LOOKS[nutrient];
  return (
    <svg
      className={`trend-swatch ${seriesClass(nutrient)}`}
      width="36"
      height="14"
      aria-hidden="true"
    >
      <path className="trend-series__line" d="M2,7H34" strokeDasharray={look.dash} />
      <path className="trend-series__marker" d={markerPath(look.marker, 18, 7, MARKER)} />
    </svg>
  );
}

/**
 * The width a box has on the page in CSS pixels (null until measured), and whether its content
 * is wider than it (then it scrolls sideways).
 */
function useBox<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [box, setBox] = useState<{ width: number | null; scrolls: boolean }>({
    width: null,
    scrolls: false,
  });
  const measure = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    const width = element.clientWidth || null;
    const scrolls = width !== null && element.scrollWidth > width;
    setBox((was) => (was.width === width && was.scrolls === scrolls ? was : { width, scrolls }));
  }, []);
  // After every render: the content may have grown (a new result) without the box changing.
  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const element = ref.current;
    // Without ResizeObserver (old browsers, jsdom) the box is measured after each render only.
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [measure]);
  return { ref, ...box };
}

/**
 * What makes a box that scrolls sideways reachable by keyboard: it can take focus, with a role
 * and name that say what it holds. Nothing when it does not scroll (no needless tab stop).
 */
function scrollableProps(scrolls: boolean, name: { label: string } | { labelledBy: string }) {
  if (!scrolls) return {};
  return {
    tabIndex: 0,
    role: 'region',
    ...('label' in name ? { 'aria-label': name.label } : { 'aria-labelledby': name.labelledBy }),
  };
}

function AxisLabel({ x, y, label }: { x: number; y: number; label: DateLabel }) {
  return (
    <text className="trend-chart__date" x={x} y={y} textAnchor="middle">
      <tspan x={x}>{label.day}</tspan>
      <tspan x={x} dy="1.15em">
        {label.year}
      </tspan>
      {label.time ? (
        <tspan x={x} dy="1.15em">
          {label.time}
        </tspan>
      ) : null}
    </text>
  );
}

function linePath(
  series: TrendSeries,
  xOf: (index: number) => number,
  yOf: (score: number) => number,
) {
  // A result that did not score the factor breaks the line: nothing is drawn for it.
  let path = '';
  let pen = false;
  series.points.forEach((point, index) => {
    if (!point) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${xOf(index)},${yOf(point.score)}`;
    pen = true;
  });
  return path;
}

/** The chart itself: drawn by hand, read out as one short summary (the table holds the figures). */
function TrendSvg({
  trend,
  width,
  plotHeight,
}: {
  trend: Trend;
  width: number;
  plotHeight: number;
}) {
  const height = PAD_TOP + plotHeight + AXIS_HEIGHT;
  const count = trend.results.length;
  const plotRight = width - PAD_RIGHT;
  const step = count > 1 ? (plotRight - PAD_LEFT - 2 * INSET) / (count - 1) : 0;
  const xOf = (index: number) => Math.round((PAD_LEFT + INSET + index * step) * 10) / 10;
  const yOf = (score: number) => Math.round((PAD_TOP + plotHeight * (1 - score / 100)) * 10) / 10;
  const labels = dateLabels(trend.results);
  const bands = [
    {
      name: bandName('likely'),
      from: 100,
      to: BAND_THRESHOLDS.likely,
      className: 'trend-chart__band--likely',
    },
    {
      name: bandName('possible'),
      from: BAND_THRESHOLDS.likely,
      to: BAND_THRESHOLDS.possible,
      className: 'trend-chart__band--possible',
    },
    {
      name: bandName('unlikely'),
      from: BAND_THRESHOLDS.possible,
      to: 0,
      className: 'trend-chart__band--unlikely',
    },
  ];
  // The leading factor is drawn last, so it is on top where lines cross.
  const drawOrder = [...trend.series].reverse();
  return (
    <svg
      className="trend-chart__svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${describeChart(trend)} The figures are in the table below.`}
    >
      {bands.map((band) => (
        <g key={band.name}>
          <rect
            className={`trend-chart__band ${band.className}`}
            x={PAD_LEFT}
            y={yOf(band.from)}
            width={plotRight - PAD_LEFT}
            height={yOf(band.to) - yOf(band.from)}
          />
          <text
            className="trend-chart__band-name"
            x={6}
            y={(yOf(band.from) + yOf(band.to)) / 2}
            dominantBaseline="middle"
          >
            {band.name}
          </text>
        </g>
      ))}
      {[BAND_THRESHOLDS.possible, BAND_THRESHOLDS.likely].map((threshold) => (
        <line
          key={threshold}
          className="trend-chart__threshold"
          x1={PAD_LEFT}
          x2={plotRight}
          y1={yOf(threshold)}
          y2={yOf(threshold)}
        />
      ))}
      <line
        className="trend-chart__axis"
        x1={PAD_LEFT}
        x2={PAD_LEFT}
        y1={PAD_TOP}
        y2={PAD_TOP + plotHeight}
      />
      <line
        className="trend-chart__axis"
        x1={PAD_LEFT}
        x2={plotRight}
        y1={PAD_TOP + plotHeight}
        y2={PAD_TOP + plotHeight}
      />
      {[0, BAND_THRESHOLDS.possible, BAND_THRESHOLDS.likely, 100].map((tick) => (
        <text
          key={tick}
          className="trend-chart__tick"
          x={PAD_LEFT - 5}
          y={yOf(tick)}
          textAnchor="end"
          dominantBaseline="middle"
        >
          {tick}
        </text>
      ))}
      {labels.map((label, index) => (
        <AxisLabel
          key={trend.results[index]?.id ?? index}
          x={xOf(index)}
          y={PAD_TOP + plotHeight + 16}
          label={label}
        />
      ))}
      {drawOrder.map((series) => {
        const look = LOOKS[series.nutrient];
        return (
          <g key={series.nutrient} className={seriesClass(series.nutrient)}>
            <path
              className="trend-series__line"
              d={linePath(series, xOf, yOf)}
              strokeDasharray={look.dash}
            />
            {series.points.map((point, index) =>
              point ? (
                <path
                  key={index}
                  className="trend-series__marker"
                  d={markerPath(look.marker, xOf(index), yOf(point.score), MARKER)}
                />
              ) : null,
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The chart's figures as a table: a row per factor, a column per result (oldest first). */
export function TrendTable({ trend }: { trend: Trend }) {
  const captionId = useId();
  const labels = dateLabels(trend.results);
  const { ref, scrolls } = useBox<HTMLDivElement>();
  return (
    // Many results, or a narrow screen, make the table scroll sideways.
    <div
      ref={ref}
      className="history-table-wrap"
      {...scrollableProps(scrolls, { labelledBy: captionId })}
    >
      <table className="trend-table">
        <caption id={captionId}>
          Each factor’s score in each saved result, oldest first (0 to 100; higher means more worth
          checking)
        </caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            {labels.map((label, index) => (
              <th scope="col" key={trend.results[index]?.id ?? index}>
                {dateLabelText(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.series.map((series) => (
            <tr key={series.nutrient}>
              <th scope="row">
                {/* The line's look beside its name: on paper the table is the legend too. */}
                <Swatch nutrient={series.nutrient} />
                {series.name}
              </th>
              {series.points.map((point, index) => (
                <td key={trend.results[index]?.id ?? index}>{describePoint(point)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Each factor's score across two or more saved results: a sentence on the whole change, the
 * chart, a legend that says each factor's change in words, and the figures as a table (behind a
 * disclosure on screen). `forPaper`: a lower chart of a fixed size beside the table shown as it
 * is (its rows carry each line's look), for the summary for a doctor.
 */
export function TrendChart({ trend, forPaper = false }: { trend: Trend; forPaper?: boolean }) {
  const { ref, width } = useBox<HTMLDivElement>();
  const count = trend.results.length;
  const least = PAD_LEFT + PAD_RIGHT + 2 * INSET + Math.max(count - 1, 1) * MIN_STEP;
  const chartWidth = Math.max(least, forPaper ? PAPER_WIDTH : (width ?? 0));
  const scrolls = width !== null && chartWidth > width;
  return (
    <div className={forPaper ? 'trend trend--paper' : 'trend'}>
      <p>{describeMoves(countMoves(trend))} Lower means the answers point less to a shortfall.</p>
      <div
        ref={ref}
        className="trend-chart"
        {...scrollableProps(scrolls, { label: 'Chart of the scores' })}
      >
        <TrendSvg
          trend={trend}
          width={chartWidth}
          plotHeight={forPaper ? PAPER_PLOT_HEIGHT : PLOT_HEIGHT}
        />
      </div>
      <ul className="trend-legend">
        {trend.series.map((series) => (
          <li key={series.nutrient}>
            <Swatch nutrient={series.nutrient} />
            <span>{describeSeries(series)}</span>
          </li>
        ))}
      </ul>
      {forPaper ? (
        <TrendTable trend={trend} />
      ) : (
        <details className="trend-details">
          <summary>Show the chart as a table</summary>
          <TrendTable trend={trend} />
        </details>
      )}
    </div>
  );
}
