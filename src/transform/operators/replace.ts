import type { OperatorDef } from './types.js';

/** `replace`: a placeholder such as `<EMAIL>`; `template` may use `{entity}`. */
export const replace: OperatorDef = Object.freeze<OperatorDef>({
  name: 'replace',
  description: 'replace the value by a placeholder such as <EMAIL>',
  params: {
    template: { type: 'string', default: '<{entity}>', description: 'placeholder text; {entity} is the entity name' },
  },
  needsKey: false,
  create(params) {
    const template = String(params.template ?? '<{entity}>');
    if (!template.includes('{entity}')) return () => template;
    // Placeholders are few; cache one string per entity.
    const cache = new Map<string, string>();
    return (_text, finding) => {
      let out = cache.get(finding.entity);
      if (out === undefined) {
        out = template.replaceAll('{entity}', finding.entity);
        cache.set(finding.entity, out);
      }
      return out;
    };
  },
});
