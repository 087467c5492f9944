// Pages we wrote without looking at vietnorm's output (`npm run bench:blind`, after `npm run build`).
// corpus/blind/ holds pages in en, sv and vi (Vietnamese with full marks, some, or none) that helpers
// wrote from a brief alone, without seeing vietnorm's code or output, each with a gold file of the
// entities, short references and traps a careful annotator marks. They come in batches (BATCHES):
// each batch is blind for its first run, which finds the rules it motivates; from then on it is one
// more set to measure on, not a held-out one. Writes bench/BLIND.md: the figures of each batch and of
// all pages, and every miss, by page.
//
// The gold marks offices and phrases ("Deputy Prime Minister", "the Japanese leader") that
// vietnorm reports as titles or not at all, and one entry per spelling of an entity: the figures
// count a gold entity found when a mention overlaps its surface (or an entity goes by its name),
// and right when that mention's entity goes by one of the gold's names or is local to the text.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, findEntities, getEntity } from '../dist/index.js';

const dir = join(import.meta.dirname, '../corpus/blind');
const fold = (s) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
/**
 * Every name an entity goes by, folded: its display names, aliases and exact forms ("VNS", as
 * bench/devset-score.mjs counts them), or a local entity's name.
 */
const namesOf = (id, name) => {
  const e = getEntity(id);
  return [name, ...(e ? [...Object.values(e.names), ...(e.aliases ?? []), ...(e.caseSensitive ?? [])] : [])]
    .filter(Boolean)
    .map(fold);
};
/**
 * The forms a gold name gives: as written, without its parenthesis, and the parenthesis alone
 * ("Công ước … năm 1982 (UNCLOS)" also gives "UNCLOS").
 */
const formsOf = (name) => {
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/u.exec(String(name ?? ''));
  return m ? [name, m[1], m[2]] : [name];
};
/** The ids the knowledge base gives a gold name, in any of its forms. */
const idsOf = (name) => new Set(formsOf(name).flatMap((f) => findEntities(f).map((m) => m.entity.id)));
/** Where a surface stands in the text as whole words (every occurrence: "Di" is not in "Dien"). */
const occurrences = (text, s) => {
  const out = [];
  const letter = (c) => c !== undefined && /[\p{L}\p{M}\d]/u.test(c);
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1))
    if (!(letter(s[0]) && letter(text[i - 1])) && !(letter(s[s.length - 1]) && letter(text[i + s.length])))
      out.push(i);
  return out;
};
/** The words of a folded name in order: "sato kenji" and "kenji sato" are one person's name. */
const wordSet = (n) => n.split(' ').sort().join(' ');

