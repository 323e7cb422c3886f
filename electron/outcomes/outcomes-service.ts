import type { ConversationOutcome, MetricsReport } from '../../shared/metrics';
import { fail, ok, type Result } from '../../shared/result';
import type { Database } from '../store/database';
import { CsatRepo, type CsatBy } from './csat-repo';
import { buildMetricsReport, handleMinutes } from './metrics-report';
import { OutcomesRepo } from './outcomes-repo';
import { dayAfter, reportRange } from './report-range';

/** Conversation outcomes and the metrics report: CSAT is stored, everything else is derived. */
export class OutcomesService {
  private readonly csat: CsatRepo;
  private readonly repo: OutcomesRepo;

  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.csat = new CsatRepo(db);
    this.repo = new OutcomesRepo(db);
  }

  /** Records (or replaces) the satisfaction score of a conversation and returns its outcome. */
  recordCsat(conversationId: string, score: number, by: CsatBy): Result<ConversationOutcome> {
    if (!Number.isInteger(score) || score < 1 || score > 5)
      return fail('bad_request', 'The score is a whole number from 1 to 5.', 'score');
    if (!this.repo.exists(conversationId))
      return fail('not_found', `No conversation with id ${conversationId}.`, 'conversationId');
    this.csat.upsert(conversationId, { score, by, at: this.now().toISOString() });
    return this.get(conversationId);
  }

  /** How a conversation ended (or stands): resolution, escalation reasons, CSAT and handle time. */
  get(conversationId: string): Result<ConversationOutcome> {
    const row = this.repo.outcome(conversationId);
    if (!row) return fail('not_found', `No conversation with id ${conversationId}.`, 'conversationId');
    return ok({
      conversationId,
      intent: row.intent,
      resolution: row.status === 'resolved' ? 'resolved' : row.escalated ? 'escalated' : 'open',
      escalationReasons: this.repo.escalationReasons(conversationId),
      csat: row.csat,
      csatBy: row.csatBy,
      handleTimeMinutes: handleMinutes(row),
    });
  }

  /** The metrics of the conversations created in an inclusive range of UTC days (default: the last 30). */
  metricsReport(requested: { from?: string | undefined; to?: string | undefined }): Result<MetricsReport> {
    const range = reportRange(requested, this.now());
    if (!range.ok) return range;
    const { from, to } = range.value;
    const before = dayAfter(to);
    return ok({
      ...buildMetricsReport(
        range.value,
        this.repo.outcomes(from, before),
        this.repo.reasonCounts(from, before),
        this.repo.toolCounts(from, before),
        this.repo.approvedArgs(from, before),
      ),
      sampleConversations: this.repo.sampleCount(from, before),
    });
  }
}
