import { PageHeading } from '../ui/PageHeading';
import { nb } from '../text/nb';

export function EditNeedPage() {
  return <PageHeading title={nb.nav.needs}>{nb.nav.needs}</PageHeading>;
}
