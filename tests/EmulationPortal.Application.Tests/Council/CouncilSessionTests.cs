using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Council;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Tests.Reviews;
using EmulationPortal.Domain.Council;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Application.Tests.Council;

public class CouncilSessionTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Members_vote_secretly_and_closing_the_session_records_each_nomination_s_council_outcome()
    {
        var council = await CouncilFixture.InCouncilAsync(_database, present: 9);
        var fighters = await council.NomineesAsync(AwardTitle.GrassrootsFighter);
        var ballotRound = await council.StartAsync(AwardTitle.GrassrootsFighter);

        // Everyone approves the first four; only seven of nine approve the fifth: 78 % < 80 %.
        var receipts = new List<string>();
        foreach (var (login, i) in CouncilFixture.Members.Select((l, i) => (l, i)))
        {
            var cast = await council.CastAsync(login, ballotRound, i < 7 ? fighters : fighters[..4]);
            Assert.True(cast.Succeeded, cast.RuleCode);
            receipts.Add(cast.Value!);
        }

        Assert.True((await council.CloseRoundAsync(ballotRound)).Succeeded);
        var collective = (await council.NomineesAsync(AwardTitle.ExcellentCollective)).Single();
        var openVote = await council.StartAsync(AwardTitle.ExcellentCollective);
        Assert.True((await council.CloseRoundAsync(openVote, new Dictionary<int, int> { [collective] = 6 })).Succeeded);
        var closed = await council.Run.CloseSessionAsync(await council.UserAsync(CouncilFixture.Chair), council.SessionId, (await council.ViewAsync(CouncilFixture.Chair)).Version, Ct);

        Assert.True(closed.Succeeded, closed.RuleCode);
        await using var db = _database.NewContext();
        var outcomes = await db.Nominations.OrderBy(n => n.Id).ToDictionaryAsync(n => n.Id, n => n.CouncilOutcome, Ct);
        Assert.Equal([.. fighters[..4].Select(_ => CouncilOutcome.Approved), CouncilOutcome.Rejected], fighters.Select(f => outcomes[f]));
        Assert.Equal(CouncilOutcome.Approved, outcomes[collective]);
        var tally = (await council.ViewAsync(CouncilFixture.Secretary)).Rounds.First().Tallies.Select(t => t.Approvals);
        Assert.Equal([9, 9, 9, 9, 7], tally);
        Assert.True(await _database.Get<CouncilSessionQuery>().IsCountedAsync(council.SessionId, receipts[3].ToLowerInvariant(), Ct));
        Assert.False(await _database.Get<CouncilSessionQuery>().IsCountedAsync(council.SessionId, "0000-0000-0000-0000-0000-0000", Ct));
    }

    [Fact]
    public async Task A_second_ballot_a_non_member_s_and_one_after_the_round_closed_are_refused()
    {
        var council = await CouncilFixture.InCouncilAsync(_database, present: 8);
        var fighters = await council.NomineesAsync(AwardTitle.GrassrootsFighter);
        var ballotRound = await council.StartAsync(AwardTitle.GrassrootsFighter);
        var absent = council.AttendeeId(await council.ViewAsync(CouncilFixture.Chair), CouncilFixture.Members[8]);

        Assert.True((await council.CastAsync("pkt.cnv01", ballotRound, fighters)).Succeeded);
        var twice = await council.CastAsync("pkt.cnv01", ballotRound, []);
        var outsider = await council.CastAsync("px1.cnv05", ballotRound, fighters);
        var absentSelf = await council.CastAsync(CouncilFixture.Members[8], ballotRound, fighters);
        var writtenByOther = await council.CastAsync("pkh.cnv01", ballotRound, fighters, writtenFor: absent);
        var written = await council.CastAsync(CouncilFixture.Secretary, ballotRound, fighters, writtenFor: absent);
        Assert.True((await council.CloseRoundAsync(ballotRound)).Succeeded);
        var late = await council.CastAsync("pkh.cnv01", ballotRound, fighters);

        Assert.Equal("council.ballot.alreadyVoted", twice.RuleCode);
        Assert.Equal(Common.OutcomeStatus.Forbidden, outsider.Status);
        Assert.Equal("council.ballot.notVoter", absentSelf.RuleCode);
        Assert.Equal("council.ballot.secretaryOnly", writtenByOther.RuleCode);
        Assert.True(written.Succeeded);
        Assert.Equal("council.ballot.notOpen", late.RuleCode);
        var round = (await council.ViewAsync(CouncilFixture.Chair)).Rounds.Single();
        Assert.Equal((2, 2), (round.BallotsCounted, round.Voted.Count));
        Assert.Equal(absent, Assert.Single(round.VotedInWriting));
    }

    [Fact]
    public async Task Five_of_nine_present_is_no_quorum_and_nothing_is_voted()
    {
        var council = await CouncilFixture.InCouncilAsync(_database, present: 5);

        var started = await council.Run.StartBallotRoundAsync(await council.UserAsync(CouncilFixture.Chair), council.SessionId,
            (await council.ViewAsync(CouncilFixture.Chair)).Version, AwardTitle.GrassrootsFighter, Ct);

        Assert.Equal("council.quorum.notMet", started.RuleCode);
        Assert.Empty((await council.ViewAsync(CouncilFixture.Chair)).Rounds);
    }

    [Fact]
    public async Task Only_the_chair_or_the_secretary_runs_the_session_and_outsiders_do_not_see_it()
    {
        var council = await CouncilFixture.InCouncilAsync(_database, present: 7);
        var member = await council.UserAsync("pkt.cnv01");
        var outsider = await DemoReviewFixture.UserAsync(_database, "px1.cnv05", Roles.Staff, Ct);

        var byMember = await council.Run.StartBallotRoundAsync(member, council.SessionId, (await council.ViewAsync(CouncilFixture.Chair)).Version, AwardTitle.GrassrootsFighter, Ct);
        var openedByMember = await _database.Get<OpenCouncilSession>().ExecuteAsync(await council.UserAsync("px1.truong"), council.RoundId, Ct);

        Assert.Equal(Common.OutcomeStatus.Forbidden, byMember.Status);
        Assert.Equal(council.SessionId, openedByMember.Value);
        Assert.Null(await _database.Get<CouncilSessionQuery>().ExecuteAsync(outsider, council.SessionId, Ct));
        Assert.NotNull(await council.ViewAsync("pkt.cnv01"));
    }

    [Fact]
    public async Task A_ballot_row_names_no_voter_and_neither_the_audit_nor_the_log_tie_the_voter_to_the_choices()
    {
        var ballot = _database.DbFactory.CreateDbContext().Model.FindEntityType(typeof(Ballot))!;
        Assert.Equal([typeof(BallotRound)], ballot.GetForeignKeys().Select(k => k.PrincipalEntityType.ClrType));
        Assert.DoesNotContain(ballot.GetProperties(), p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTimeOffset) || p.GetColumnName().Contains("User", StringComparison.Ordinal) || p.GetColumnName().Contains("Member", StringComparison.Ordinal) || p.GetColumnName().Contains("Attendee", StringComparison.Ordinal));
        Assert.Equal(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never, ballot.FindPrimaryKey()!.Properties.Single().ValueGenerated);

        var council = await CouncilFixture.InCouncilAsync(_database, present: 9);
        var fighters = await council.NomineesAsync(AwardTitle.GrassrootsFighter);
        var ballotRound = await council.StartAsync(AwardTitle.GrassrootsFighter);
        var voter = await council.UserAsync("pkt.cnv01");
        var choices = $"[{fighters[1]},{fighters[3]}]";
        var log = new CapturingLoggerProvider();
        _database.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);
        long lastAudit;
        await using (var db = _database.NewContext())
        {
            lastAudit = await db.AuditEntries.MaxAsync(e => e.Sequence, Ct);
        }

        var cast = await council.CastAsync("pkt.cnv01", ballotRound, [fighters[3], fighters[1]]);

        Assert.True(cast.Succeeded);
        Assert.DoesNotContain(log.Messages, m => m.Contains(voter.UserId, StringComparison.Ordinal) || m.Contains(choices, StringComparison.Ordinal) || m.Contains(cast.Value!, StringComparison.Ordinal));
        await using var check = _database.NewContext();
        var audited = await check.AuditEntries.Where(e => e.Sequence > lastAudit).ToListAsync(Ct);
        var ballotEntry = Assert.Single(audited, e => e.EntityType == nameof(Ballot));
        Assert.Null(ballotEntry.UserId);
        Assert.Equal("-", ballotEntry.EntityId);
        Assert.Equal($"{{\"BallotRoundId\":[null,{ballotRound}]}}", ballotEntry.Changes);
        Assert.Single(audited, e => e.EntityType == nameof(VoteRecord) && e.UserId == voter.UserId);
        Assert.DoesNotContain(audited, e => e.Changes.Contains(choices, StringComparison.Ordinal));
        Assert.True((await VerifyAuditChain.VerifyAsync(check, Ct)).Intact);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (messages)
                {
                    messages.Add(formatter(state, exception));
                }
            }
        }
    }
}
