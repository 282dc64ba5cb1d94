import { Spinner } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';

export function Loading() {
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden="true" />
      <span>{nb.app.loading}</span>
    </div>
  );
}
