import type { DiscrepancyKind, Severity } from '../../core/index';
import { KIND_LABEL, SEVERITY_CLASS, SEVERITY_LABEL } from './kind-labels';

/** The kind of a discrepancy as a small pill, coloured by severity (the text says both). */
export function KindBadge({ kind, severity }: { kind: DiscrepancyKind; severity: Severity }) {
  return (
    <span
      title={`${SEVERITY_LABEL[severity]} severity`}
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-[0.7rem] font-semibold whitespace-nowrap ${SEVERITY_CLASS[severity]}`}
    >
      {KIND_LABEL[kind]}
      <span className="sr-only">, {SEVERITY_LABEL[severity]} severity</span>
    </span>
  );
}
