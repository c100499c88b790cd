import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashPage } from './crash-page';

interface State {
  error: unknown;
  hasError: boolean;
}

/** The last line of defence around the whole app (the router has its own error element). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Unhandled error in the app', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.hasError) return <CrashPage error={this.state.error} />;
    return this.props.children;
  }
}
