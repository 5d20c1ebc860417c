import { describe, expect, it } from 'vitest';
// @ts-expect-error: the build script is plain JavaScript without type declarations.
import { escapeInline, wrapperSource } from '../../scripts/build.mjs';

describe('the build', () => {
  it('escapes </script and <!-- in inlined code so the block cannot end early', () => {
    const js = 'const s = "</script><script>alert(1)</SCRIPT>"; const c = "<!-- x";';
    const out = escapeInline(js, 'script') as string;
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<!--');
    // Still the same program: the escapes are no-ops inside JavaScript strings.
    expect(new Function(`${out}; return s + c;`)()).toBe('</script><script>alert(1)</SCRIPT><!-- x');
  });

  it('writes delegating wrappers with the JSDoc above them', () => {
    const src = wrapperSource([{ name: 'OKR_X', params: ['a', 'b'], jsdoc: '/**\n * Doc.\n * @customfunction\n */' }], 'NS') as string;
    expect(src).toBe(
      '/**\n * Doc.\n * @customfunction\n */\nfunction OKR_X(a, b) {\n  try {\n    return NS.OKR_X(a, b);\n  } catch (e) {\n    throw e instanceof Error ? e.message : e;\n  }\n}',
    );
    expect(wrapperSource([{ name: 'showX', params: [], jsdoc: '' }], 'NS')).toBe('function showX() {\n  return NS.showX();\n}');
  });
});
