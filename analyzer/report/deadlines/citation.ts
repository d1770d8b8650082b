// Citations as letters print them: instrument and article, as in
// shared/legal/REFERENCE.md. `checked` carries REFERENCE.md's mark, so a
// letter can soften the wording of a [secondary] point.

export const UU_PDP = 'UU 27/2022';
export const PM_20_2016 = 'Permenkominfo 20/2016';

export interface Citation {
  readonly instrument: typeof UU_PDP | typeof PM_20_2016;
  readonly article: string;
  readonly checked: 'text' | 'secondary';
}

export interface LocalisedText {
  readonly id: string;
  readonly en: string;
}
