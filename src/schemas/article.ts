import { z } from 'astro/zod';
import type { StoredTexts } from '../corpus/storedTexts';
import { paragraphsOf } from '../corpus/sourceText';
import { containsVerbatim, notVerbatim } from '../corpus/verbatim';
import { amendedToDate } from './amendedTo';
import {
  articleNumber,
  checkPinpoint,
  inForceAnswer,
  checkQuotedFrom,
  concern,
  gapRole,
  historyKind,
  isoDate,
  partialDate,
  reviewDate,
  attributed,
  checkGrounded,
  namesArticle,
  paragraphNumber,
  prose,
  ref,
  referenceFile,
  slug,
  type Quotation,
} from './shared';

/**
 * Where a recommendation stands, as a held source says: recommended again by a UN body, reported not accepted,
 * or the wording reported changed. There is deliberately no "not implemented": absence of evidence is shown as
 * "no change found in the texts the project holds".
 */
export const recommendationStatus = z.enum(['recommended-again', 'reported-not-accepted', 'reported-changed']);
export type RecommendationStatus = z.infer<typeof recommendationStatus>;

/** Russian original (verbatim) beside our English translation. Paragraphs are separated by blank lines. */
const bilingual = z.strictObject({
  /** The Russian original, verbatim from the stored statute text (checked at build). */
  ru: z.string().min(1),
  /** The site's own English translation of `ru`, paragraph for paragraph. */
  en: z.string().min(1),
});

/** The imprisonment range of a part, read from its sanction, for tables and charts. */
const penalty = z.strictObject({
  /** Shortest term of imprisonment in years (0 when the sanction also allows non-custodial penalties). */
  minYears: z.number().min(0),
  /** Longest fixed term in years. */
  maxYears: z.number().positive(),
  /** Whether life imprisonment is available. */
  life: z.boolean().default(false),
  /** Whether the death penalty is available. */
  death: z.boolean().default(false),
  /**
   * Other penalties, in our words, e.g. "confiscation of property". Each starts with a word: in a YAML flow
   * list an unquoted "fine of 1,000" splits at the comma, and the fragment "000 …" would start with a digit.
   */
  other: z
    .array(z.string().regex(/^[A-Za-z]/, { error: 'must start with a word (quote items that contain commas)' }))
    .default([]),
});

/** One part of the article: its number and text, shown at #part-<n>. */
const part = bilingual.extend({
  /** The part number as printed. */
  n: z.number().int().positive(),
  /** The imprisonment range of this part's sanction. */
  penalty: penalty.optional(),
});

/** A law that amended the article, as its footnote lists it. */
const amendingLaw = z.strictObject({
  /** Date of the law, YYYY-MM-DD. */
  date: isoDate,
  /** Its number, e.g. "91-VI". */
  number: z.string().min(1),
});

/** A text of the article at a later date than the main text, where the reference shows one. */
const laterVersion = z.strictObject({
  /** The amending law. */
  law: amendingLaw,
  /** What changed, in our words. */
  change: prose,
  /** The stored text that shows the change (under content/reference/). */
  evidence: z.string().min(1),
  /** The changed words, in the language of `evidence`, verbatim from it. */
  changedText: z.string().min(1).optional(),
});

/** Which text is shown and when it was in force. */
const version = z.strictObject({
  /** Laws the footnote (Сноска) lists, oldest first. */
  amendedBy: z.array(amendingLaw),
  /** When the shown text took effect, in the words of the footnote. */
  inForceFrom: z.string().min(1),
  /**
   * The date of the snapshot that still shows this text unchanged, with the newest law it cites as "cites laws
   * up to DD.MM.YYYY No. …": statute citations say "as amended to" that date.
   */
  unchangedUntil: z.string().min(1),
  /** Whether this text was in force during the Special Rapporteur's visit (10–17 May 2019). */
  inForceDuringVisit: inForceAnswer,
  /** Whether this text was in force on 2–11 January 2022. */
  inForceJanuary2022: inForceAnswer,
  /** How we know, in our words. */
  basis: prose,
  /** Later texts, shown separately and dated, never mixed into the main text. */
  later: z.array(laterVersion).default([]),
});

/** The article's statutory text, from one stored reference file. */
const statute = z.strictObject({
  /** The stored Russian text under content/reference/, e.g. "criminal-code/ru-2020-05/255.ru.md". */
  file: referenceFile,
  /** Every part, in order. */
  parts: z.array(part).min(1),
  /** The note (Примечание) printed under the article, if any. */
  note: bilingual.optional(),
  /** The amendment footnote (Сноска), if the article has one. */
  footnote: bilingual.optional(),
  version,
});

