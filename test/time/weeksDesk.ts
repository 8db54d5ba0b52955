import { createDesk } from '../../src/desk/createDesk';
import type { Desk } from '../../src/model/types';
import { deskFrom } from '../claims/support';

/**
 * Four weeks of coverage; the newest article ("now") is from Tuesday 22 February 2022, so
 * "this week" is 21–22 February and "last week" 14–20 February.
 */
export function weeksDesk(): Desk {
  return createDesk(
    deskFrom([
      { outlet: 'Alpha News', published: '2022-02-01', body: 'German Chancellor Olaf Scholz spoke in Berlin.\n\n“The pipeline is a private business project,” Scholz said.\n\nGas prices rose in Europe on Monday.' },
      { outlet: 'Beta Times', published: '2022-02-08', body: 'German Chancellor Olaf Scholz visited Washington.\n\n“All options are on the table for the pipeline,” Scholz said.\n\nGas prices rose in Europe on Friday.' },
      { outlet: 'Gamma Post', published: '2022-02-15', body: 'German Chancellor Olaf Scholz travelled to Moscow.\n\n“We will act together with our allies,” Scholz said.\n\nThe talks in Moscow lasted four hours.' },
      { outlet: 'Alpha News', published: '2022-02-22', body: 'German Chancellor Olaf Scholz halted the certification.\n\n“The pipeline will not be certified for now,” Scholz said.\n\nThe talks on the pipeline ended.' },
    ]),
  );
}

