import type { ReactNode } from 'react';
import { Component } from 'react';

type Props = {
  /** What to show instead when a part of the page failed to load or render. */
  fallback: ReactNode;
  /** A change of this value (for example the address) tries the children again. */
  resetKey?: string;
  children: ReactNode;
};

type State = { failed: boolean; resetKey: string | undefined };

/**
 * Catches a part of the page that could not load (a code chunk that did not arrive: offline
 * before LegCheck was kept for offline use, or just after an update) and shows `fallback`
 * instead of a blank page. React reports the error itself.
 */
export class LoadErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The page shown when a page's code could not load: what happened, that answers are safe, Reload. */
export function PageLoadError() {
  return (
    <div className="load-error">
      <h1 tabIndex={-1}>This page could not load</h1>
      <p>
        Part of LegCheck did not arrive. This can happen without a connection before LegCheck has
        been kept on this device for offline use, or just after an update. Your answers are safe on
        this device.
      </p>
      <p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.location.reload()}
        >
          Reload
        </button>
      </p>
    </div>
  );
}
