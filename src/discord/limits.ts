/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedTotal: 6000,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  embedsPerMessage: 10,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  threadName: 100,
  buttonLabel: 80,
} as const;
