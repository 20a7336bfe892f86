/** Function words left out of similarity and keyword matching (English, German, French, Spanish). */
export const STOPWORDS = new Set(
  (
    'a an the and or but if then than that this these those there here of to in on at by for from with without about into over under after before ' +
    'between through during as is are was were be been being am do does did doing have has had having not no nor so too very can could will would ' +
    'shall should may might must i me my we our you your he him his she her it its they them their what which who whom whose when where why how ' +
    'all any both each few more most other some such only own same just also now up down out off again further once said says say told according ' +
    'mr mrs ms one two new last next year years time like get got make made us u.s ' +
    'der die das und oder aber ein eine einer eines dem den des ist sind war waren mit von zu im in auf für nicht sich auch als an bei nach wie ' +
    'le la les un une des du de et ou mais est sont été avec pour par sur dans au aux ce cette qui que ne pas ' +
    'el los las unos unas y o pero es son fue con por para en del al lo que se no'
  ).split(/\s+/),
);
