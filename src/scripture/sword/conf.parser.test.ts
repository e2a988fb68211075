import { describe, expect, it } from 'vitest';
import { parseConf } from './conf.parser.js';

describe('parseConf', () => {
  const conf = parseConf(
    [
      '\uFEFF# a comment',
      '[engTest]',
      'DataPath=./modules/texts/ztext/engtest/',
      'ModDrv=zText',
      'GlobalOptionFilter=OSISFootnotes',
      'GlobalOptionFilter=OSISRedLetterWords',
      'About=First line \\',
      '  second line',
      'Equation=a=b',
      '',
      '# trailing comment',
    ].join('\r\n'),
  );

  it('reads the module name and single values', () => {
    expect(conf.name).toBe('engTest');
    expect(conf.get('ModDrv')).toBe('zText');
    expect(conf.get('DataPath')).toBe('./modules/texts/ztext/engtest/');
    expect(conf.get('Missing')).toBeUndefined();
  });

  it('keeps every value of a repeated key in order', () => {
    expect(conf.getAll('GlobalOptionFilter')).toEqual(['OSISFootnotes', 'OSISRedLetterWords']);
    expect(conf.getAll('Missing')).toEqual([]);
  });

  it('joins continuation lines and keeps = inside values', () => {
    expect(conf.get('About')).toBe('First line\nsecond line');
    expect(conf.get('Equation')).toBe('a=b');
  });

  it('rejects text without a module section', () => {
    expect(() => parseConf('ModDrv=zText\n')).toThrow(/no \[ModuleName\]/);
  });
});
