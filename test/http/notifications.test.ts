import { SMTPServer } from 'smtp-server';
import { AddressInfo } from 'node:net';
import { toGlobalId } from '../../src/common/global-id';
import { InstitutionKind } from '../../src/institutions/institution.enums';
import { loadReferenceData, makeCompany, makeCoordinator, makeInstitution, makeNeed, makeResearcher, makeSeed } from '../support/factories';
import { freePort } from '../support/free-port';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';
import { waitFor, WAIT_CEILING_MS } from '../support/wait-for';

jest.setTimeout(3 * WAIT_CEILING_MS);

interface Mail {
  to: string[];
  raw: string;
}

/** Decodes the parts of a simple text mail we check: the subject's encoded words and the body's transfer encoding. */
function decode(raw: string): { subject: string; text: string; headers: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const words = (value: string) =>
    value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
  const subject = words(/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '');
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(unfolded)?.[1]?.trim().toLowerCase();
  const body = rest.join('\n\n');
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { subject, text, headers: unfolded };
}

describe('notifications', () => {
  let t: TestServer;
  let smtp: SMTPServer;
  const mails: Mail[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    const port = await freePort();
    await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
    t = await startTestServer({
      MUSUBI_BACKGROUND_JOBS: 'true',
      MUSUBI_JOBS_POLL_MS: '50',
      MUSUBI_SMTP_HOST: '127.0.0.1',
      MUSUBI_SMTP_PORT: String((smtp.server.address() as AddressInfo).port),
      MUSUBI_MAIL_FROM: 'musubi <noreply@musubi.test>',
    });
    await loadReferenceData(t.db.dataSource);
  });
  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('mails a researcher a proposal made to them, in Japanese, and lists it in the app', async () => {
    const lab = await makeInstitution(t.db.dataSource);
    const researcher = await makeResearcher(t.db.dataSource, lab);
    const seed = await makeSeed(t.db.dataSource, [researcher], { title: '有機EL 薄膜封止' });
    const company = await makeCompany(t.db.dataSource, { nameJa: '封止工業(架空)', regionCode: 'JP-06-OKITAMA' });
    const need = await makeNeed(t.db.dataSource, company, { title: '有機ELパネルの封止' });
    const researcherClient = t.as('RESEARCHER', { researcherId: researcher.id });
    expectNoErrors(await researcherClient.gql(`{ notifications { id } }`));
    const [account] = await t.db.dataSource.query(`SELECT email FROM account WHERE researcher_id = $1`, [researcher.id]);
    expectNoErrors(
      await t.as('COORDINATOR').gql(`mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }`, {
        input: { needId: toGlobalId('Need', need.id), seedId: toGlobalId('Seed', seed.id), note: 'ぜひ' },
      }),
    );
    const mail = await waitFor(
      () => mails.find((m) => m.to.includes(account.email)),
      () => `a mail to ${account.email}`,
    );
    const { subject, text } = decode(mail.raw);
    expect(subject).toBe('[musubi] 新しいマッチングの提案があります');
    expect(text).toContain('企業ニーズ「有機ELパネルの封止」について');
    expect(text).not.toContain('封止工業');

    const list = expectNoErrors(await researcherClient.gql(`{ notifications(unreadOnly: true) { id kind titleJa emailStatus } }`)).notifications;
    expect(list).toEqual([expect.objectContaining({ kind: 'PROPOSAL_TO_ME', titleJa: '新しいマッチングの提案があります' })]);
    expect(expectNoErrors(await researcherClient.gql(`mutation { markNotificationsRead }`)).markNotificationsRead).toBe(1);
    expect(expectNoErrors(await researcherClient.gql(`{ notifications(unreadOnly: true) { id } }`)).notifications).toEqual([]);

    // One-click unsubscribe (RFC 8058): the headers name the link the footer shows.
    const { headers } = decode(mail.raw);
    const link = /^List-Unsubscribe: <([^>]+)>/im.exec(headers)?.[1];
    expect(link).toMatch(/^http:\/\/localhost:4000\/notifications\/unsubscribe\?token=[\w-]+\.[\w-]+$/);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/im);
    expect(text).toContain(`この種類のメールの配信を停止するには次のリンクを開いてください: ${link}`);
    const here = link!.replace('http://localhost:4000', new URL(t.url).origin);
    const settings = () => researcherClient.gql(`{ notificationSettings { emailMuted } }`).then((r) => expectNoErrors(r).notificationSettings.emailMuted);

    // Opening the link shows a page in Japanese and changes nothing (link scanners open every URL).
    const shown = await fetch(here);
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain('「あなたへのマッチング提案」のお知らせメールを停止します');
    expect(html).toContain('<form method="post">');
    expect(await settings()).toEqual([]);

    // The mail client's one-click POST stops that kind only.
    const posted = await fetch(here, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('配信を停止しました');
    expect(await settings()).toEqual(['PROPOSAL_TO_ME']);
    expect((await fetch(here, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(200);
    expect(await settings()).toEqual(['PROPOSAL_TO_ME']);

    // A token changed by one character, or for another kind, is refused.
    const [payload, signature] = new URL(here).searchParams.get('token')!.split('.');
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString('utf8').replace('PROPOSAL_TO_ME', 'NEED_PROGRESS')).toString('base64url');
    const refused = await fetch(`${new URL(t.url).origin}/notifications/unsubscribe?token=${forged}.${signature}`, { method: 'POST' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('このリンクは無効です');
    expect(await settings()).toEqual(['PROPOSAL_TO_ME']);
  });

  it('tells the coordinator who holds a consultation after it is escalated, by e-mail too', async () => {
    const prefecture = await makeInstitution(t.db.dataSource, { nameJa: '最上総合支庁(架空)', kind: InstitutionKind.GOVERNMENT, regionCode: 'JP-06-MOGAMI' });
    const regional = await makeCoordinator(t.db.dataSource, prefecture, { key: 'c.mogami', name: '最上 花子(架空)', regionCode: 'JP-06-MOGAMI' });
    const windowDesk = await makeCoordinator(t.db.dataSource, await makeInstitution(t.db.dataSource), { key: 'c.window-mogami', regionCode: 'JP-06-MURAYAMA' });
    const company = await makeCompany(t.db.dataSource, { nameJa: '新庄木工(架空)', regionCode: 'JP-06-MOGAMI' });
    const need = await makeNeed(t.db.dataSource, company, { title: '木材乾燥の省エネ', holderId: windowDesk.id });
    const regionalClient = t.as('COORDINATOR', { coordinatorId: regional.id });
    expectNoErrors(await regionalClient.gql(`{ notifications { id } }`));
    const windowClient = t.as('COORDINATOR', { coordinatorId: windowDesk.id });
    const opened = expectNoErrors(
      await windowClient.gql(`mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { id version } }`, {
        i: { needId: toGlobalId('Need', need.id), channel: 'PHONE' },
      }),
    ).openConsultation;
    const escalated = expectNoErrors(
      await windowClient.gql(`mutation($i: EscalateConsultationInput!) { escalateConsultation(input: $i) { step holder { name } } }`, {
        i: { id: opened.id, expectedVersion: opened.version, reason: '窓口では対応できないため' },
      }),
    ).escalateConsultation;
    expect(escalated).toEqual({ step: 2, holder: { name: '最上 花子(架空)' } });
    const [account] = await t.db.dataSource.query(`SELECT email FROM account WHERE coordinator_id = $1`, [regional.id]);
    const mail = await waitFor(
      () => mails.find((m) => m.to.includes(account.email)),
      () => `the escalation mail to ${account.email}`,
    );
    const { subject, text } = decode(mail.raw);
    expect(subject).toBe('[musubi] 相談が引き継がれました');
    expect(text).toContain('企業ニーズ「木材乾燥の省エネ」の相談が第2段階に進み、あなたが担当になりました。');
    const listed = expectNoErrors(await regionalClient.gql(`{ notifications { kind titleJa } }`)).notifications;
    expect(listed).toEqual([{ kind: 'CONSULTATION_ESCALATED', titleJa: '相談が引き継がれました' }]);
    // The window that handed it on is not told of its own escalation.
    const [windowAccount] = await t.db.dataSource.query(`SELECT email FROM account WHERE coordinator_id = $1`, [windowDesk.id]);
    expect(mails.some((m) => windowAccount && m.to.includes(windowAccount.email))).toBe(false);
  });

  it('does not tell a coordinator of an escalation they made to themselves', async () => {
    const office = await makeInstitution(t.db.dataSource, { nameJa: '置賜総合支庁(架空)', kind: InstitutionKind.GOVERNMENT, regionCode: 'JP-06-OKITAMA' });
    const both = await makeCoordinator(t.db.dataSource, office, { key: 'c.okitama', regionCode: 'JP-06-OKITAMA' });
    const company = await makeCompany(t.db.dataSource, { nameJa: '長井織物(架空)', regionCode: 'JP-06-OKITAMA' });
    const need = await makeNeed(t.db.dataSource, company, { title: '織機の保守', holderId: both.id });
    const client = t.as('COORDINATOR', { coordinatorId: both.id });
    const opened = expectNoErrors(
      await client.gql(`mutation($i: OpenConsultationInput!) { openConsultation(input: $i) { id version } }`, {
        i: { needId: toGlobalId('Need', need.id), channel: 'VISIT' },
      }),
    ).openConsultation;
    const escalated = expectNoErrors(
      await client.gql(`mutation($i: EscalateConsultationInput!) { escalateConsultation(input: $i) { step holder { id } } }`, {
        i: { id: opened.id, expectedVersion: opened.version, reason: '総合支庁として対応' },
      }),
    ).escalateConsultation;
    expect(escalated).toMatchObject({ step: 2, holder: { id: toGlobalId('Coordinator', both.id) } });
    // Once the outbox has handled the escalation, nothing reached its author.
    await waitFor(
      async () => {
        const [event] = await t.db.dataSource.query(
          `SELECT e.dispatched_at FROM domain_event e JOIN consultation c ON c.id = e.subject_id WHERE e.type = 'CONSULTATION_ESCALATED' AND c.need_id = $1`,
          [need.id],
        );
        return event?.dispatched_at;
      },
      () => 'the escalation event to be dispatched',
    );
    expect(expectNoErrors(await client.gql(`{ notifications { kind } }`)).notifications).toEqual([]);
  });

  it("tells the area's coordinator of a need that arrives with nobody holding it, unless they muted its e-mail", async () => {
    const office = await makeInstitution(t.db.dataSource);
    const coordinator = await makeCoordinator(t.db.dataSource, office, { regionCode: 'JP-06-SHONAI' });
    const client = t.as('COORDINATOR', { coordinatorId: coordinator.id });
    expectNoErrors(await client.gql(`mutation { updateNotificationSettings(emailMuted: [UNHELD_NEED]) { emailMuted } }`));
    const company = await makeCompany(t.db.dataSource, { regionCode: 'JP-06-SHONAI' });
    expectNoErrors(
      await t.as('ADMIN').gql(`mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id } }`, {
        input: { companyId: toGlobalId('Company', company.id), title: '庄内の食品加工', description: '乾燥工程', category: 'TECHNICAL' },
      }),
    );
    const found = await waitFor(
      async () => {
        const rows = expectNoErrors(await client.gql(`{ notifications { kind titleJa emailStatus } }`)).notifications;
        return rows.find((n: any) => n.kind === 'UNHELD_NEED' && n.emailStatus !== 'PENDING');
      },
      () => 'the unheld-need notification',
    );
    expect(found).toMatchObject({ titleJa: '担当者のいない新しいニーズ', emailStatus: 'MUTED' });
    const [account] = await t.db.dataSource.query(`SELECT email FROM account WHERE coordinator_id = $1`, [coordinator.id]);
    expect(mails.some((m) => m.to.includes(account.email))).toBe(false);
  });
});
