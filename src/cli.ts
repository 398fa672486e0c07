import { loadConfig } from './config';
import { openConfiguredDatabase, startServer } from './server';

const usage = `Cách dùng: thidua <lệnh>
  serve [--seed]   chạy máy chủ (có --seed: nạp dữ liệu mẫu nếu cơ sở dữ liệu còn trống)
  migrate          chạy các migration còn thiếu
  seed             nạp dữ liệu mẫu (bỏ qua nếu đã có)
  plan import TỆP [--json]   đọc kế hoạch từ tệp .docx, .pdf hoặc .txt, in bản nháp (không lưu)`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'plan' && rest[0] === 'import') {
    // Reads a file only: no configuration or database needed.
    const { planImportCommand } = await import('./modules/plan-import/cli');
    process.exitCode = await planImportCommand(rest.slice(1));
    return;
  }
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      const handle = await openConfiguredDatabase(config);
      if (rest.includes('--seed')) await seedIfEmpty(handle.db);
      await startServer(config, handle);
      const url = `http://localhost:${config.PORT}`;
      console.info(`\nthidua đang chạy tại ${url} (cơ sở dữ liệu: ${handle.engine === 'pglite' ? `PGlite ${config.DATA_DIR}` : 'PostgreSQL'})`);
      await printDemoAccounts(handle.db);
      return;
    }
    case 'migrate': {
      const handle = await openConfiguredDatabase(config);
      console.info('Đã cập nhật cơ sở dữ liệu.');
      await handle.close();
      return;
    }
    case 'seed': {
      const handle = await openConfiguredDatabase(config);
      await seedIfEmpty(handle.db);
      await printDemoAccounts(handle.db);
      await handle.close();
      return;
    }
    default:
      console.error(usage);
      process.exitCode = command ? 1 : 0;
  }
}

async function seedIfEmpty(db: import('./db/database').Db): Promise<void> {
  const { seedDemoData } = await import('./seed/demo');
  const result = await seedDemoData(db);
  console.info(result.created ? `Đã nạp dữ liệu mẫu: ${result.summary}` : 'Dữ liệu mẫu đã có sẵn, giữ nguyên.');
}

async function printDemoAccounts(db: import('./db/database').Db): Promise<void> {
  const { demoAccountsText } = await import('./seed/demo');
  console.info(await demoAccountsText(db));
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
