import type { BotContext } from '../botContext.js';
import type { InteractionRouter } from '../router.js';

export interface EventDeps {
  ctx: BotContext;
  router: InteractionRouter;
}
