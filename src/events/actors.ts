/**
 * Actor mentions for event coding, built from the entities stage's output only:
 *   people and organisations (with their country, role types and known group),
 *   countries named or used as adjectives with a group noun ("Russian troops" → RUS MIL,
 *   "Tajikistan's army" → TJK MIL, "The Tajik and Russian defense ministers" → TJK GOV, RUS GOV),
 * plus location mentions (places and countries after a locative preposition), which the
 * visit and withdrawal frames use as the second actor.
 */
import type { Entity, EventPlace, Place, Segmentation, Span, Token } from '../core/types.js';
import { actorKnowledge, typesOfRoleText } from '../nlp/entities/index.js';
import { sentenceIndexAt } from '../nlp/segment.js';
import { firstEndingAfter, firstStartingAt, quotedRanges } from '../core/spans.js';
import { patternIndex } from './patterns.js';

export interface ActorMention extends Span {
  entity: Entity;
  countryCode: string | null;
  knownGroup: string | null;
  types: string[];
  /** Preceded by a locative preposition ("in Tajikistan", "from Afghanistan"). */
  locative: boolean;
  /** A bare demonym modifying a non-actor noun ("Syrian air base", "Israeli air strikes"). */
  adjective?: boolean;
  /** "the two sides", "both countries": the second of the two countries meant (this mention being the first). */
  partner?: ActorMention;
  /** Index of the first and one-past-last token. */
  t0: number;
  t1: number;
}

export interface LocationMention extends Span {
  countryCode: string | null;
  place: Place | null;
  name: string;
  t0: number;
}

/** A location mention as a place of an event or an actor; `source` says how it was chosen. */
export function placeOfLocation(l: LocationMention, source: string): EventPlace {
  return {
    name: l.place?.name ?? l.name,
    placeId: l.place?.id ?? null,
    geonameId: l.place?.geonameId ?? null,
    lat: l.place?.lat ?? null,
    lon: l.place?.lon ?? null,
    countryCode: l.place?.countryCode ?? null,
    featureCode: l.place?.featureCode ?? null,
    source,
  };
}

const LOCATIVE = /^(?:in|at|to|from|near|into|inside|across|throughout|within|around|outside|toward|towards|on)$/i;
const MODIFIER = /^(?:defense|defence|foreign|interior|migrant|security|special|government|armed|military|ruling|opposition|senior|top|local|federal|national|state|border|riot|new|interim|transitional|provisional|caretaker|central|regional|civilian|peacekeeping|elite|nationalist|islamist|separatist|rebel|paramilitary)$/i;


