import { collectiveTitles, individualTitles } from '../../../../src/modules/registrations/registration-rules';
import { titleLabels } from '../../../../src/modules/standards/labels';

/** The titles a collective, or a person, may register for (the server checks the same lists). */
export const collectiveTitleOptions = collectiveTitles.map((value) => ({ value, label: titleLabels[value] }));
export const individualTitleOptions = individualTitles.map((value) => ({ value, label: titleLabels[value] }));

export const titleLabel = (code: string | null | undefined): string =>
  code == null ? '—' : ((titleLabels as Record<string, string>)[code] ?? code);
