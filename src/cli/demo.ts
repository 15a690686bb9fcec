import 'reflect-metadata';
import { loadDemoDataIfEmpty, resetDemoData } from '../demo/demo-loader';
import { exitWithUsage, withDatabase } from './cli-support';

const USAGE = `Usage / 使い方:
  npm run demo:reset   empties every domain table and loads the demo data, in one transaction / 全データを消してデモデータを読み込み直す
  npm run demo:load    loads the demo data only into a database without institutions, seeds or needs / 空のときだけ読み込む`;

/** `npm run demo:reset` and `npm run demo:load`. */
function main(): void {
  const command = process.argv[2];
  if (command !== 'reset' && command !== 'load') exitWithUsage('Say reset or load / reset か load を指定してください', USAGE);
  void withDatabase(async ({ dataSource }) => {
    const summary = command === 'reset' ? await resetDemoData(dataSource) : await loadDemoDataIfEmpty(dataSource);
    process.stdout.write(
      summary.loaded
        ? `デモデータを読み込みました / Demo data loaded: ${summary.description}\n`
        : `読み込みませんでした (既にデータがあります。作り直すには npm run demo:reset) / Nothing loaded: ${summary.description} (use npm run demo:reset to start over)\n`,
    );
    return 0;
  });
}

main();