/** The fields of an article; references are checked against `texts`. */
function articleFields(texts: StoredTexts) {
  /**
   * How the article stands against one standard (our analysis), and the findings we cite for it. The basis of
   * each gap→finding link is not recorded here but derived (src/lib/provenance.ts): "named in the source"
   * when that finding's links to this article and to this standard are both `named`, otherwise "our analysis".
   */
  const gap = z.strictObject({
    /** The standard. */
    standard: ref(texts, 'standards'),
    /**
     * `shortfall` (the default): the article falls short of the standard. `cannot-justify`: the standard is a duty
     * to prohibit (ICCPR art. 20(2)) that the article reaches beyond; pages say it cannot justify the article,
     * never that it sets a limit the State may restrict up to.
     */
    role: gapRole.default('shortfall').meta({
      description:
        '"shortfall": the article falls short of the standard. "cannot-justify": the standard is a duty to prohibit (ICCPR art. 20(2)) that the article reaches beyond, so it cannot justify the article, whose remaining reach must meet the other standards (art. 19(3)).',
    }),
    /** Why the article fails it, or why the standard cannot justify it, in the project's own words. */
    explanation: attributed(texts),
    /** The findings we cite in support (each link's basis is derived, see above). */
    findings: z.array(ref(texts, 'findings')).default([]),
    /** Concerns from the shared taxonomy. */
    concerns: z.array(concern).min(1),
  });

  /**
   * A documented use of the article: a case that a source ties to this article by naming it. A case a source
   * names without an article is an event of the timeline (`caseWithoutArticle`), never an application.
   */
  const application = z.strictObject({
    /** Stable slug, used in #application-<id>. */
    id: slug,
    /** When, as precisely as the source says, e.g. "April–May 2019". */
    when: z.string().min(1),
    /** What happened, in our words: who, what charge, what followed; the sentence relying on `paragraph` carries its words. */
    description: attributed(texts),
    /** The source that reports it: one whose text the project holds, so that the tie can be checked. */
    source: ref(texts, 'sources'),
    /** Paragraph in the source's stored text. */
    paragraph: paragraphNumber,
    /** The paragraph's own words that tie the case to this article, naming its number (checked at build). */
    tiedBy: z.string().min(1),
  });

  /**
   * A pinpoint that was published and no longer has content here (an application a source turned out not to
   * tie to this article): its address stays, and says what happened to it and where to look instead.
   */
  const withdrawnPinpoint = z.strictObject({
    /** The pinpoint's id as published, e.g. "application-cases-named-2019". */
    pinpoint: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** When it was withdrawn. */
    date: isoDate,
    /** Why, in our words, and where the reader finds the matter now. */
    note: attributed(texts),
  });

  /** A recommendation for the article: what should change, in our words, grounded in a source. */
  const recommendation = z.strictObject({
    /** Stable slug, used in #recommendation-<id>. */
    id: slug,
    /** The recommendation, in the project's own words; the sentence relying on `paragraph` carries its words. */
    text: attributed(texts),
    /** The source it rests on. */
    source: ref(texts, 'sources'),
    /** Paragraph in the source's stored text. */
    paragraph: paragraphNumber.optional(),
    /**
     * What else the recommendation draws on, in our words, where it goes beyond the paragraph it cites
     * (e.g. "the Rabat Plan of Action, para. 29, for intent and likelihood"); shown beside the source, so that
     * no element is credited to a paragraph that lacks it.
     */
    alsoDrawsOn: attributed(texts).optional(),
    /**
     * Where the recommendation stands, with its evidence: an event of the timeline (a later UN review, an
     * account of the UPR, an amendment reported). Without one the page says "no change found in the texts the
     * project holds (as of <lastReviewed>)", never that it was not implemented.
     */
    status: z
      .strictObject({
        kind: recommendationStatus,
        /** When the evidence dates from. */
        date: partialDate,
        /** The timeline event that is its evidence (content/timeline.yaml). */
        event: slug,
        /** What the evidence says, in our words, with its pinpoint and the source's words. */
        note: attributed(texts),
      })
      .optional(),
  });

  /**
   * Another English rendering of the article's title or of one of its key terms, as a UN document or another
   * publisher words it, so that a reader who knows the article by that name finds it. Only words that stand
   * verbatim in a stored text may be given: a paragraph of a reproduced source, or a reference text.
   */
  const otherName = z.strictObject({
    /** The rendering, verbatim from the stored text (checked at build). */
    quote: z.string().min(1),
    /** What it renders, in our words: "the title" or the Russian term, e.g. "рознь". */
    renders: z.string().min(1),
    /** Who uses it, as the page attributes it, e.g. "UN Special Rapporteur, preliminary findings (22 May 2019)". */
    by: z.string().min(1),
    /** A source the site reproduces, with the paragraph that holds the words… */
    source: ref(texts, 'sources').optional(),
    paragraph: paragraphNumber.optional(),
    /** …or a stored text under content/reference/ that holds them. */
    reference: referenceFile.optional(),
  });

  return z.strictObject({
    /** The article number as printed ("255", "20-1"); it is also the file name and the address. */
    number: articleNumber,
    /** Official title: Russian as printed, our English. */
    title: bilingual,
    /** Other English renderings of the title and key terms that the stored texts use (shown, attributed, and indexed for search). */
    otherNames: z.array(otherName).default([]),
    /** The chapter of the Code that holds the article. */
    chapter: z
      .strictObject({ number: z.number().int().positive(), ru: z.string().min(1), en: z.string().min(1) })
      .optional(),
    /** Main articles are reviewed in full; related ones are shown for context. */
    role: z.enum(['reviewed', 'related']),
    /** What is wrong with it, in one sentence of our own. */
    summary: attributed(texts),
    /** Concerns from the shared taxonomy. */
    concerns: z.array(concern).default([]),
    /** The statutory text, or absent when the project holds none (the page then says so). */
    statute: statute.optional(),
    /** The findings that concern it, in reading order. */
    findings: z.array(ref(texts, 'findings')).default([]),
    /** The standards it falls short of, and those that cannot justify it (`role: cannot-justify`). */
    gaps: z.array(gap).default([]),
    /** Documented applications. */
    applications: z.array(application).default([]),
    /** Pinpoints withdrawn from the page, each kept as an address that says why. */
    withdrawn: z.array(withdrawnPinpoint).default([]),
    /** What should change. */
    recommendations: z.array(recommendation).default([]),
    /** Related articles, by number, with why they matter here. */
    related: z.array(z.strictObject({ article: ref(texts, 'articles'), why: z.string().min(1) })).default([]),
    /** When the entry was last reviewed against its sources. */
    lastReviewed: reviewDate,
    /**
     * What changed in this entry, newest last. `kind: correction` marks the fix of an error (reported or found):
     * the review history and the feed show it as a correction, dated, so readers who cited the old text learn of it.
     */
    history: z.array(z.strictObject({ date: isoDate, change: attributed(texts), kind: historyKind.optional() })).min(1),
  });
}

