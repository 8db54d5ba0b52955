/** Why an article was not added or removed; the message is shown to the moderator as is. */
export class IntakeError extends Error {
  override name = 'IntakeError';

  /**
   * @param missing required metadata that could not be found and must be given (outlet, title, published)
   * @param existing id of the article already in the corpus, for a duplicate
   */
  constructor(
    message: string,
    readonly details: { missing?: readonly MetadataField[]; existing?: string } = {},
  ) {
    super(message);
  }
}

export type MetadataField = 'outlet' | 'title' | 'published';
