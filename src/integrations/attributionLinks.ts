/**
 * The Markdown renderer's half of the pinpoints in our prose (src/corpus/attribution.ts): a link written
 * [para. 37](para:al-kaz-1-2022/37 "words") in an article's analysis becomes a link to that paragraph under the
 * site's base, keeping the supporting words as its title. The YAML fields' pinpoints are rendered by
 * src/components/Prose.astro with the same addresses (src/lib/attributionTarget.ts).
 */
import { defineHastPlugin } from 'satteri';
import { attributionTarget } from '../lib/attributionTarget.ts';

export function attributionLinks(base: string) {
  return defineHastPlugin({
    name: 'attribution-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        const target = typeof href === 'string' ? attributionTarget(href) : null;
        if (target === null) return;
        ctx.setProperty(node, 'href', `${base}${target}`);
        ctx.setProperty(node, 'className', ['pinpoint-ref']);
        const title = node.properties?.title;
        if (typeof title === 'string') ctx.setProperty(node, 'title', `“${title}”`);
      },
    },
  });
}
