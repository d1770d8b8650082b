import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';

// Both Node DOMs the analyzer must work with. Tests run their tables on each.
export const DOMS = {
  linkedom: (html: string): Document => parseHTML(html).document as unknown as Document,
  'happy-dom': (html: string): Document => {
    const window = new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableCSSFileLoading: true,
        disableJavaScriptFileLoading: true,
      },
    });
    window.document.write(html);
    return window.document as unknown as Document;
  },
} as const;
export type DomName = keyof typeof DOMS;
export const DOM_NAMES = Object.keys(DOMS) as DomName[];
