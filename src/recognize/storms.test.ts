import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const events = (text: string, language: string) =>
  recognize(text, { language })
    .filter((m) => m.id.startsWith('local:event:'))
    .map((m) => [m.text, m.id, m.name]);

describe('storms named after the word for one', () => {
  it('reads the name after a word for a storm, and the name alone after it, as one local event', () => {
    expect(events('Typhoon Noru hit Quang Nam on Tuesday. Noru then weakened over Laos.', 'en')).toEqual([
      ['Typhoon Noru', 'local:event:noru', 'Typhoon Noru'],
      ['Noru', 'local:event:noru', 'Typhoon Noru'],
    ]);
    expect(events('Cơn bão Kalmaegi đổ bộ vào Gia Lai. Sau Kalmaegi, mưa lớn kéo dài.', 'vi')).toEqual([
      ['Kalmaegi', 'local:event:kalmaegi', 'Kalmaegi'],
      ['Kalmaegi', 'local:event:kalmaegi', 'Kalmaegi'],
    ]);
    expect(events('Con bao Wipha gay mua lon o Nghe An.', 'vi').map((e) => e[1])).toEqual([
      'local:event:wipha',
    ]);
    expect(events('Tyfonen Bualoi drog in över Vietnam.', 'sv').map((e) => e[0])).toEqual(['Tyfonen Bualoi']);
    expect(events('Tropical Storm Son-Tinh brought rain.', 'en').map((e) => e[0])).toEqual([
      'Tropical Storm Son-Tinh',
    ]);
  });

  it('reads no storm after words that only fold to one, nor days after "Storm"', () => {
    // "Bảo" (a given name) and "Báo" (a newspaper) fold to "bao"; "bao" without marks is many words.
    expect(events('Ông Trần Bảo Long và Báo Cần Thơ đưa tin.', 'vi')).toEqual([]);
    expect(events('Anh bao Minh an com.', 'vi')).toEqual([]);
    expect(events('The storm Monday cut power. Storm October was wet.', 'en')).toEqual([]);
  });
});
