import { attrSelector, cssEscape, tagOf } from './dom-text';

// Short, unique CSS selectors that the extension can highlight and a report
// can quote: #id when unique, tag[name] when unique, else a nth-of-type path.

export class SelectorBuilder {
  private readonly cache = new Map<Element, string>();

  constructor(
    private readonly idCounts: Map<string, number>,
    private readonly nameCounts: Map<string, number>,
  ) {}

  of(el: Element): string {
    const cached = this.cache.get(el);
    if (cached !== undefined) return cached;
    const selector = this.build(el);
    this.cache.set(el, selector);
    return selector;
  }

  private uniqueId(el: Element): string | undefined {
    const id = el.getAttribute('id');
    return id && this.idCounts.get(id) === 1 ? `#${cssEscape(id)}` : undefined;
  }

  private build(el: Element): string {
    const byId = this.uniqueId(el);
    if (byId) return byId;
    const tag = tagOf(el);
    const name = el.getAttribute('name');
    if (name && this.nameCounts.get(`${tag}|${name}`) === 1) return attrSelector(tag, 'name', name);
    const parts: string[] = [];
    let current: Element | null = el;
    while (current) {
      const anchor = current === el ? undefined : this.uniqueId(current);
      if (anchor) {
        parts.unshift(anchor);
        break;
      }
      const parent: Element | null = current.parentElement;
      const currentTag = tagOf(current);
      if (!parent || currentTag === 'html') {
        parts.unshift(currentTag);
        break;
      }
      let nth = 1;
      for (let sib = current.previousElementSibling; sib; sib = sib.previousElementSibling) {
        if (tagOf(sib) === currentTag) nth++;
      }
      parts.unshift(`${currentTag}:nth-of-type(${nth})`);
      current = parent;
    }
    return parts.join(' > ');
  }
}
