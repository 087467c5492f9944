import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const towns = (text: string, language = 'sv') =>
  recognize(text, { language })
    .filter((m) => m.id.startsWith('local:place:'))
    .map((m) => [m.text, m.id]);

describe('Swedish towns the knowledge base lacks', () => {
  it('reads a town after a preposition of place or before "kommun"', () => {
    expect(towns('Fabriken i Eslöv flyttar. Familjen kom från Åkersberga till Upplands Väsby.')).toEqual([
      ['Eslöv', 'local:place:eslov'],
      ['Åkersberga', 'local:place:akersberga'],
      ['Upplands Väsby', 'local:place:upplands-vasby'],
    ]);
    expect(towns('Kumla kommun har anställt fler.')).toEqual([['Kumla', 'local:place:kumla']]);
    // A town whose name is a rare word ("lund", a grove) is the town; one that is a common word is not read.
    expect(towns('Företaget grundades i Lund och har kontor i Nacka.')).toEqual([
      ['Lund', 'local:place:lund'],
      ['Nacka', 'local:place:nacka'],
    ]);
    expect(towns('Det var i Bara ett fåtal fall, säger han.')).toEqual([]);
    // In a list that goes on from a place.
    expect(
      towns('Demonstrationer hölls i Stockholm, Göteborg och Lund. De kom från Eslöv, Höör och Hörby.'),
    ).toEqual([
      ['Lund', 'local:place:lund'],
      ['Eslöv', 'local:place:eslov'],
      ['Höör', 'local:place:hoor'],
      ['Hörby', 'local:place:horby'],
    ]);
    expect(towns('Han träffade Anna, Per och Lund.')).toEqual([]);
  });

  it('reads the towns of a menu that goes on from a place, one item a line or on one line', () => {
    const names = (text: string) => towns(text).map(([name]) => name);
    expect(names('Nyheter   Uppsala   Knivsta   Enköping   Sport')).toEqual(['Knivsta', 'Enköping']);
    expect(names('Nyheter | Malmö | Lund | Skåne')).toEqual(['Lund']);
    expect(names('Nyheter\nUppsala\nKnivsta\nTierp\nSport')).toEqual(['Knivsta', 'Tierp']);
    // Not a family name on the next line of prose, nor after a menu word that is no place.
    expect(names('Hon bor i Malmö\nLund sade att bolaget växer.')).toEqual([]);
    expect(names('Nyheter   Sport   Knivsta   Kultur')).toEqual([]);
  });

  it('leaves a town’s name alone without a word of place, as a family name, or outside Swedish text', () => {
    expect(towns('Lund sade att bolaget växer.')).toEqual([]);
    expect(towns('Hon talade med Anna Lund i går.')).toEqual([]);
    expect(towns('He moved to Eslöv last year.', 'en')).toEqual([]);
  });
});
