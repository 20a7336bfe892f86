/** Five story paragraphs (a council votes on a bridge) that tests wrap in page furniture: the text a good extraction keeps. */
export const STORY = [
  'The city council voted on Tuesday to approve a new bridge across the river, ending a debate that lasted more than three years and divided neighbours on both banks.',
  'Supporters said the bridge would cut commuting times in half and bring shoppers back to the old market district, which has lost a third of its stores since the ferry closed.',
  'Opponents, led by residents of the eastern bank, argued that the approach roads would cut through two parks and a school playground, and promised to challenge the vote in court.',
  'Construction is expected to begin next spring and to take about four years, the council said, at a cost of roughly 80 million dollars shared with the regional government.',
  'The mayor called the decision the most important of her term and thanked the engineers who redesigned the eastern ramp after the first plan was rejected by the planning board.',
];
