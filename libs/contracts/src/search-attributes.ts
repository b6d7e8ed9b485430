import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Custom search attributes, kept current by the workflows so that administrators can list and count
 * workflows by business state in Temporal visibility. The same list registers them on a dev server or cluster.
 */
export const SearchAttributes = {
  DossierStage: defineSearchAttributeKey('DossierStage', SearchAttributeType.KEYWORD),
  AwardCode: defineSearchAttributeKey('AwardCode', SearchAttributeType.KEYWORD),
  UnitId: defineSearchAttributeKey('UnitId', SearchAttributeType.KEYWORD),
  DecidingLevel: defineSearchAttributeKey('DecidingLevel', SearchAttributeType.KEYWORD),
  StageDueAt: defineSearchAttributeKey('StageDueAt', SearchAttributeType.DATETIME),
  Assignee: defineSearchAttributeKey('Assignee', SearchAttributeType.KEYWORD),
  Year: defineSearchAttributeKey('Year', SearchAttributeType.INT),
} as const;

/** Search attribute types as the Temporal CLI spells them (`--search-attribute Name=Type`). */
const CLI_TYPE_NAMES: Record<SearchAttributeType, string> = {
  [SearchAttributeType.TEXT]: 'Text',
  [SearchAttributeType.KEYWORD]: 'Keyword',
  [SearchAttributeType.INT]: 'Int',
  [SearchAttributeType.DOUBLE]: 'Double',
  [SearchAttributeType.BOOL]: 'Bool',
  [SearchAttributeType.DATETIME]: 'Datetime',
  [SearchAttributeType.KEYWORD_LIST]: 'KeywordList',
};

/** `Name=Type` pairs for `temporal server start-dev --search-attribute` and `operator search-attribute create`. */
export function searchAttributeCliArgs(): string[] {
  return Object.values(SearchAttributes).map((key) => `${key.name}=${CLI_TYPE_NAMES[key.type]}`);
}
