import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { LearningService } from '../learning/learning.service';
import { exitWithHelp, exitWithUsage, parseArguments, UsageError, withDatabase } from './cli-support';

const USAGE = `Usage / 使い方: npm run calibrate -- [--activate] [--l2 0.01]
  Fits the ranking weights from recorded outcomes (agreed, progressing, declined introductions)
  and stores them as a new weight_set version. 記録された成約・辞退から重みを学習し、新しい版として保存します。
  --activate  make the new version the one ranking uses (rollback: rollbackWeightSet)
  --l2        pull toward the current weights (default 0.01)`;

/** `npm run calibrate`: one new weight-set version, with before/after figures on held-out outcomes. */
function main(): void {
  let activate = false;
  let l2: number | undefined;
  try {
    const { positional, options } = parseArguments(process.argv.slice(2), ['l2'], ['activate', 'help']);
    if (options.help) exitWithHelp(USAGE);
    if (positional.length > 0) throw new UsageError('Unexpected argument / 不明な引数です');
    activate = options.activate === true;
    if (options.l2 !== undefined) {
      l2 = Number(options.l2);
      if (!(l2 >= 0)) throw new UsageError('--l2 must be a non-negative number / --l2 は 0 以上の数です');
    }
  } catch (error) {
    exitWithUsage(error, USAGE);
  }
  void withDatabase(async ({ dataSource }) => {
    const config = loadConfig();
    const set = await new LearningService(dataSource, config.matchingWeights).calibrate('npm run calibrate', {
      activate,
      calibration: l2 === undefined ? {} : { l2 },
    });
    const m = set.metrics;
    const lines = [
      `weight_set version ${set.version}${set.active ? ' (active / 有効)' : ' (not active: activateWeightSet to use it / 未有効)'}`,
      `outcomes: ${m.trainCount} fitted, ${m.testCount} held out / 学習 ${m.trainCount} 件, 検証 ${m.testCount} 件`,
      `log-loss before → after: ${m.logLossBefore ?? '-'} → ${m.logLossAfter ?? '-'}`,
      `AUC      before → after: ${m.aucBefore ?? '-'} → ${m.aucAfter ?? '-'}`,
      ...Object.entries(set.weights).map(([factor, weight]) => `  ${factor.padEnd(22)} ${weight.toFixed(4)}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  });
}

main();