/** One article of the Criminal Code of the Republic of Kazakhstan: content/articles/<number>.md, checked against `texts`. */
export function articleSchema(texts: StoredTexts) {
  return articleFields(texts).superRefine((article, ctx) => {
    checkStatuteVerbatim(article, texts, ctx);
    checkPartOrder(article, ctx);
    checkAmendedTo(article, ctx);
    checkPinpoints(article, texts, ctx);
    checkOtherNames(article, texts, ctx);
    checkUniqueIds(article, ctx);
    article.applications.forEach((a, i) => checkGrounded(ctx, a, a.description, ['applications', i, 'description']));
    checkPublicHistory(article, ctx);
    checkNoUnsourcedVerdict(article, ctx);
    article.recommendations.forEach((r, i) => checkGrounded(ctx, r, r.text, ['recommendations', i, 'text']));
  });
}

type Article = z.output<ReturnType<typeof articleFields>>;

/** The statutory Russian (parts, note, footnote) and later versions' changed words stand verbatim in their stored texts. */
function checkStatuteVerbatim(article: Article, texts: StoredTexts, ctx: z.RefinementCtx): void {
  const statute = article.statute;
  if (!statute) return;
  const quotations: Quotation[] = statute.parts.map((p, i) => ({ text: p.ru, path: ['statute', 'parts', i, 'ru'] }));
  if (statute.note) quotations.push({ text: statute.note.ru, path: ['statute', 'note', 'ru'] });
  if (statute.footnote) quotations.push({ text: statute.footnote.ru, path: ['statute', 'footnote', 'ru'] });
  checkQuotedFrom(ctx, texts, statute.file, ['statute', 'file'], quotations);
  statute.version.later.forEach((v, i) => {
    const path = ['statute', 'version', 'later', i];
    checkQuotedFrom(
      ctx,
      texts,
      v.evidence,
      [...path, 'evidence'],
      v.changedText ? [{ text: v.changedText, path: [...path, 'changedText'] }] : [],
    );
  });
}

/** Parts are listed in order, numbered from 1. */
function checkPartOrder(article: Article, ctx: z.RefinementCtx): void {
  article.statute?.parts.forEach((p, i) => {
    if (p.n !== i + 1)
      ctx.addIssue({
        code: 'custom',
        path: ['statute', 'parts', i, 'n'],
        message: `part ${p.n} is listed where part ${i + 1} belongs`,
      });
  });
}

