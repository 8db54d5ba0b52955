import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { terminalProgress } from '../cli/progressBar';
import { createDeskHolder } from '../desk/deskHolder';
import { contextMissingText } from '../desk/contextMissingText';
import { CorpusLoadError, type ConversationContext, type DeskHolder } from '../model/types';
import { formatCompareText } from '../claims/formatCompareText';
import { formatAnswerText, formatContextText, formatReloadText, formatSourcesText, formatSpeakersText, formatTimelineText } from './formatAnswerText';

export interface ConsoleOptions {
  corpusDir: string;
  input?: Readable;
  output?: Writable;
  /** An existing holder (tests); otherwise one is created from `corpusDir`. */
  holder?: DeskHolder;
}

const HELP = `Ask about the news coverage in the corpus. Commands:
  /ask <question>     (or just type the question)
  /quote <speaker> [about <topic>]
  /context <n>        the sentences around answer n of the last reply
  /compare [topic]    how the outlets' figures on a topic differ (no topic: who quoted whom)
  /timeline <topic>   how a topic developed, dated, in date order
  /more               the next answers
  /sources            articles in the corpus
  /reload             re-read the corpus folder
  /help               this text
  /quit               leave
Follow-ups use the previous turn: "what else did he say", "what about Blinken?", "and what did NPR report?", "what about last week?"
Time words narrow any question: "today", "this week", "last week", "in March", "since March 3", "between March 3 and April 1".`;

/**
 * The local console: the bot's commands on the bundled corpus, without Discord.
 * Resolves when the input ends or the user types /quit.
 */
export async function startConsole(options: ConsoleOptions): Promise<void> {
  const output = options.output ?? process.stdout;
  const write = (text: string) => output.write(`${text}\n`);
  // A large corpus takes minutes to index the first time: show progress on a terminal.
  const building = terminalProgress('Indexing the corpus');
  const holder = options.holder ?? (await createDeskHolder(options.corpusDir, { onProgress: building.update }));
  building.done();
  const rl = createInterface({ input: options.input ?? process.stdin, terminal: false });
  let context: ConversationContext | undefined;
  let last: { question: string; offset: number; sentenceIds: string[] } | undefined;

  const examples = holder.desk.examples();
  write(`Crisis Desk console — ${holder.desk.sources().articles.length} articles loaded. Type /help, or try: ${examples[0] ?? 'what did Stoltenberg say'}`);

  const ask = (question: string, offset = 0) => {
    const result = holder.desk.ask(question, { ...(context && { context }), offset });
    if (offset === 0) context = result.context;
    last = { question, offset, sentenceIds: result.answers.map((a) => a.sentenceId) };
    write(formatAnswerText(result));
  };

  for await (const line of rl) {
    const input = line.trim();
    if (!input) continue;
    const [command = '', ...rest] = input.split(/\s+/);
    const arg = rest.join(' ');
    try {
      switch (command.toLowerCase()) {
        case '/quit':
        case '/exit':
          rl.close();
          return;
        case '/help':
          write(`${HELP}\nExamples: ${holder.desk.examples().join(' | ')}`);
          break;
        case '/sources':
          write(`${formatSourcesText(holder.desk.sources())}\n\n${formatSpeakersText(holder.desk.speakersByOutlet())}`);
          break;
        case '/compare':
        case 'compare':
          write(arg ? formatCompareText(holder.desk.compare(arg)) : formatSpeakersText(holder.desk.speakersByOutlet()));
          break;
        case '/timeline':
        case 'timeline':
          write(arg ? formatTimelineText(holder.desk.timeline(arg)) : 'Usage: /timeline <topic>');
          break;
        case '/reload':
          {
            const reloading = terminalProgress('Reloading');
            const report = await holder.reload(reloading.update).finally(() => reloading.done());
            write(formatReloadText(report));
          }
          break;
        case '/more':
          if (last) ask(last.question, last.offset + 10);
          else write('Ask a question first.');
          break;
        case '/context': {
          const id = last?.sentenceIds[Number(arg || '1') - 1];
          const found = id ? holder.desk.context(id) : undefined;
          if (!found) write('No such answer: /context <number of an answer in the last reply>.');
          else write('missing' in found ? contextMissingText(found) : formatContextText(found));
          break;
        }
        case '/quote': {
          const [speaker, topic] = arg.split(/\s+about\s+/i);
          if (!speaker) write('Usage: /quote <speaker> [about <topic>]');
          else ask(`what did ${speaker} say${topic ? ` about ${topic}` : ''}`);
          break;
        }
        case '/ask':
          if (!arg) write('Usage: /ask <question>');
          else ask(arg);
          break;
        default:
          if (command.startsWith('/')) write(`Unknown command ${command}. Type /help.`);
          else ask(input);
      }
    } catch (error) {
      if (error instanceof CorpusLoadError) {
        write(`Reload failed; the previous corpus keeps serving.\n${error.problems.map((p) => `- ${p.file}: ${p.reason}`).join('\n')}`);
      } else {
        write('Something went wrong answering that; see the log.');
        console.error(error);
      }
    }
  }
}