/** A group noun right after a demonym/possessive country: "troops", "defense ministers", "army". */
function groupAfter(tokens: Token[], i: number): { types: string[]; t1: number } | null {
  const k = actorKnowledge();
  const word = (t: Token | undefined) => (t ? t.text.toLowerCase().replace(/['’]s?$/, '') : '');
  let j = i;
  // Coordinated demonyms share the head: "Tajik and Russian defense ministers".
  while ((tokens[j]?.text === 'and' || tokens[j]?.text === ',') && k.countryForms.get(tokens[j + 1]?.text ?? '')?.kind === 'demonym') j += 2;
  // Up to two modifiers ("defense", "security"), unless the modifier starts a role phrase of its
  // own ("foreign minister") or is itself the head ("the military" before a non-role word).
  for (let m = 0; m < 2 && MODIFIER.test(tokens[j]?.text ?? ''); m++) {
    if (k.roles.has(`${word(tokens[j])} ${word(tokens[j + 1])}`)) break;
    if (k.roles.get(word(tokens[j]))?.kind === 'group' && !k.roles.has(word(tokens[j + 1]))) break;
    j++;
  }
  // The longest role phrase at the head.
  for (let n = Math.min(3, tokens.length - j); n >= 1; n--) {
    const role = k.roles.get(tokens.slice(j, j + n).map(word).join(' '));
    if (!role) continue;
    const types = typesOfRoleText(tokens.slice(i, j + n).map(word).join(' '));
    return { types: types.length ? types : [role.type], t1: j + n };
  }
  return null;
}

/**
 * Bare group nouns ("insurgents", "police", "protesters", "the government") are actors of the
 * article's focus country: news names the country once and then drops it.
 */
/** Words that may follow a group noun used as a head: prepositions, conjunctions, auxiliaries, common verbs. */
const HEAD_FOLLOWER = /^(?:of|in|on|at|from|to|with|by|for|and|or|but|who|which|that|are|were|was|is|have|has|had|will|would|could|should|may|might|must|can|did|do|also|said|say|says|told|tell|want|wants|plan|plans|claim|claims|deny|denies|continue|continued|began|begin|stormed|fired|opened|killed|clashed|arrested|detained|used|took|gave|made|held|seized|attacked|raided|entered|left|fled|marched|gathered|protested|demanded|called|urged|warned|accused|refused|rejected|agreed|launched|reported|announced|insisted|across|near|outside|inside|into|after|before|during|since|until|as|than|not)$/;

/** Generic plural heads that a group word may modify ("opposition groups", "rebel fighters"). */
const GROUP_HEAD = /^(?:groups|members|leaders|supporters|activists|figures|parties|fighters|units|factions)$/;

/** "and Greek sides": a coordinated demonym with a plural head (no event noun) follows token `j`. */
function peopleAfter(tokens: Token[], j: number): boolean {
  if (tokens[j]?.text !== 'and' || actorKnowledge().countryForms.get(tokens[j + 1]?.text ?? '')?.kind !== 'demonym') return false;
  const head = tokens[j + 2]?.text ?? '';
  return /^\p{Ll}+s$/u.test(head) && !/ss$/.test(head) && !isEventNoun(head) && !actorKnowledge().roles.has(head.toLowerCase());
}

/** A noun that triggers an event ("riots", "protests"): after a demonym it is the event, not people. */
function isEventNoun(word: string): boolean {
  return !!patternIndex().get(word.toLowerCase())?.some((p) => p.pos === 'noun');
}

function groupMentions(seg: Segmentation, focus: Entity): ActorMention[] {
  const k = actorKnowledge();
  const { tokens } = seg;
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text.toLowerCase();
    const two = i + 1 < tokens.length ? `${w} ${tokens[i + 1]!.text.toLowerCase()}` : '';
    const role = k.roles.get(two) ?? k.roles.get(w);
    // Group nouns are common nouns; a capitalised one only when it names people ("Islamists").
    const sentenceStart = i === 0 || /^[.!?"“]$/.test(tokens[i - 1]!.text);
    if (!role || role.kind !== 'group' || (!/^\p{Ll}/u.test(tokens[i]!.text) && !/ists$/.test(tokens[i]!.text) && !sentenceStart)) continue;
    // "foreign forces", "coalition troops" are not the focus country's.
    const OTHERS = /^(?:foreign|international|coalition|western|allied|multinational|nato|un|u\.n\.)$/i;
    if (OTHERS.test(tokens[i - 1]?.text ?? '')) continue;
    // … nor are "NATO peacekeeping troops", "AU-led peacekeeping forces": an organisation or such a
    // word, one lowercase modifier before the group noun.
    const before2 = tokens[i - 2]?.text ?? '';
    if (/^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && (OTHERS.test(before2) || k.orgForms.has(before2))) continue;
    let n = k.roles.has(two) ? 2 : 1;
    // "opposition groups", "rebel leaders": a generic head after the group word belongs to it.
    if (GROUP_HEAD.test(tokens[i + n]?.text ?? '')) n++;
    // A group noun modifying another noun is no actor: "a military aid program", "police posts".
    const next = tokens[i + n];
    // Targets stay actors though: "an attack on police posts" hits the police.
    const target = /^(?:on|at|against|targeting)$/i.test(tokens[i - 1]?.text ?? '');
    if (!target && next && /^\p{Ll}+$/u.test(next.text) && !HEAD_FOLLOWER.test(next.text) && !/ed$/.test(next.text)) continue;
    out.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end, entity: focus, countryCode: focus.country, knownGroup: null, types: [role.type], locative: false, t0: i, t1: i + n });
    i += n - 1;
  }
  return out;
}

/**
 * A group active in several countries (organizations.tsv country '*', such as the Taliban) takes
 * the article's focus country from the entities stage; a mention says better where its members
 * act: a demonym right before it ("the Pakistani Taliban"), else the country the sentence places
 * the act in ("Taliban militants stormed a checkpoint in Pakistan's Bajaur district").
 */
function placeMultiCountryGroups(tokens: Token[], seg: Segmentation, out: ActorMention[]): void {
  const k = actorKnowledge();
  // Later mentions with no evidence of their own keep the country last stated for the group.
  const lastPlaced = new Map<Entity, string>();
  for (const a of [...out].sort((x, y) => x.start - y.start)) {
    if (!a.knownGroup || a.entity.type !== 'ORG' || k.orgForms.get(a.entity.name)?.country !== '*') continue;
    const demonym = out.find((d) => d.adjective && d.t1 === a.t0 && d.countryCode);
    const s = seg.sentences[sentenceIndexAt(seg.sentences, a.start)];
    const place = demonym ?? (s ? out.find((m) => m.locative && m.entity.type === 'GPE' && m.countryCode && m.start >= s.start && m.end <= s.end && /^(?:in|inside|near|across|throughout)$/i.test(tokens[m.t0 - 1]?.text ?? '')) : undefined);
    if (place) {
      a.countryCode = place.countryCode;
      lastPlaced.set(a.entity, place.countryCode!);
    } else if (lastPlaced.has(a.entity)) a.countryCode = lastPlaced.get(a.entity)!;
  }
}

export function actorMentions(text: string, seg: Segmentation, entities: Entity[], focusCountry: string | null = null): ActorMention[] {
  const { tokens } = seg;
  const out: ActorMention[] = [];
  // The focus country as an actor; when the text never names it as such (only in the dateline),
  // a stand-in carries the country and no entity id.
  const focus: Entity | null = focusCountry
    ? entities.find((e) => e.type === 'GPE' && e.country === focusCountry) ??
      { id: '', type: 'GPE', name: actorKnowledge().countries.get(focusCountry)?.name ?? focusCountry, country: focusCountry, role: null, actorCode: focusCountry, actorTypes: [], knownGroup: null, mentions: [] }
    : null;
  for (const e of entities) {
    if (e.type === 'LOC' || e.type === 'MISC') continue;
    for (const m of e.mentions) {
      const t0 = firstEndingAfter(tokens, m.start);
      let t1 = firstEndingAfter(tokens, m.end - 1) + 1;
      let types = e.actorTypes;
      let end = m.end;
      const prev = tokens[t0 - 1];
      // A plural demonym names people, never a place: "refused entry to Ghanaians".
      // "in the Ivory Coast", "in the United States": a place after an article too.
      const placed = !!prev && (LOCATIVE.test(prev.text) || (/^the$/i.test(prev.text) && /^(?:in|inside|within|throughout)$/i.test(tokens[t0 - 2]?.text ?? '')));
      let locative = placed && e.type === 'GPE' && !(m.kind === 'demonym' && /s$/.test(m.text));
      // "the president of Armenia", "the government of Syria": a role of the country.
      const ofRole = e.type === 'GPE' && prev?.text === 'of' ? actorKnowledge().roles.get(tokens[t0 - 2]?.text.toLowerCase() ?? '') : undefined;
      if (ofRole) {
        out.push({ start: tokens[t0 - 2]!.start, end: m.end, entity: e, countryCode: e.country, knownGroup: null, types: [ofRole.type], locative: false, t0: t0 - 2, t1 });
        continue;
      }
      if (e.type === 'GPE') {
        const g = groupAfter(tokens, t1);
        if (g) {
          locative = false; // "linked to Russian President …" names a person, not a place
          types = g.types;
          t1 = g.t1;
          end = tokens[g.t1 - 1]!.end;
        } else if (m.kind === 'demonym' && !/s$/.test(m.text) && /^\p{L}+s$/u.test(tokens[t1]?.text ?? '') && !/ss$/.test(tokens[t1]!.text) && !LOCATIVE.test(tokens[t1]!.text) && !isEventNoun(tokens[t1]!.text)) {
          // A demonym with a plural noun names people: "Iraqi Kurds", "Algerian landowners".
          t1 += 1;
          end = tokens[t1 - 1]!.end;
          types = ['CVL'];
        } else if (m.kind === 'demonym' && !/s$/.test(m.text) && peopleAfter(tokens, t1)) {
          // "the Turkish and Greek sides": the first demonym shares the plural head.
          types = ['CVL'];
        } else if (m.kind === 'demonym' && !/s$/.test(m.text)) {
          // A bare adjective ("Tajik capital", "Syrian air base") is an actor only for the
          // frames that allow it (a conflict's target, a nominal event's modifier).
          // "near the Afghan border", "along the Syrian frontier" only says where: no actor.
          const det = /^the$/i.test(tokens[t0 - 1]?.text ?? '') ? t0 - 2 : t0 - 1;
          if (/^(?:near|along|across|beyond|toward|towards|nearby)$/i.test(tokens[det]?.text ?? '')) continue;
          out.push({ start: m.start, end: m.end, entity: e, countryCode: e.country, knownGroup: e.knownGroup, types, locative, adjective: true, t0, t1 });
          continue;
        }
      }
      // An organisation the text never places ("Sunni Arab clerics", a ministry) acts in the
      // article's focus country.
      const country = e.country ?? (e.type === 'ORG' && !e.knownGroup ? focusCountry : null);
      out.push({ start: m.start, end, entity: e, countryCode: country, knownGroup: e.knownGroup, types, locative, t0, t1 });
    }
  }
  // Subject "it" after a country or organisation: "Syria says it is willing to withdraw".
  const namedBefore = (types: string[], kinds: (k: string) => boolean) =>
    entities
      .filter((e) => types.includes(e.type))
      .flatMap((e) => e.mentions.filter((m) => kinds(m.kind)).map((m) => ({ e, start: m.start, end: m.end })))
      .sort((a, b) => a.start - b.start);
  const actorsNamed = namedBefore(['GPE', 'ORG'], (k) => k !== 'demonym');
  const countriesNamed = namedBefore(['GPE'], (k) => k === 'name');
  /** The last of `list` that ends before `at` (binary search on starts, then a short walk back). */
  const lastBefore = (list: typeof actorsNamed, at: number) => {
    const lo = firstStartingAt(list, at);
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (list[i]!.end <= at) return list[i]!;
    return null;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== 'it' && tokens[i]!.text !== 'It') continue;
    if (!/^(?:has|had|will|would|said|says|could|should|must|may|might|did|does|also|plans|planned|wants|wanted|intends|hopes|agreed|accused|rejected|refused|denied|expelled|warned|threatened|signed|sent|offered|announced|is)$/.test(tokens[i + 1]?.text ?? '')) continue;
    if (tokens[i + 1]!.text === 'is' && !/^(?:willing|ready|prepared|planning|seeking|trying|considering)$/.test(tokens[i + 2]?.text ?? '')) continue;
    const at = tokens[i]!.start;
    // The subject of the sentence is the likeliest antecedent ("Even as China … on North Korea,
    // it has …"): the first country or organisation of the sentence, else the last one before.
    const si = sentenceIndexAt(seg.sentences, at);
    const sentence = seg.sentences[si];
    const firstInSentence = sentence ? actorsNamed.find((m) => m.start >= sentence.start && m.end <= at) : undefined;
    // A sentence opening with "It" continues the previous sentence's subject ("The United States
    // is mediating … It has been trying …"), when that sentence opens with a country or organisation.
    let prevSubject: (typeof actorsNamed)[number] | undefined;
    if (!firstInSentence && si > 0 && sentence!.start === at) {
      const prev = seg.sentences[si - 1]!;
      const k = firstStartingAt(actorsNamed, prev.start);
      const cand = actorsNamed[k];
      if (cand && cand.end <= prev.end && cand.start - prev.start < 25 && !/\b(?:in|at|to|from|on|of)\s+(?:the\s+)?$/i.test(text.slice(prev.start, cand.start))) prevSubject = cand;
    }
    const best = firstInSentence ?? prevSubject ?? lastBefore(actorsNamed, at);
    if (best && at - best.end < 300) out.push({ start: at, end: tokens[i]!.end, entity: best.e, countryCode: best.e.country, knownGroup: best.e.knownGroup, types: best.e.actorTypes, locative: false, t0: i, t1: i + 1 });
  }
  // "the country", "the nation": the country named last before it, passing over names that only
  // modify a noun ("US relations with the country", "the US mainland"); when none was named in
  // the last 1,500 characters, the country of the lead's subject (the article's topic).
  const referents = countriesNamed.filter((m) => {
    let j = firstEndingAfter(tokens, m.end - 1) + 1;
    if (tokens[j]?.text === ')') j++;
    const next = tokens[j]?.text ?? '';
    return !/^\p{Ll}+$/u.test(next) || HEAD_FOLLOWER.test(next) || /ed$/.test(next) || !!patternIndex().get(next)?.some((p) => p.pos !== 'noun');
  });
  const topic = leadTopic(text, seg, out);
  for (let i = 1; i < tokens.length; i++) {
    if (!/^(?:country|nation)$/.test(tokens[i]!.text) || !/^the$/i.test(tokens[i - 1]!.text)) continue;
    const at = tokens[i - 1]!.start;
    const before = referents.filter((m) => m.end <= at);
    const last = before.at(-1);
    const ofTopic = topic ? countriesNamed.find((m) => m.e.country === topic.countryCode) : undefined;
    let best = last && at - last.end < 1500 ? last : ofTopic;
    // "between Pyongyang and Washington": a pair leaves the country open; the topic, when one of them.
    const other = before.at(-2);
    if (last && best === last && other && other.e.country !== last.e.country && /^\s*(?:and|or)\s+(?:the\s+)?$/i.test(text.slice(other.end, last.start))) {
      best = ofTopic && (ofTopic.e.country === last.e.country || ofTopic.e.country === other.e.country) ? ofTopic : undefined;
    }
    if (best) out.push({ start: at, end: tokens[i]!.end, entity: best.e, countryCode: best.e.country, knownGroup: null, types: [], locative: LOCATIVE.test(tokens[i - 2]?.text ?? ''), t0: i - 1, t1: i + 1 });
  }
  // "his country", "her government": the country of the person named last before it.
  const peopleNamed = namedBefore(['PERSON'], () => true).filter((m) => m.e.country);
  for (let i = 1; i < tokens.length; i++) {
    if (!/^(?:country|nation|government)(?:['’]s)?$/.test(tokens[i]!.text) || !/^(?:his|her)$/i.test(tokens[i - 1]!.text)) continue;
    const at = tokens[i - 1]!.start;
    const best = lastBefore(peopleNamed, at);
    if (!best || at - best.end > 200) continue;
    const country = entities.find((e) => e.type === 'GPE' && e.country === best.e.country && e.mentions.length > 0);
    const entity = country ?? best.e;
    const own = tokens[i + 1]?.text === "'s" || tokens[i + 1]?.text === '’s' ? i + 2 : i + 1;
    const g = tokens[i]!.text.startsWith('government') ? { types: ['GOV'], t1: i + 1 } : groupAfter(tokens, own);
    const t1 = g ? g.t1 : i + 1;
    out.push({ start: at, end: tokens[t1 - 1]!.end, entity, countryCode: best.e.country, knownGroup: null, types: g?.types ?? [], locative: LOCATIVE.test(tokens[i - 2]?.text ?? ''), t0: i - 1, t1 });
  }
  // "the two sides", "both countries": the last two countries named before, as one mention
  // with a partner.
  const allCountries = namedBefore(['GPE'], () => true).filter((m) => m.e.country);
  for (let i = 1; i < tokens.length; i++) {
    if (!/^(?:sides|countries|nations|governments)$/.test(tokens[i]!.text)) continue;
    const det = tokens[i - 1]!.text.toLowerCase();
    const t0 = det === 'two' && /^the$/i.test(tokens[i - 2]?.text ?? '') ? i - 2 : det === 'both' || (det === 'the' && tokens[i]!.text === 'sides') ? i - 1 : -1;
    if (t0 < 0) continue;
    const at = tokens[t0]!.start;
    // "It has been trying to persuade both sides": the subject acting on the two sides is
    // neither of them (a mediator), so its country is passed over.
    const sentence = seg.sentences[sentenceIndexAt(seg.sentences, at)];
    const subject = sentence && t0 > sentence.firstToken ? out.find((a) => a.start >= sentence.start && a.end <= at && !a.locative && !a.adjective) : undefined;
    const seen: Array<(typeof allCountries)[number]> = [];
    for (let k = firstStartingAt(allCountries, at) - 1; k >= 0 && seen.length < 2; k--) {
      const m = allCountries[k]!;
      if (at - m.end > 1500) break;
      if (subject?.countryCode && m.e.country === subject.countryCode) continue;
      if (m.end <= at && !seen.some((x) => x.e.country === m.e.country)) seen.push(m);
    }
    if (seen.length < 2) continue;
    const [b, a] = seen as [(typeof allCountries)[number], (typeof allCountries)[number]];
    const mk = (x: typeof a): ActorMention => ({ start: at, end: tokens[i]!.end, entity: x.e, countryCode: x.e.country, knownGroup: null, types: tokens[i]!.text === 'governments' ? ['GOV'] : [], locative: false, t0, t1: i + 1 });
    out.push({ ...mk(a), partner: mk(b) });
  }
  resolveAnaphora(text, seg, out, countriesNamed.map((m) => ({ country: m.e.country ?? '', start: m.start, end: m.end })).filter((m) => m.country));
  placeMultiCountryGroups(tokens, seg, out);
  // Group nouns come last so that a stated country ("Iraqi forces") always wins the overlap.
  const stated = out.slice();
  for (const g of focus ? groupMentions(seg, focus) : []) {
    if (stated.some((a) => a.start < g.end && g.start < a.end)) continue;
    // "NATO troops", "Taliban militants": the group belongs to the actor just before it.
    const owner = stated.find((a) => a.t1 === g.t0 && a.entity.type !== 'PERSON');
    if (owner) {
      owner.end = g.end;
      owner.t1 = g.t1;
      if (owner.types.length === 0) owner.types = g.types;
      continue;
    }
    // "its troops", "their forces" belong to the possessor, usually the clause's subject.
    if (/^(?:its|their|his|her)$/i.test(tokens[g.t0 - 1]?.text ?? '')) continue;
    out.push(g);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the widest mention where two overlap ("the Tajik president" over "Tajik").
  const kept: ActorMention[] = [];
  const actsFor = new Map<Entity, Entity>();
  for (const a of out) {
    const last = kept.at(-1);
    if (last && a.start < last.end) {
      // (not "his" over "his country's parliament", which names the country)
      if (a.entity.type === 'PERSON' && last.entity.type === 'GPE' && !(a.start === last.start && a.end < last.end && /^(?:his|her)$/i.test(text.slice(a.start, a.end)))) kept[kept.length - 1] = a;
      // Coordinated demonyms sharing one head ("the Russian and Syrian defense ministries") are two actors.
      else if (a.entity.type === 'GPE' && last.entity.type === 'GPE' && a.countryCode !== last.countryCode) {
        kept[kept.length - 1] = { ...last, end: tokens[last.t0]!.end, t1: last.t0 + 1 };
        kept.push({ ...a, types: last.types });
      }
      continue;
    }
    // "Uzbek President Shavkat Mirziyoyev": a title mention right before the person it titles is
    // that person, not a second actor.
    if (last && a.entity.type === 'PERSON' && last.entity.type === 'GPE' && a.countryCode === last.countryCode && a.start - last.end <= 1) {
      kept[kept.length - 1] = { ...a, start: last.start, t0: last.t0, types: a.types.length ? a.types : last.types };
      continue;
    }
    // "U.N. Secretary-General Kofi Annan": a person titled by an international organisation acts
    // for it, whatever country the person has.
    if (last && a.entity.type === 'PERSON' && last.entity.type === 'ORG' && last.knownGroup && last.types.includes('IGO') && a.t0 - last.t1 <= 3 && /^[\s\p{Lu}\p{Ll}.-]*$/u.test(text.slice(last.end, a.start)) && tokens.slice(last.t1, a.t0).every((t) => /^\p{Lu}/u.test(t.text) || t.text === '-')) {
      const entity = { ...a.entity, country: null, knownGroup: last.knownGroup, actorCode: last.entity.actorCode };
      actsFor.set(a.entity, entity);
      kept[kept.length - 1] = { ...a, entity, start: last.start, t0: last.t0, countryCode: null, knownGroup: last.knownGroup, types: last.types };
      continue;
    }
    kept.push(a);
  }
  // The person's other mentions ("he") act for the organisation too.
  if (actsFor.size > 0) {
    for (let k = 0; k < kept.length; k++) {
      const e = actsFor.get(kept[k]!.entity);
      if (e) kept[k] = { ...kept[k]!, entity: e, countryCode: null, knownGroup: e.knownGroup, types: kept[k]!.types.length ? kept[k]!.types : ['IGO'] };
    }
  }
  return kept;
}

/**
 * Anaphora, resolved only when one antecedent is clear (actorMentions calls this after the named
 * mentions, before group nouns):
 *   - "the regime": the government of the article's topic (the country of the lead sentence's
 *     subject), unless an actor of that country acts in the same sentence; else the country named
 *     last in the paragraph, when it is not the sentence subject's; else nothing;
 *   - "they": after a speech verb ("X declared that they …"), the sentence's subject; opening a
 *     sentence ("They were …"), the previous sentence's subject ("X and Y" as a pair); in both cases
 *     only an organisation or a group (never a person, a place or a bare country name);
 *   - "the group", "the militants", "the rebels": the one armed group or organisation named in this
 *     paragraph or the one before (none when two are).
 */
const SPEECH_VERB = /^(?:said|says|declared|declares|announced|announces|stated|states|insisted|insists|claimed|claims|added|warned|warns|vowed|vows|pledged|pledges|promised|promises|argued|argues|maintained|confirmed|confirms|stressed|stresses|reiterated|reiterates)$/;
const ARMED = new Set(['INS', 'REB', 'SEP']);
const GROUP_NOUN = /^(?:group|militants|insurgents|rebels|gunmen|kidnappers|fighters|extremists|jihadists|militia|separatists)$/;

/** People sent by an organisation, each class naming them interchangeably. */
const MEMBERS = [/^(?:observers|monitors)$/, /^inspectors$/, /^peacekeepers$/, /^(?:envoys|delegates|negotiators)$/];

interface NamedCountry { country: string; start: number; end: number }

/** An actor "they" or "the group" can stand for: an organisation or a group of a country, not a person, place or bare name. */
function collective(a: ActorMention): boolean {
  if (a.locative || a.adjective || a.partner || a.entity.type === 'PERSON') return false;
  if (a.entity.type === 'ORG') return !!a.countryCode || !!a.knownGroup;
  return a.entity.type === 'GPE' && !!a.countryCode && a.types.length > 0 && a.t1 - a.t0 > 1;
}

/** The article's topic: the lead's subject (the first actor of the first two sentences that is no place or modifier). */
function leadTopic(text: string, seg: Segmentation, out: ActorMention[]): ActorMention | null {
  for (const s of seg.sentences.slice(0, 2)) {
    const actors = out.filter((a) => a.start >= s.start && a.end <= s.end).sort((a, b) => a.start - b.start);
    const k = actors.findIndex((a) => !a.locative && !a.adjective);
    if (k < 0) continue;
    // "Ukraine and Russia": a pair is no single topic.
    const next = actors[k + 1];
    const paired = !!next && next.countryCode !== actors[k]!.countryCode && /^\s*(?:and|or)\s+(?:the\s+)?$/i.test(text.slice(actors[k]!.end, next.start));
    return paired ? null : actors[k]!;
  }
  return null;
}

/** The anaphoric words resolved here besides the member and group nouns. */
const ANAPHOR_WORD = /^(?:regime|they)$/i;

function resolveAnaphora(text: string, seg: Segmentation, out: ActorMention[], countries: NamedCountry[]): void {
  const { tokens, sentences } = seg;
  const named = out.slice().sort((a, b) => a.start - b.start);
  const inSpan = (lo: number, hi: number) => named.filter((a) => a.start >= lo && a.end <= hi);
  const copy = (a: ActorMention, i0: number, i1: number, types = a.types): ActorMention =>
    ({ start: tokens[i0]!.start, end: tokens[i1 - 1]!.end, entity: a.entity, countryCode: a.countryCode, knownGroup: a.knownGroup, types, locative: false, t0: i0, t1: i1 });
  const quoted = quotedRanges(text);
  const isQuoted = (at: number) => quoted.some((q) => q.start <= at && at < q.end);
  const topic = leadTopic(text, seg, out)?.countryCode ?? null;
  const added: ActorMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    // Only the few anaphoric words need their sentence (most tokens are not one of them).
    if (!ANAPHOR_WORD.test(w) && !MEMBERS.some((re) => re.test(w)) && !GROUP_NOUN.test(w)) continue;
    const at = tokens[i]!.start;
    const si = sentenceIndexAt(sentences, at);
    const s = sentences[si];
    if (!s) continue;
    const sentenceActors = inSpan(s.start, s.end);
    if (/^regime$/i.test(w) && /^the$/i.test(tokens[i - 1]!.text) && !/^(?:of|in|'s|’s)$/.test(tokens[i + 1]?.text ?? '')) {
      // Countries acting in the sentence are the regime's counterparts, not the regime.
      const acting = new Set(sentenceActors.filter((a) => !a.locative).map((a) => a.countryCode));
      let country = topic && !acting.has(topic) ? topic : null;
      if (!country) {
        const para = sentences.find((x) => x.paragraph === s.paragraph)!;
        const last = countries.filter((c) => c.end <= at && c.start >= para.start).at(-1);
        const subject = sentenceActors.find((a) => !a.locative && !a.adjective && a.end <= at);
        if (last && last.country !== subject?.countryCode) country = last.country;
      }
      const e = country ? named.find((a) => a.countryCode === country && a.entity.type === 'GPE')?.entity : undefined;
      if (e) added.push({ start: tokens[i - 1]!.start, end: tokens[i]!.end, entity: e, countryCode: country, knownGroup: null, types: ['GOV'], locative: false, t0: i - 1, t1: i + 1 });
      continue;
    }
    if (/^they$/i.test(w) && !isQuoted(at)) {
      // "X declared that they …": the sentence's subject.
      const verb = tokens[i - 1]!.text === 'that' ? i - 2 : i - 1;
      if (SPEECH_VERB.test(tokens[verb]?.text ?? '') && w === 'they') {
        const before = sentenceActors.filter((a) => a.end <= tokens[verb]!.start);
        const subject = before[0];
        if (subject && collective(subject) && before.every((a) => a === subject || a.locative || a.adjective)) added.push(copy(subject, i, i + 1));
        continue;
      }
      // "They …" opening a sentence: the previous sentence's subject.
      const opener = tokens.slice(s.firstToken, i).every((t) => /^(?:but|and|yet|however|,)$/i.test(t.text));
      if (!opener || si === 0) continue;
      const prev = sentences[si - 1]!;
      if (prev.paragraph !== s.paragraph && s.paragraph - prev.paragraph > 1) continue;
      const cands = inSpan(prev.start, prev.end);
      const first = cands[0];
      if (!first || first.start - prev.start > 25 || !collective(first)) continue;
      const m = copy(first, i, i + 1);
      const second = cands[1];
      if (second && collective(second) && /^\s*and\s+(?:the\s+)?$/i.test(text.slice(first.end, second.start))) m.partner = copy(second, i, i + 1);
      added.push(m);
      continue;
    }
    const members = MEMBERS.find((re) => re.test(w));
    if (members && /^the$/i.test(tokens[i - 1]!.text) && !/^(?:of|from)$/.test(tokens[i + 1]?.text ?? '')) {
      // "the observers", "the monitors": the organisation the same people were last said to be from
      // ("observers from the OSCE", "OSCE monitors"), in this paragraph or the two before.
      const para = sentences.find((x) => x.paragraph >= s.paragraph - 2)!;
      let owner: ActorMention | undefined;
      for (let j = i - 2; j >= para.firstToken && !owner; j--) {
        if (!members.test(tokens[j]!.text.toLowerCase())) continue;
        const after = /^(?:from|of)$/.test(tokens[j + 1]?.text ?? '') ? named.find((a) => a.t0 > j + 1 && a.t0 <= j + 4) : undefined;
        const before = named.find((a) => a.t1 === j || a.t1 === j - 1);
        owner = [after, before].find((a) => a && a.entity.type === 'ORG' && !a.locative && (a.knownGroup || a.countryCode));
      }
      if (owner) added.push(copy(owner, i - 1, i + 1));
      continue;
    }
    if (GROUP_NOUN.test(w) && /^the$/i.test(tokens[i - 1]!.text) && tokens[i + 1]?.text !== 'of') {
      const para = sentences.find((x) => x.paragraph >= s.paragraph - 1)!;
      const groups = named.filter((a) => a.end <= tokens[i - 1]!.start && a.start >= para.start && a.entity.type === 'ORG' && (a.countryCode || a.knownGroup) && (w === 'group' ? !a.types.some((t) => t === 'GOV' || t === 'IGO') : a.types.some((t) => ARMED.has(t))));
      const distinct = new Set(groups.map((a) => a.entity));
      if (distinct.size === 1) added.push(copy(groups[0]!, i - 1, i + 1));
    }
  }
  out.push(...added);
}

export function locationMentions(seg: Segmentation, entities: Entity[], places: Place[]): LocationMention[] {
  const { tokens } = seg;
  const k = actorKnowledge();
  const iso2to3 = new Map([...k.countries.values()].map((c) => [c.iso2, c.iso3]));
  const out: LocationMention[] = [];
  // Which characters a location already covers, so overlaps are checked in constant time.
  const covered = new Set<number>();
  const cover = (l: { start: number; end: number }) => { for (let i = l.start; i < l.end; i++) covered.add(i); };
  for (const p of places) {
    for (const m of p.mentions) {
      out.push({ start: m.start, end: m.end, countryCode: p.countryCode ? iso2to3.get(p.countryCode) ?? null : null, place: p, name: p.name, t0: firstEndingAfter(tokens, m.start) });
      cover(m);
    }
  }
  for (const e of entities) {
    if (e.type !== 'GPE') continue;
    for (const m of e.mentions) {
      if (m.kind === 'demonym') continue;
      if (covered.has(m.start) || covered.has(m.end - 1)) continue;
      out.push({ start: m.start, end: m.end, countryCode: e.country, place: null, name: e.name, t0: firstEndingAfter(tokens, m.start) });
      cover(m);
    }
  }
  // Capitals the places stage may not have resolved still locate a visit ("visited Dushanbe").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = k.countryForms.get(t.text);
    if (c?.kind === 'capital' && !covered.has(t.start)) {
      out.push({ start: t.start, end: t.end, countryCode: c.iso3, place: null, name: t.text, t0: i });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
