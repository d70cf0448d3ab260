// Keeps one part of the app usable when another fails to render (a malformed attribute in an opened file, a bug):
// the failing part shows what went wrong and a retry; the rest of the app keeps working.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What this part is, for the message ("the detail panel"). */
  area: string;
  /** Changing it (a new graph, another selection) clears the error and renders again. */
  resetKey?: unknown;
  /** Classes for the message box, so it can take the failed part's place in the page layout. */
  className?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the user sees the message below.
    console.warn(`Could not show ${this.props.area}:`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className={`error-boundary ${this.props.className ?? ''}`} role="alert">
        <strong>Could not show {this.props.area}.</strong>
        <pre>{error.message}</pre>
        <p>The rest of the app still works; a value in the graph file may be malformed.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>Try again</button>
      </div>
    );
  }
}
