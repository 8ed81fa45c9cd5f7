import { dirname, relative, resolve } from 'node:path';

/**
 * The layer rule as an allow-list, the way VS Code keeps its layers: each folder names the
 * folders it may import from; anything else is an error. In the renderer the order is
 * lib, then components, then screens: a lower layer never reaches up.
 */
export const LAYERS = [
  { layer: 'src/shared/', may: ['src/shared/'] },
  { layer: 'src/renderer/lib/', may: ['src/shared/', 'src/renderer/lib/'] },
  { layer: 'src/renderer/styles/', may: ['src/renderer/styles/'] },
  { layer: 'src/renderer/components/', may: ['src/shared/', 'src/renderer/lib/', 'src/renderer/components/', 'src/renderer/styles/'] },
  { layer: 'src/renderer/screens/', may: ['src/shared/', 'src/renderer/lib/', 'src/renderer/components/', 'src/renderer/styles/', 'src/renderer/screens/'] },
  { layer: 'src/renderer/', may: ['src/shared/', 'src/renderer/'] },
  { layer: 'src/main/services/', may: ['src/shared/', 'src/main/services/'] },
  { layer: 'src/main/hosts/', may: ['src/shared/', 'src/main/services/', 'src/main/hosts/', 'src/main/dispatch.ts'] },
  { layer: 'src/main/', may: ['src/shared/', 'src/main/'] },
  { layer: 'src/preload/', may: ['src/shared/', 'src/preload/'] },
  { layer: 'src/web-client/', may: ['src/shared/', 'src/web-client/'] },
];

const ROOT = resolve(import.meta.dirname, '..');

export default {
  meta: { type: 'problem', schema: [], messages: { outside: '{{layer}} may import only from {{may}}; not {{target}}.' } },
  create(context) {
    const file = relative(ROOT, context.filename).split('\\').join('/');
    const rule = LAYERS.find(({ layer }) => file.startsWith(layer));
    if (!rule) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = relative(ROOT, resolve(dirname(context.filename), source)).split('\\').join('/');
      const allowed = rule.may.some((prefix) => (prefix.endsWith('/') ? `${target}/`.startsWith(prefix) : target.replace(/\.ts$/, '') === prefix.replace(/\.ts$/, '')));
      if (!allowed) context.report({ node: node.source, messageId: 'outside', data: { layer: rule.layer, may: rule.may.join(', '), target } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
