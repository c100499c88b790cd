import type { ReactNode } from 'react';

/** A description list of label/value pairs, laid out as two columns where there is room. */
export function Facts({ children, ...rest }: { children: ReactNode; 'data-testid'?: string }) {
  return (
    <dl className="facts" {...rest}>
      {children}
    </dl>
  );
}

export function Fact({ label, children, testId }: { label: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <div className="facts-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
