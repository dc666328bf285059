import { readSourceText, sourceTextFile } from '../../corpus/sourceText';
import { findingsBySourceParagraph, type Source } from '../content';

/**
 * Everything a source's page shows: the source, its stored full text when it is reproduced, and the
 * findings that quote each paragraph. Fails the build when the entry promises a full text the project lacks.
 */
export async function loadSourcePage(source: Source) {
  const blocks = source.data.fullText ? readSourceText(source.id) : null;
  if (source.data.fullText && !blocks) {
    throw new Error(
      `content/sources/${source.id}.yaml says fullText: true, but ${sourceTextFile(source.id)} does not exist.`,
    );
  }
  return { source, blocks, quotedBy: await findingsBySourceParagraph(source.id) };
}

export type SourcePage = Awaited<ReturnType<typeof loadSourcePage>>;
