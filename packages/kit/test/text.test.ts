import 'reflect-metadata';
import { IsOptional } from 'class-validator';
import { Arg, InputType, Query, Resolver } from 'type-graphql';
import { graphql } from 'graphql';
import { buildSchema } from 'type-graphql';
import { checkText, formatError, TextField } from '@shanzhi/kit';

describe('text policy', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007b'],
    ['C1 NEL', 'a\u0085b'],
    ['DEL', 'a\u007fb'],
    ['RLO', 'a\u202eb'],
    ['RLM', 'a\u200fb'],
    ['LRI isolate', 'a\u2066b'],
    ['zero-width space', 'a\u200bb'],
    ['zero-width joiner', 'a\u200db'],
    ['BOM inside', 'a\ufeffb'],
    ['soft hyphen', 'a\u00adb'],
    ['line separator', 'a\u2028b'],
    ['lone high surrogate', 'a\ud800b'],
    ['lone low surrogate', 'a\udc00'],
    ['newline in a one-line field', 'a\nb'],
    ['tab', 'a\tb'],
  ])('refuses %s', (_label, value) => {
    expect(checkText(value, 'name')).toEqual({ ok: false, reason: expect.stringContaining('name contains a control or invisible character') });
  });

  it('normalizes to NFC and trims; multi-line fields keep line breaks', () => {
    expect(checkText('  Ame\u0301lie  ', 'name')).toEqual({ ok: true, value: 'Am\u00e9lie' });
    expect(checkText('百家池村\u3000', 'name')).toEqual({ ok: true, value: '百家池村' });
    expect(checkText('第一行\r\n第二行', 'reason', { multiline: true })).toEqual({ ok: true, value: '第一行\n第二行' });
    expect(checkText('a\u0000\nb', 'reason', { multiline: true }).ok).toBe(false);
    // Rare characters in private use and astral characters (a valid surrogate pair) are text.
    expect(checkText('\ue000\u{20000}', 'name')).toEqual({ ok: true, value: '\ue000\u{20000}' });
    expect(checkText(' pass word ', 'password', { preserve: true })).toEqual({ ok: true, value: ' pass word ' });
    expect(checkText('x'.repeat(2001), 'name').ok).toBe(false);
    expect(checkText('x'.repeat(20), 'name', { maxLength: 10 }).ok).toBe(false);
  });

  @InputType('TextProbeInput', { description: 'probe' })
  class TextProbeInput {
    @TextField({ description: 'a name' })
    name!: string;

    @TextField({ nullable: true, multiline: true, description: 'a note' })
    @IsOptional()
    note?: string | null;
  }

  @Resolver()
  class TextProbeResolver {
    @Query(() => String, { description: 'echoes the stored form' })
    echo(@Arg('input', () => TextProbeInput) input: TextProbeInput): string {
      return JSON.stringify(input);
    }
  }

  it('as a field decorator: refused input is BAD_USER_INPUT naming the field, accepted input arrives normalized', async () => {
    const schema = await buildSchema({ resolvers: [TextProbeResolver], validate: { forbidUnknownValues: false, whitelist: true } });
    const run = (input: Record<string, unknown>) =>
      graphql({ schema, source: 'query ($input: TextProbeInput!) { echo(input: $input) }', variableValues: { input } });
    const ok = await run({ name: '  Ame\u0301lie ', note: 'a\r\nb' });
    expect(JSON.parse(ok.data!.echo as string)).toEqual({ name: 'Am\u00e9lie', note: 'a\nb' });
    const bad = await run({ name: 'ok', note: 'x\u202ey' });
    const formatted = formatError(bad.errors![0]!.toJSON(), bad.errors![0]);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(formatted.message).toMatch(/note contains a control or invisible character/);
  });
});