/** The batches, by the number that starts a page's file name, and the day each was written. */
const BATCHES = [
  { name: 'batch 1 (2026-12-05: 01–06, 21–27)', has: (n) => (n >= 1 && n <= 6) || (n >= 21 && n <= 27) },
  {
    name: 'batch 2 (2026-12-05, a later session: 07–12, 28–33)',
    has: (n) => (n >= 7 && n <= 12) || (n >= 28 && n <= 33),
  },
  {
    name: "batch 3 (2026-12-05, written after batch 2's rules: 13–16, 34–39)",
    has: (n) => (n >= 13 && n <= 16) || (n >= 34 && n <= 39),
  },
  {
    name: "batch 4 (2026-12-05, a later session, written after batch 3's rules: 17–20, 40–45)",
    has: (n) => (n >= 17 && n <= 20) || (n >= 40 && n <= 45),
  },
  {
    name: "batch 5 (2026-12-05, the same session, written after batch 4's rules: 46–51 en/sv, 52–55 vi)",
    has: (n) => n >= 46 && n <= 55,
  },
  {
    name: "batch 6 (2026-12-05, a later session, written after batch 5's rules: 56–60 en/sv, 61–65 vi)",
    has: (n) => n >= 56 && n <= 65,
  },
  {
    name: "batch 7 (2026-12-06, a later session, written after batch 6's rules: 66–70 en/sv, 71–75 vi)",
    has: (n) => n >= 66 && n <= 75,
  },
  {
    name: "batch 8 (2026-12-06, the same session, written after batch 7's first rules: 76–80 en/sv, 81–85 vi)",
    has: (n) => n >= 76 && n <= 85,
  },
  {
    name: "batch 9 (2026-12-06, a later session, written after batch 8's rules: 86–90 en/sv, 91–95 vi)",
    has: (n) => n >= 86 && n <= 95,
  },
  {
    name: "batch 10 (2026-12-06, the same session, written after batch 9's first rules: 96–100 en/sv, 101–105 vi)",
    has: (n) => n >= 96 && n <= 105,
  },
  {
    name: "batch 11 (2026-12-06, a later session, written after batch 10's rules: 106–110 en/sv, 111–115 vi)",
    has: (n) => n >= 106 && n <= 115,
  },
  {
    name: "batch 12 (2026-12-06, the same session, written after batch 11's first rules: 116–120 en/sv, 121–125 vi)",
    has: (n) => n >= 116 && n <= 125,
  },
  {
    name: "batch 13 (2026-12-06, a later session, written after batch 12's rules: 126–130 en/sv, 131–135 vi)",
    has: (n) => n >= 126 && n <= 135,
  },
  {
    name: "batch 14 (2026-12-06, the same session, written after batch 13's first rules: 136–140 en/sv, 141–145 vi)",
    has: (n) => n >= 136 && n <= 145,
  },
  {
    name: "batch 15 (2026-12-06, the same session, written after batch 14's first rules: 146–150 en/sv, 151–155 vi)",
    has: (n) => n >= 146 && n <= 155,
  },
  {
    name: "batch 16 (2026-12-06, a later session, written after batch 15's rules: 156–160 en/sv, 161–165 vi)",
    has: (n) => n >= 156 && n <= 165,
  },
  {
    name: "batch 17 (2026-12-06, the same session, written after batch 16's first rules: 166–170 en/sv, 171–175 vi)",
    has: (n) => n >= 166 && n <= 175,
  },
  {
    name: "batch 18 (2026-12-06, the same session, written after batch 17's first rules: 176–180 en/sv, 181–185 vi)",
    has: (n) => n >= 176 && n <= 185,
  },
  {
    name: "batch 19 (2026-12-06, the same session, written after batch 18's first rules: 186–190 en/sv, 191–195 vi)",
    has: (n) => n >= 186 && n <= 195,
  },
  {
    name: "batch 20 (2026-12-06, the same session, written after batch 19's first rules: 196–200 en/sv, 201–205 vi)",
    has: (n) => n >= 196 && n <= 205,
  },
  {
    name: "batch 21 (2026-12-06, the same session, written after batch 20's first rules: 206–210 en/sv, 211–215 vi)",
    has: (n) => n >= 206 && n <= 215,
  },
  {
    name: "batch 22 (2026-12-06, the same session, written after batch 21's first rules: 216–220 en/sv, 221–225 vi)",
    has: (n) => n >= 216 && n <= 225,
  },
  {
    name: "batch 23 (2026-12-06, a later session, written after batch 22's rules: 226–230 en/sv, 231–235 vi)",
    has: (n) => n >= 226 && n <= 235,
  },
  {
    name: "batch 24 (2026-12-06, the same session, written after batch 23's first rules: 236–240 en/sv, 241–245 vi)",
    has: (n) => n >= 236 && n <= 245,
  },
  {
    name: "batch 25 (2026-12-06, the same session, written after batch 24's first rules: 246–250 en/sv, 251–255 vi)",
    has: (n) => n >= 246 && n <= 255,
  },
  {
    name: "batch 26 (2026-12-06, the same session, written after batch 25's first rules: 256–260 en/sv, 261–265 vi)",
    has: (n) => n >= 256 && n <= 265,
  },
  {
    name: "batch 27 (2026-12-06, the same session, written after batch 26's first rules: 266–270 en/sv, 271–275 vi)",
    has: (n) => n >= 266 && n <= 275,
  },
  {
    name: "batch 28 (2026-12-06, the same session, written after batch 27's first rules: 276–280 en/sv, 281–285 vi)",
    has: (n) => n >= 276 && n <= 285,
  },
  {
    name: "batch 29 (2026-12-06, a later session, written after batch 28's rules: 286–290 en/sv, 291–295 vi)",
    has: (n) => n >= 286 && n <= 295,
  },
  {
    name: 'batch 30 (2026-12-06, the same session, written with batch 29: 296–300 en/sv, 301–305 vi)',
    has: (n) => n >= 296 && n <= 305,
  },
  {
    name: "batch 31 (2026-12-06, the same session, written after batch 29's first rules: 306–310 en/sv, 311–315 vi)",
    has: (n) => n >= 306 && n <= 315,
  },
  {
    name: 'batch 32 (2026-12-06, the same session, written with batch 31: 316–320 en/sv, 321–325 vi)',
    has: (n) => n >= 316 && n <= 325,
  },
  {
    name: "batch 33 (2026-12-06, the same session, written after batch 31's first rules: 326–330 en/sv, 331–335 vi)",
    has: (n) => n >= 326 && n <= 335,
  },
  {
    name: 'batch 34 (2026-12-06, the same session, written with batch 33: 336–340 en/sv, 341–345 vi)',
    has: (n) => n >= 336 && n <= 345,
  },
  {
    name: "batch 35 (2026-12-06, the same session, written after batch 33's first rules: 346–350 en/sv, 351–355 vi)",
    has: (n) => n >= 346 && n <= 355,
  },
  {
    name: 'batch 36 (2026-12-06, the same session, written with batch 35: 356–360 en/sv, 361–365 vi)',
    has: (n) => n >= 356 && n <= 365,
  },
  {
    name: "batch 37 (2026-12-06, the same session, written after batch 35's first rules: 366–370 en/sv, 371–375 vi)",
    has: (n) => n >= 366 && n <= 375,
  },
  {
    name: 'batch 38 (2026-12-06, two sessions: 376–380 en/sv and 381–384 vi written at the end of one, 385 vi at the start of the next)',
    has: (n) => n >= 376 && n <= 385,
  },
  {
    name: 'batch 39 (2026-12-06, a new session: 386–390 en/sv, 391–395 vi)',
    has: (n) => n >= 386 && n <= 395,
  },
  {
    name: "batch 40 (2026-12-06, the same session, written after batch 39's first rules: 396–400 en/sv, 401–405 vi)",
    has: (n) => n >= 396 && n <= 405,
  },
  {
    name: "batch 41 (2026-12-06, the same session, written while batch 40's rules were made and run first at the end: 406–410 en/sv, 411–415 vi)",
    has: (n) => n >= 406 && n <= 415,
  },
  {
    name: "batch 42 (2026-12-06, a new session, run first on the last stop's code: 416–420 en/sv, 421–425 vi)",
    has: (n) => n >= 416 && n <= 425,
  },
  {
    name: "batch 43 (2026-12-06, the same session, written while batch 42's rules were made and run first on them: 426–430 en/sv, 431–435 vi)",
    has: (n) => n >= 426 && n <= 435,
  },
  {
    name: "batch 44 (2026-12-06, the same session, written while batch 43's rules were made and run first on them: 436–439 en/sv, 440–445 vi)",
    has: (n) => n >= 436 && n <= 445,
  },
  {
    name: "batch 45 (2026-12-07, a new session, run first on the last stop's code: 446–449 en/sv, 450–455 vi)",
    has: (n) => n >= 446 && n <= 455,
  },
  {
    name: "batch 46 (2026-12-07, the same session, written with batch 45 and run first on the last stop's code: 456–459 en/sv, 460–465 vi)",
    has: (n) => n >= 456 && n <= 465,
  },
  {
    name: "batch 47 (2026-12-07, the same session, written while batches 45 and 46's rules were made and run first on them: 466–469 en/sv, 470–475 vi)",
    has: (n) => n >= 466 && n <= 475,
  },
  {
    name: "batch 48 (2026-12-07, the same session, written while batches 45 and 46's rules were made and run first on them: 476–479 en/sv, 480–485 vi)",
    has: (n) => n >= 476 && n <= 485,
  },
  {
    name: "batch 49 (2026-12-07, the same session, written while batches 47 and 48's rules were made and run first on them: 486–489 en/sv, 490–495 vi)",
    has: (n) => n >= 486 && n <= 495,
  },
  {
    name: 'batch 50 (2026-12-07, the same session, written with batch 49 and run first on the same code: 496–499 en/sv, 500–505 vi)',
    has: (n) => n >= 496 && n <= 505,
  },
  {
    name: "batch 51 (2026-12-07, the same session, written while batches 49 and 50's rules were made and run first on them: 506–509 en/sv, 510–515 vi)",
    has: (n) => n >= 506 && n <= 515,
  },
  {
    name: 'batch 52 (2026-12-07, the same session, written with batch 51 and run first on the same code: 516–519 en/sv, 520–525 vi)',
    has: (n) => n >= 516 && n <= 525,
  },
  {
    name: "batch 53 (2026-12-07, a later session, written while that session's first rules were made and run first on them: 526–529 en/sv, 530–535 vi)",
    has: (n) => n >= 526 && n <= 535,
  },
  {
    name: "batch 54 (2026-12-07, a later session, written while that session's first rules were made and run first on them: 536–539 en/sv, 540–545 vi)",
    has: (n) => n >= 536 && n <= 545,
  },
  {
    name: "batch 55 (2026-12-07, the same session, written while batches 53 and 54's rules were made and run first on them and batch 56's: 546–549 en/sv, 550–555 vi)",
    has: (n) => n >= 546 && n <= 555,
  },
  {
    name: "batch 56 (2026-12-07, the same session, written while batches 53 and 54's rules were made and run first on them: 556–559 en/sv, 560–565 vi)",
    has: (n) => n >= 556 && n <= 565,
  },
  {
    name: "batch 57 (2026-12-07, the same session, written while batches 55 and 56's rules were made and run first on them: 566–569 en/sv, 570–575 vi)",
    has: (n) => n >= 566 && n <= 575,
  },
  {
    name: 'batch 58 (2026-12-07, the same session, written with batch 57 and run first on code with one more rule: 576–579 en/sv, 580–585 vi)',
    has: (n) => n >= 576 && n <= 585,
  },
  {
    name: "batch 59 (2026-12-07, the same session, written while batches 57 and 58's rules were made and run first on them and batch 60's: 586–589 en/sv, 590–595 vi)",
    has: (n) => n >= 586 && n <= 595,
  },
  {
    name: "batch 60 (2026-12-07, the same session, written while batches 57 and 58's rules were made and run first on them: 596–599 en/sv, 600–605 vi)",
    has: (n) => n >= 596 && n <= 605,
  },
  {
    name: "batch 61 (2026-12-07, the same session, written with batch 62 and run first on the session's final code: 606–609 en/sv, 610–615 vi)",
    has: (n) => n >= 606 && n <= 615,
  },
  {
    name: "batch 62 (2026-12-07, the same session, written while the session's last rules were made and run first on its final code: 616–619 en/sv, 620–625 vi)",
    has: (n) => n >= 616 && n <= 625,
  },
  {
    name: "batch 63 (2026-12-07, a later session, run first on the last stop's code: 626–629 en/sv, 630–635 vi)",
    has: (n) => n >= 626 && n <= 635,
  },
  {
    name: "batch 64 (2026-12-07, a later session, run first on the last stop's code: 636–639 en/sv, 640–645 vi)",
    has: (n) => n >= 636 && n <= 645,
  },
  {
    name: 'batch 65 (2026-12-07, the same session, run first on its rules of the moment: 646–649 en/sv, 650–655 vi)',
    has: (n) => n >= 646 && n <= 655,
  },
  {
    name: 'batch 66 (2026-12-07, the same session, run first on its rules of the moment: 656–659 en/sv, 660–665 vi)',
    has: (n) => n >= 656 && n <= 665,
  },
  {
    name: 'batch 67 (2026-12-07, the same session, run first on its rules of the moment: 666–669 en/sv, 670–675 vi)',
    has: (n) => n >= 666 && n <= 675,
  },
  {
    name: 'batch 68 (2026-12-07, the same session, run first on its rules of the moment: 676–679 en/sv, 680–685 vi)',
    has: (n) => n >= 676 && n <= 685,
  },
  {
    name: 'batch 69 (2026-12-07, the same session, run first on its rules of the moment: 686–689 en/sv, 690–695 vi)',
    has: (n) => n >= 686 && n <= 695,
  },
  {
    name: "batch 70 (2026-12-07, a later session, run first on the last stop's code: 696–699 en/sv, 700–705 vi)",
    has: (n) => n >= 696 && n <= 705,
  },
  {
    name: "batch 71 (2026-12-07, the same session, run first on the last stop's code: 706–709 en/sv, 710–715 vi)",
    has: (n) => n >= 706 && n <= 715,
  },
  {
    name: 'batch 72 (2026-12-07, the same session, run first on its rules of the moment: 716–719 en/sv, 720–725 vi)',
    has: (n) => n >= 716 && n <= 725,
  },
  {
    name: 'batch 73 (2026-12-07, the same session, run first on its rules of the moment: 726–729 en/sv, 730–735 vi)',
    has: (n) => n >= 726 && n <= 735,
  },
  {
    name: 'batch 74 (2026-12-07, the same session, run first on its rules of the moment: 736–739 en/sv, 740–745 vi)',
    has: (n) => n >= 736 && n <= 745,
  },
  {
    name: 'batch 75 (2026-12-07, the same session, run first on its rules of the moment: 746–749 en/sv, 750–755 vi)',
    has: (n) => n >= 746 && n <= 755,
  },
  {
    name: 'batch 76 (2026-12-07, the same session, run first on its rules of the moment: 756–759 en/sv, 760–765 vi)',
    has: (n) => n >= 756 && n <= 765,
  },
  {
    name: 'batch 77 (2026-12-07, the same session, run first on its rules of the moment: 766–769 en/sv, 770–775 vi)',
    has: (n) => n >= 766 && n <= 775,
  },
  {
    name: 'batch 78 (2026-12-07, a new session, run first on its first furniture rules: 776–779 en/sv, 780–785 vi)',
    has: (n) => n >= 776 && n <= 785,
  },
  {
    name: 'batch 79 (2026-12-07, the same session, written with batch 78 and run first on the same code: 786–789 en/sv, 790–795 vi)',
    has: (n) => n >= 786 && n <= 795,
  },
  {
    name: "batch 80 (2026-12-07, the same session, written while batches 78 and 79's first rules were made and run first on them: 796–799 en/sv, 800–805 vi)",
    has: (n) => n >= 796 && n <= 805,
  },
  {
    name: "batch 81 (2026-12-07, the same session, written with batch 80 and run first on code with one more rule than batch 80's first run: 806–809 en/sv, 810–815 vi)",
    has: (n) => n >= 806 && n <= 815,
  },
  {
    name: "batch 82 (2026-12-07, the same session, written while batches 80 and 81's rules were made and run first on them: 816–819 en/sv, 820–825 vi)",
    has: (n) => n >= 816 && n <= 825,
  },
  {
    name: 'batch 83 (2026-12-07, the same session, written with batch 82 and run first on the same code: 826–829 en/sv, 830–835 vi)',
    has: (n) => n >= 826 && n <= 835,
  },
  {
    name: "batch 84 (2026-12-07, the same session, written while batches 82 and 83's rules were made and run first on them: 836–839 en/sv, 840–845 vi)",
    has: (n) => n >= 836 && n <= 845,
  },
  {
    name: 'batch 85 (2026-12-07, the same session, written with batch 84 and run first on the same code: 846–849 en/sv, 850–855 vi)',
    has: (n) => n >= 846 && n <= 855,
  },
  {
    name: "batch 86 (2026-12-07, the same session, written while batches 84 and 85's rules were made and run first on them: 856–859 en/sv, 860–865 vi)",
    has: (n) => n >= 856 && n <= 865,
  },
  {
    name: 'batch 87 (2026-12-07, the same session, written with batch 86 and run first on the same code: 866–869 en/sv, 870–875 vi)',
    has: (n) => n >= 866 && n <= 875,
  },
  {
    name: 'batch 88 (2026-12-07, a new session, run first on its first rules (cold-start work, unmarked numbered districts): 876–879 en/sv, 880–885 vi)',
    has: (n) => n >= 876 && n <= 885,
  },
  {
    name: 'batch 89 (2026-12-07, the same session, written with batch 88 and run first on the same code: 886–889 en/sv, 890–895 vi)',
    has: (n) => n >= 886 && n <= 895,
  },
  {
    name: "batch 90 (2026-12-07, the same session, written while batches 88 and 89's rules were made and run first on them: 896–899 en/sv, 900–905 vi)",
    has: (n) => n >= 896 && n <= 905,
  },
  {
    name: 'batch 91 (2026-12-07, the same session, written with batch 90 and run first on the same code: 906–909 en/sv, 910–915 vi)',
    has: (n) => n >= 906 && n <= 915,
  },
  {
    name: "batch 92 (2026-12-07, the same session, written while batches 90 and 91's rules were made and run first on them: 916–919 en/sv, 920–925 vi)",
    has: (n) => n >= 916 && n <= 925,
  },
  {
    name: 'batch 93 (2026-12-07, the same session, written with batch 92 and run first on the same code: 926–929 en/sv, 930–935 vi)',
    has: (n) => n >= 926 && n <= 935,
  },
  {
    name: 'batch 94 (2026-12-07, a new session, run first on its first two rules (given names on short lines, Swedish menu towns): 936–939 en/sv, 940–945 vi)',
    has: (n) => n >= 936 && n <= 945,
  },
  {
    name: 'batch 95 (2026-12-07, the same session, written with batch 94 and run first on the same code: 946–949 en/sv, 950–955 vi)',
    has: (n) => n >= 946 && n <= 955,
  },
  {
    name: "batch 96 (2026-12-07, the same session, written while batches 94 and 95's rules were made and run first on them: 956–959 en/sv, 960–965 vi)",
    has: (n) => n >= 956 && n <= 965,
  },
  {
    name: 'batch 97 (2026-12-07, the same session, written with batch 96 and run first on the same code: 966–969 en/sv, 970–975 vi)',
    has: (n) => n >= 966 && n <= 975,
  },
  {
    name: "batch 98 (2026-12-07, the same session, written while batches 96 and 97's rules were made and run first on them: 976–979 en/sv, 980–985 vi)",
    has: (n) => n >= 976 && n <= 985,
  },
  {
    name: 'batch 99 (2026-12-07, the same session, written with batch 98 and run first on the same code: 986–989 en/sv, 990–995 vi)',
    has: (n) => n >= 986 && n <= 995,
  },
  {
    name: "batch 100 (2026-12-07, the same session, written while batches 98 and 99's rules were made and run first on them: 996–999 en/sv, 1000–1005 vi)",
    has: (n) => n >= 996 && n <= 1005,
  },
  {
    name: 'batch 101 (2026-12-07, the same session, written with batch 100 and run first on the same code: 1006–1009 en/sv, 1010–1015 vi)',
    has: (n) => n >= 1006 && n <= 1015,
  },
  {
    name: "batch 102 (2026-12-07, the same session, written while batches 100 and 101's rules were made and run first on them: 1016–1019 en/sv, 1020–1025 vi)",
    has: (n) => n >= 1016 && n <= 1025,
  },
  {
    name: 'batch 103 (2026-12-07, the same session, written with batch 102 and run first on the same code: 1026–1029 en/sv, 1030–1035 vi)',
    has: (n) => n >= 1026 && n <= 1035,
  },
  {
    name: "batch 104 (2026-12-07, the same session, written while batches 102 and 103's rules were made and run first on them: 1036–1039 en/sv, 1040–1045 vi)",
    has: (n) => n >= 1036 && n <= 1045,
  },
  {
    name: 'batch 105 (2026-12-07, the same session, written with batch 104 and run first on the same code: 1046–1049 en/sv, 1050–1055 vi)',
    has: (n) => n >= 1046 && n <= 1055,
  },
  {
    name: "batch 106 (2026-12-07, a later session, written while the language detector was studied and run first on the last stop's code: 1056–1059 en/sv, 1060–1065 vi)",
    has: (n) => n >= 1056 && n <= 1065,
  },
  {
    name: 'batch 107 (2026-12-07, the same session, written with batch 106 and run first on the same code: 1066–1069 en/sv, 1070–1075 vi)',
    has: (n) => n >= 1066 && n <= 1075,
  },
  {
    name: 'batch 108 (2026-12-07, the same session, written with batch 107 and run first on the same code: 1076–1079 en/sv, 1080–1085 vi)',
    has: (n) => n >= 1076 && n <= 1085,
  },
  {
    name: "batch 109 (2026-12-07, the same session, written while batches 106–108's rules were made and run first on them: 1086–1089 en/sv, 1090–1095 vi)",
    has: (n) => n >= 1086 && n <= 1095,
  },
  {
    name: 'batch 110 (2026-12-07, the same session, written with batch 109 and run first on the same code: 1096–1099 en/sv, 1100–1105 vi)',
    has: (n) => n >= 1096 && n <= 1105,
  },
  {
    name: 'batch 111 (2026-12-07, the same session, written with batch 109 and run first on the same code: 1106–1109 en/sv, 1110–1115 vi)',
    has: (n) => n >= 1106 && n <= 1115,
  },
  {
    name: "batch 112 (2026-12-07, the same session, written while batches 109–111's rules were made and run first on them: 1116–1119 en/sv, 1120–1125 vi)",
    has: (n) => n >= 1116 && n <= 1125,
  },
  {
    name: 'batch 113 (2026-12-07, the same session, written with batch 112 and run first on the same code: 1126–1129 en/sv, 1130–1135 vi)',
    has: (n) => n >= 1126 && n <= 1135,
  },
  {
    name: 'batch 114 (2026-12-07, the same session, written with batch 112 and run first on the same code: 1136–1139 en/sv, 1140–1145 vi)',
    has: (n) => n >= 1136 && n <= 1145,
  },
  {
    name: "batch 115 (2026-12-07, the same session, written while batches 112–114's rules were made and run first on them: 1146–1149 en/sv, 1150–1155 vi)",
    has: (n) => n >= 1146 && n <= 1155,
  },
  {
    name: 'batch 116 (2026-12-07, the same session, written with batch 115 and run first on the same code: 1156–1159 en/sv, 1160–1165 vi)',
    has: (n) => n >= 1156 && n <= 1165,
  },
  {
    name: 'batch 117 (2026-12-07, the same session, written with batch 115 and run first on the same code: 1166–1169 en/sv, 1170–1175 vi)',
    has: (n) => n >= 1166 && n <= 1175,
  },
  {
    name: 'batch 118 (2026-12-07, a later session, run first on its first two rules (a given name after a word of address, namesakes by stated age): 1176–1179 en/sv, 1180–1185 vi)',
    has: (n) => n >= 1176 && n <= 1185,
  },
  {
    name: 'batch 119 (2026-12-07, the same session, written with batch 118 and run first on the same code: 1186–1189 en/sv, 1190–1195 vi)',
    has: (n) => n >= 1186 && n <= 1195,
  },
  {
    name: "batch 120 (2026-12-07, the same session, written while batches 118 and 119's rules were made and run first on them: 1196–1199 en/sv, 1200–1205 vi)",
    has: (n) => n >= 1196 && n <= 1205,
  },
  {
    name: 'batch 121 (2026-12-07, the same session, written with batch 120 and run first on the same code: 1206–1209 en/sv, 1210–1215 vi)',
    has: (n) => n >= 1206 && n <= 1215,
  },
  {
    name: "batch 122 (2026-12-07, the same session, written while batches 120 and 121's rules were made and run first on them: 1216–1219 en/sv, 1220–1225 vi)",
    has: (n) => n >= 1216 && n <= 1225,
  },
  {
    name: 'batch 123 (2026-12-07, the same session, written with batch 122 and run first on the same code: 1226–1229 en/sv, 1230–1235 vi)',
    has: (n) => n >= 1226 && n <= 1235,
  },
  {
    name: "batch 124 (2026-12-07, the same session, written while batches 122 and 123's rules were made and run first on them: 1236–1239 en/sv, 1240–1245 vi)",
    has: (n) => n >= 1236 && n <= 1245,
  },
  {
    name: 'batch 125 (2026-12-07, the same session, written with batch 124 and run first on the same code: 1246–1249 en/sv, 1250–1255 vi)',
    has: (n) => n >= 1246 && n <= 1255,
  },
  {
    name: "batch 126 (2026-12-07, the same session, written while batches 124 and 125's rules were made and run first on the session's final code: 1256–1259 en/sv, 1260–1265 vi)",
    has: (n) => n >= 1256 && n <= 1265,
  },
  {
    name: 'batch 127 (2026-12-07, the same session, written with batch 126 and run first on the same code: 1266–1269 en/sv, 1270–1275 vi)',
    has: (n) => n >= 1266 && n <= 1275,
  },
  {
    name: "batch 128 (2026-12-08, a new session, run first on the last stop's code: 1276–1279 en/sv, 1280–1285 vi)",
    has: (n) => n >= 1276 && n <= 1285,
  },
  {
    name: 'batch 129 (2026-12-08, the same session, written with batch 128 and run first on the same code: 1286–1289 en/sv, 1290–1295 vi)',
    has: (n) => n >= 1286 && n <= 1295,
  },
  {
    name: "batch 130 (2026-12-08, the same session, written while batches 128 and 129's first rules were made and run first on them: 1296–1299 en/sv, 1300–1305 vi)",
    has: (n) => n >= 1296 && n <= 1305,
  },
  {
    name: 'batch 131 (2026-12-08, the same session, written with batch 130 and run first on the same code: 1306–1309 en/sv, 1310–1315 vi)',
    has: (n) => n >= 1306 && n <= 1315,
  },
  {
    name: "batch 132 (2026-12-08, the same session, written while batches 130 and 131's rules were made and run first on them: 1316–1319 en/sv, 1320–1325 vi)",
    has: (n) => n >= 1316 && n <= 1325,
  },
  {
    name: 'batch 133 (2026-12-08, the same session, written with batch 132 and run first on the same code: 1326–1329 en/sv, 1330–1335 vi)',
    has: (n) => n >= 1326 && n <= 1335,
  },
  {
    name: "batch 134 (2026-12-08, the same session, written while batches 132 and 133's rules were made and run first on them: 1336–1339 en/sv, 1340–1345 vi)",
    has: (n) => n >= 1336 && n <= 1345,
  },
  {
    name: 'batch 135 (2026-12-08, the same session, written with batch 134 and run first on the same code: 1346–1349 en/sv, 1350–1355 vi)',
    has: (n) => n >= 1346 && n <= 1355,
  },
  {
    name: "batch 136 (2026-12-08, the same session, written while batches 134 and 135's rules were made and run first on them: 1356–1359 en/sv, 1360–1365 vi)",
    has: (n) => n >= 1356 && n <= 1365,
  },
  {
    name: 'batch 137 (2026-12-08, the same session, written with batch 136 and run first on the same code: 1366–1369 en/sv, 1370–1375 vi)',
    has: (n) => n >= 1366 && n <= 1375,
  },
  {
    name: "batch 138 (2026-12-08, the same session, written while batches 136 and 137's rules were made and run first on them: 1376–1379 en/sv, 1380–1385 vi)",
    has: (n) => n >= 1376 && n <= 1385,
  },
  {
    name: 'batch 139 (2026-12-08, the same session, written with batch 138 and run first on the same code: 1386–1389 en/sv, 1390–1395 vi)',
    has: (n) => n >= 1386 && n <= 1395,
  },
  {
    name: 'batch 140 (2026-12-08, a new session, run first on its first rules (prefectures named alone in lists, cues kept on their line): 1396–1399 en/sv, 1400–1405 vi)',
    has: (n) => n >= 1396 && n <= 1405,
  },
  {
    name: 'batch 141 (2026-12-08, the same session, written with batch 140 and run first on the same code: 1406–1409 en/sv, 1410–1415 vi)',
    has: (n) => n >= 1406 && n <= 1415,
  },
  {
    name: "batch 142 (2026-12-08, the same session, written while batches 140 and 141's rules were made and run first on them: 1416–1419 en/sv, 1420–1425 vi)",
    has: (n) => n >= 1416 && n <= 1425,
  },
  {
    name: 'batch 143 (2026-12-08, the same session, written with batch 142 and run first on the same code: 1426–1429 en/sv, 1430–1435 vi)',
    has: (n) => n >= 1426 && n <= 1435,
  },
  {
    name: "batch 144 (2026-12-08, the same session, written while batches 142 and 143's rules were made and run first on them: 1436–1439 en/sv, 1440–1445 vi)",
    has: (n) => n >= 1436 && n <= 1445,
  },
  {
    name: 'batch 145 (2026-12-08, the same session, written with batch 144 and run first on the same code: 1446–1449 en/sv, 1450–1455 vi)',
    has: (n) => n >= 1446 && n <= 1455,
  },
];

