import { useEffect, useRef } from 'react';
import { ErrorSummary, ErrorSummaryHeading, ErrorSummaryItem, ErrorSummaryLink, ErrorSummaryList } from '@digdir/designsystemet-react';

/** One problem with a form, pointing at the field (by id) that needs fixing. */
export interface FormProblem {
  fieldId: string;
  message: string;
}

/**
 * The list of what must be fixed, above the form: it takes focus when it appears, and each line links to its
 * field (WCAG 3.3.1).
 */
export function FormErrorSummary({ title, problems, attempt }: { title: string; problems: FormProblem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
    // Focus again on each failed submit, even with the same problems.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (!problems.length) return null;
  return (
    <ErrorSummary ref={ref as never} tabIndex={-1}>
      <ErrorSummaryHeading>{title}</ErrorSummaryHeading>
      <ErrorSummaryList>
        {problems.map((p) => (
          <ErrorSummaryItem key={p.fieldId}>
            <ErrorSummaryLink
              href={`#${p.fieldId}`}
              onClick={(e) => {
                e.preventDefault();
                const el = document.getElementById(p.fieldId);
                el?.focus();
                el?.scrollIntoView({ block: 'center' });
              }}
            >
              {p.message}
            </ErrorSummaryLink>
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummary>
  );
}