/** The version statement names the date statute citations cite the text "as amended to". */
function checkAmendedTo(article: Article, ctx: z.RefinementCtx): void {
  const statute = article.statute;
  if (statute && !amendedToDate(statute.version.unchangedUntil)) {
    ctx.addIssue({
      code: 'custom',
      path: ['statute', 'version', 'unchangedUntil'],
      message:
        'names no date for "as amended to" in statute citations: say which laws the snapshot cites, as "cites laws up to DD.MM.YYYY No. …"',
    });
  }
}

/** Each other English name stands verbatim where it says: a source paragraph, or a reference text. */
function checkOtherNames(article: Article, texts: StoredTexts, ctx: z.RefinementCtx): void {
  article.otherNames.forEach((o, i) => {
    const path = ['otherNames', i];
    if (
      (o.source === undefined) === (o.reference === undefined) ||
      (o.source !== undefined) !== (o.paragraph !== undefined)
    ) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: 'give either source with paragraph, or reference: where the words stand',
      });
    } else if (o.source && o.paragraph !== undefined) {
      checkPinpoint(ctx, texts, o.source.id, o.paragraph, o.quote, path);
    } else if (o.reference) {
      checkQuotedFrom(ctx, texts, o.reference, [...path, 'reference'], [{ text: o.quote, path: [...path, 'quote'] }]);
    }
  });
}

/** Every paragraph an application or recommendation cites exists in its source's stored text. */
function checkPinpoints(article: Article, texts: StoredTexts, ctx: z.RefinementCtx): void {
  article.applications.forEach((a, i) => {
    checkPinpoint(ctx, texts, a.source.id, a.paragraph, undefined, ['applications', i]);
    checkTie(article.number, a, texts, ctx, ['applications', i, 'tiedBy']);
  });
  article.recommendations.forEach((r, i) => {
    if (r.paragraph !== undefined)
      checkPinpoint(ctx, texts, r.source.id, r.paragraph, undefined, ['recommendations', i]);
  });
}

/**
 * An application is a case the source ties to this article: the tying words stand in the cited paragraph and
 * name the article's number. A charge described in other words ("inciting hostility") is our inference.
 */
function checkTie(
  number: string,
  application: { source: { id: string }; paragraph: number; tiedBy: string },
  texts: StoredTexts,
  ctx: z.RefinementCtx,
  path: (string | number)[],
): void {
  if (!namesArticle(application.tiedBy, number)) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `does not name Article ${number}: an application is a case the source ties to this article by its number; a case it names without one belongs on the timeline (caseWithoutArticle: true)`,
    });
    return;
  }
  const para = paragraphsOf(texts.source(application.source.id) ?? []).find((p) => p.n === application.paragraph);
  if (para && !containsVerbatim(para.text, application.tiedBy)) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `is ${notVerbatim(`paragraph ${application.paragraph} of "${application.source.id}"`, para.text, application.tiedBy)}`,
    });
  }
}

/**
 * The review history is public: it says what changed for readers, not which reviewer's row asked for it. An
 * internal code ("(content review L8)", "(M2)") means nothing on the page and must not reach it.
 */
function checkPublicHistory(article: Article, ctx: z.RefinementCtx): void {
  const internal = /\b(content|translation|citation|ux|security) review\b|\((?:[A-Z]{1,2}\d+|\d+-\d+)\)/i;
  article.history.forEach((h, i) => {
    const code = internal.exec(h.change)?.[0];
    if (code) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', i, 'change'],
        message: `holds an internal review code ("${code}"): say what changed, in words a reader can use`,
      });
    }
  });
}

/**
 * "Not implemented" is a finding about the State that only a source can make. Our words may say it only in a
 * recommendation's status, whose evidence is a held source; anywhere else in a recommendation it fails.
 */
function checkNoUnsourcedVerdict(article: Article, ctx: z.RefinementCtx): void {
  const verdict =
    /\b(not (been |yet )?implemented|unimplemented|failed to implement|has ignored|ignored the recommendation)/i;
  article.recommendations.forEach((r, i) => {
    const found = verdict.exec(r.text)?.[0];
    if (found) {
      ctx.addIssue({
        code: 'custom',
        path: ['recommendations', i, 'text'],
        message: `says "${found}" without a source: give the recommendation a status whose evidence is a held source, or say "no change found in the texts the project holds"`,
      });
    }
  });
}

/** Application and recommendation ids are pinpoints on one page, so they must differ. */
function checkUniqueIds(article: Article, ctx: z.RefinementCtx): void {
  const ids = [
    ...article.applications.map((a) => `application-${a.id}`),
    ...article.recommendations.map((r) => `recommendation-${r.id}`),
  ];
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup)
    ctx.addIssue({
      code: 'custom',
      path: [dup.startsWith('application') ? 'applications' : 'recommendations'],
      message: `duplicate id "${dup}"`,
    });
}

export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