const DEV_TYPES = new Set(['person', 'place', 'sea', 'org', 'organization', 'term']);
const counts = () => ({
  pages: 0,
  ent: 0,
  found: 0,
  right: 0,
  devEnt: 0,
  devRight: 0,
  refs: 0,
  refsOk: 0,
  traps: 0,
  trapsHit: 0,
  title: 0,
  date: 0,
  outlet: 0,
  lang: 0,
});
const all = counts();
const byBatch = BATCHES.map(() => counts());
const lines = [];
// A page counts once its batch is listed in BATCHES: a batch being written is left out.
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && BATCHES.some((b) => b.has(Number.parseInt(f, 10))))
  .sort()) {
  const text = readFileSync(join(dir, f), 'utf8');
  const g = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/u, '.gold.json')), 'utf8'));
  const a = analyze(text);
  const batch = byBatch[BATCHES.findIndex((b) => b.has(Number.parseInt(f, 10)))];
  // The page's counts, added to the whole and to its batch at the end.
  const t = counts();
  const mentions = a.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id, name: e.name })));
  const at = (start, end) => mentions.filter((m) => m.start < end && m.end > start);
  const misses = [];
  t.pages++;
  for (const e of g.entities) {
    t.ent++;
    // The types the dev set's gold holds (people, places, organisations, terms; a sea is a place):
    // offices, outlets, agreements and events the helpers also annotate are not among them.
    const devType = DEV_TYPES.has(e.type);
    if (devType) t.devEnt++;
    const want = new Set([...formsOf(e.name_en), ...formsOf(e.name_vi), e.surface].map(fold));
    const ids = new Set([...idsOf(e.name_en), ...idsOf(e.name_vi)]);
    const good = (id, name) =>
      ids.has(id) || id.startsWith('local:') || namesOf(id, name).some((n) => want.has(n));
    const hits = occurrences(text, e.surface).flatMap((s) => at(s, s + e.surface.length));
    if (hits.length === 0) {
      if (a.entities.some((x) => namesOf(x.id, x.name).some((n) => want.has(n)))) {
        t.found++;
        t.right++;
        if (devType) t.devRight++;
      } else misses.push(`- missed ${e.type} "${e.surface}"`);
      continue;
    }
    t.found++;
    if (hits.some((m) => good(m.id, m.name))) {
      t.right++;
      if (devType) t.devRight++;
    } else
      misses.push(
        `- "${e.surface}" (${e.name_en}) read as ${[...new Set(hits.map((m) => m.id))].join(', ')}`,
      );
  }
  for (const r of g.short_refs ?? []) {
    t.refs++;
    const near = text.indexOf(r.near);
    const s = near < 0 ? -1 : near + r.near.indexOf(r.surface);
    const ids = idsOf(r.refers_to);
    const hits = s < 0 ? [] : at(s, s + r.surface.length);
    const wanted = formsOf(r.refers_to).map((f) => wordSet(fold(f)));
    if (hits.some((m) => ids.has(m.id) || namesOf(m.id, m.name).some((n) => wanted.includes(wordSet(n)))))
      t.refsOk++;
    else
      misses.push(
        `- short reference "${r.surface}" → want ${r.refers_to}, got ${hits.map((m) => m.id).join(', ') || 'nothing'}`,
      );
  }
  for (const m of g.must_not ?? []) {
    t.traps++;
    // Only a mention of exactly the trap's words (the gold's traps also stand inside right names).
    const hits = occurrences(text, m.surface).flatMap((s) =>
      mentions.filter((x) => x.start === s && x.end === s + m.surface.length),
    );
    if (hits.length > 0) {
      t.trapsHit++;
      misses.push(`- trap "${m.surface}" read as ${hits.map((x) => x.id).join(', ')} (the gold: ${m.why})`);
    }
  }
  if ((a.title?.text ?? null) === g.title) t.title++;
  else misses.push(`- title: want ${JSON.stringify(g.title)}, got ${JSON.stringify(a.title?.text ?? null)}`);
  const iso = a.published?.iso ?? null;
  if (g.published === null ? iso === null : iso?.startsWith(g.published)) t.date++;
  else misses.push(`- published: want ${g.published}, got ${iso}`);
  const outletNames = a.outlet
    ? [a.outlet.text, a.outlet.name, ...(a.outlet.entityId ? namesOf(a.outlet.entityId) : [])].map(fold)
    : [];
  if (g.outlet === null ? a.outlet === null : outletNames.includes(fold(g.outlet))) t.outlet++;
  else misses.push(`- outlet: want ${g.outlet}, got ${a.outlet ? a.outlet.text : null}`);
  if (a.language.code === g.language) t.lang++;
  else misses.push(`- language: want ${g.language}, got ${a.language.code}`);
  if (misses.length > 0) lines.push(`### ${f.replace(/\.txt$/u, '')}`, '', ...misses, '');
  for (const sum of batch ? [all, batch] : [all]) for (const k of Object.keys(t)) sum[k] += t[k];
}

