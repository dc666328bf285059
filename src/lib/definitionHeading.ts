/** The Russian names of the acts the definitions come from, as Adilet titles them. */
const actsRu: Record<string, string> = {
  'Criminal Code': 'Уголовный кодекс',
  'Law on Countering Terrorism': 'Закон «О противодействии терроризму»',
  'Law on Countering Extremism': 'Закон «О противодействии экстремизму»',
};

/**
 * A definition's heading in Russian, from its own words and its English title: "незаконное военизированное
 * формирование (Уголовный кодекс, ст. 3, п. 18)". The term is the statute's, before its dash; the build fails
 * on a title it cannot read, rather than show a heading it made up.
 */
export function russianDefinitionHeading(definition: { id: string; title: string; ru: string }): string {
  const where = /\((.+), Article (\d+), item ([\d-]+)\)$/.exec(definition.title);
  const act = where && actsRu[where[1]!];
  const term = definition.ru
    .replace(/^[\d-]+\)\s*/, '')
    .split(/\s[–-]\s/)[0]
    ?.trim()
    .replace(/[,;:]$/, '');
  if (!where || !act || !term) {
    throw new Error(
      `content/definitions.yaml (${definition.id}): the title "${definition.title}" does not end "(<act>, Article <n>, item <n>)" with an act of ${Object.keys(actsRu).join(', ')}, so its Russian heading cannot be given.`,
    );
  }
  return `${term.charAt(0).toUpperCase()}${term.slice(1)} (${act}, ст. ${where[2]}, п. ${where[3]})`;
}
