// One labelled fact of a header's fact list (a <dl>): the label as <dt>, the value as <dd>.
import type { ReactNode } from 'react';

export function Fact({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd {...(className ? { className } : {})}>{children}</dd>
    </div>
  );
}