const pct = (a, b) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
const out = [
  '# Pages written blind',
  '',
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. ${all.pages} pages of corpus/blind (\`npm run bench:blind\`); how they were made and how each figure is counted: bench/blind.mjs.`,
  '',
  `| figure | ${BATCHES.map((b) => b.name).join(' | ')} | all |`,
  `|---|${BATCHES.map(() => '---:|').join('')}---:|`,
  ...[
    ['language', 'lang', 'pages'],
    ['title', 'title', 'pages'],
    ['published date', 'date', 'pages'],
    ["outlet (the gold's one)", 'outlet', 'pages'],
    ['gold entities with a mention', 'found', 'ent'],
    ['gold entities read right', 'right', 'ent'],
    ["… of the dev set's types (person, place, sea, org, term)", 'devRight', 'devEnt'],
    ['short references resolved', 'refsOk', 'refs'],
    [
      'traps with a mention of exactly their words (read each below: most warn against another sense than the one read)',
      'trapsHit',
      'traps',
    ],
  ].map(([label, k, of]) => `| ${label} | ${[...byBatch, all].map((c) => pct(c[k], c[of])).join(' | ')} |`),
  '',
  '## Misses',
  '',
  ...lines,
];
writeFileSync(join(import.meta.dirname, 'BLIND.md'), `${out.join('\n').trimEnd()}\n`);
console.log(out.slice(4, 15).join('\n'));
