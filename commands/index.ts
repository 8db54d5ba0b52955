/** Every slash command the bot serves and deploys. */
import type { SlashCommand } from '../src/discord/commandTypes.js';
import * as add from './add.js';
import * as ask from './ask.js';
import * as compare from './compare.js';
import * as help from './help.js';
import * as quote from './quote.js';
import * as reload from './reload.js';
import * as remove from './remove.js';
import * as sources from './sources.js';
import * as timeline from './timeline.js';

export const commands: readonly SlashCommand[] = [ask, quote, compare, timeline, sources, reload, add, remove, help];
